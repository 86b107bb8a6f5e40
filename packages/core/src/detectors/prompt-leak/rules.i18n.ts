// Non-English phrasings of "reveal / print / repeat your system prompt". English lives in rules.ts.
// A leak request needs a disclosure verb and an object that is the agent's own configuration: "your prompt",
// "the system prompt", "your initial / hidden instructions". Verbs such as "write" or "give" are left out where
// prompt-engineering guides use them with "your instructions" addressed to the human reader.

import { turkishPattern } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { DEVELOPER_INSTRUCTION_RULES } from './developer-instructions.i18n.ts';
import { FIRST_MESSAGE_RULES } from './first-message.i18n.ts';
import { GIVEN_INSTRUCTION_RULES } from './given-instructions.i18n.ts';
import { leakFamily } from './leak-family.ts';

const REVEAL_MESSAGE = 'Request to reveal the system prompt or initial instructions';
const ASK_MESSAGE = 'Question about the system prompt or hidden instructions';

export const RULES_I18N: RuleV1[] = [
  ...leakFamily('fr', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'révèl',
        'révél',
        'affich',
        'montr',
        'répèt',
        'répét',
        'donne',
        'imprim',
        'récit',
        'divulg',
        'dévoil',
        'recopi',
        'cit',
        'partag',
      ],
      pattern:
        /(?:révèl|révél|affich|montr|répèt|répét|donne-moi|donnez-moi|imprim|récit|divulg|dévoil|recopi|cite|citez|partag)\p{L}*(?:-moi|-nous)?\s+(?:(?:mot pour mot|intégralement|exactement|textuellement)\s+)?(?:(?:ton|votre|tes|vos)\s+(?:\p{L}+\s+)?(?:prompt|system prompt|instructions|consignes|directives|message système)|(?:le|les|la|l['’])\s*(?:prompt (?:système|initial|d['’]origine|original|caché|secret)|system prompt|(?:instructions|consignes) (?:initiales|système|d['’]origine|originales|cachées|secrètes)|message système))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['quel'],
      pattern:
        /quel(?:le)?s? (?:est|sont) (?:ton|votre|tes|vos) (?:prompt(?: système)?|system prompt|instructions (?:initiales|système|secrètes|cachées)|consignes (?:initiales|secrètes))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('de', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'zeig',
        'gib',
        'geben',
        'wiederhol',
        'verrat',
        'nenn',
        'druck',
        'offenbar',
        'enthüll',
        'kopier',
        'zitier',
        'ausgeb',
      ],
      pattern:
        /(?:zeig|gib mir|geben sie mir|wiederhol|verrat|nenn|druck|offenbar|enthüll|kopier|zitier|ausgeb)\p{L}*\s+(?:(?:mir|uns|bitte|sie|du|mal|einmal|wörtlich|vollständig)\s+){0,3}(?:(?:deine[nms]?|ihre[nms]?)\s+(?:\p{L}+\s+)?(?:prompt|systemprompt|system-prompt|system prompt|anweisungen|instruktionen|systemnachricht|vorgaben)|(?:den|die)\s+(?:\p{L}+\s+)?(?:systemprompt|system-prompt|system prompt|systemanweisungen|systemnachricht|anfangsanweisungen|initialen prompt|ursprünglichen prompt|versteckten anweisungen|geheimen anweisungen|ursprünglichen anweisungen))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['lautet', 'was ist', 'was sind', 'was steht'],
      pattern:
        /(?:wie lautet|was ist|was sind|was steht in)\s+(?:dein|ihr)e?[nms]?\s+(?:systemprompt|system-prompt|system prompt|prompt|ursprünglichen anweisungen|geheimen anweisungen|anfangsanweisungen)/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('es', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'revel',
        'muestr',
        'muéstr',
        'enseñ',
        'enséñ',
        'repit',
        'dime',
        'dígame',
        'imprim',
        'divulg',
        'reproduc',
        'filtr',
      ],
      pattern:
        /(?:revel|muestr|muéstr|enseñ|enséñ|repit|dime|dígame|imprim|divulg|reproduc|filtr)\p{L}*\s+(?:(?:palabra por palabra|textualmente|literalmente|exactamente|completo|entero)\s+)?(?:(?:tu|su|tus|sus)\s+(?:\p{L}+\s+)?(?:prompt|system prompt|instrucciones|mensaje del sistema|indicaciones|directrices)|(?:el|las|la|los)\s+(?:prompt (?:del sistema|de sistema|inicial|original|oculto|secreto)|system prompt|instrucciones (?:iniciales|originales|del sistema|de sistema|ocultas|secretas)|mensaje del sistema))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['cuál', 'cuáles', 'qué'],
      pattern:
        /(?:cuál|cuáles|qué) (?:es|son|dice|dicen) (?:tu|su|tus|sus) (?:prompt(?: del sistema| de sistema)?|system prompt|instrucciones (?:iniciales|originales|del sistema|de sistema|secretas|ocultas))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('it', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'rivel',
        'mostr',
        'ripet',
        'dimmi',
        'mi dica',
        'dammi',
        'stamp',
        'divulg',
        'svel',
        'riport',
        'cit',
      ],
      pattern:
        /(?:rivel|mostr|ripet|dimmi|mi dica|dammi|stamp|divulg|svel|riport|citami|cita)\p{L}*\s+(?:(?:parola per parola|testualmente|integralmente|esattamente)\s+)?(?:(?:il tuo|il suo|i tuoi|i suoi|le tue|le sue|tuo|tue)\s+(?:\p{L}+\s+)?(?:prompt|system prompt|istruzioni|messaggio di sistema|direttive)|(?:il|le|la|l['’])\s*(?:prompt (?:di sistema|iniziale|originale|nascosto|segreto)|system prompt|istruzioni (?:iniziali|originali|di sistema|nascoste|segrete)|messaggio di sistema))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['qual', 'quali'],
      pattern:
        /(?:qual è|quali sono|cosa dice|cosa dicono) (?:il tuo|il suo|le tue|le sue) (?:prompt(?: di sistema)?|system prompt|istruzioni (?:iniziali|originali|di sistema|segrete|nascoste))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('pt', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'revel',
        'mostr',
        'repit',
        'repet',
        'diga',
        'diz',
        'imprim',
        'divulg',
        'exib',
        'vaz',
        'reproduz',
      ],
      pattern:
        /(?:revel|mostr|repit|repet|diga-me|me diga|diz-me|me diz|imprim|divulg|exib|vaz|reproduz)\p{L}*(?:-me)?\s+(?:(?:palavra por palavra|literalmente|exatamente|na íntegra)\s+)?(?:(?:o seu|a sua|os seus|as suas|o teu|a tua|as tuas|seu|sua|seus|suas|teu|tua|teus|tuas)\s+(?:\p{L}+\s+)?(?:prompt|system prompt|instruções|mensagem do sistema|diretrizes)|(?:o|as|a|os)\s+(?:prompt (?:do sistema|de sistema|inicial|original|oculto|secreto)|system prompt|instruções (?:iniciais|originais|do sistema|ocultas|secretas)|mensagem do sistema))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['qual', 'quais'],
      pattern:
        /(?:qual é|quais são|o que diz|o que dizem) (?:o seu|a sua|as suas|o teu|as tuas|seu|suas) (?:prompt(?: do sistema)?|system prompt|instruções (?:iniciais|originais|do sistema|secretas|ocultas))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('nl', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'toon',
        'laat',
        'herhaal',
        'geef',
        'print',
        'onthul',
        'vertel',
        'citeer',
        'kopieer',
      ],
      pattern:
        /(?:toon|laat|herhaal|geef me|geef mij|print|onthul|vertel|citeer|kopieer)\s+(?:(?:me|mij|ons|eens|woordelijk|letterlijk|precies)\s+){0,2}(?:(?:je|jouw|uw)\s+(?:\p{L}+\s+)?(?:prompt|systeemprompt|system prompt|instructies|systeeminstructies|systeembericht)|(?:de|het)\s+(?:systeemprompt|system prompt|systeeminstructies|systeembericht|oorspronkelijke (?:prompt|instructies)|verborgen instructies|geheime instructies|beginprompt|initiële (?:prompt|instructies)))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['wat is', 'wat zijn', 'wat staat'],
      pattern:
        /(?:wat is|wat zijn|wat staat er in) (?:je|jouw|uw) (?:systeemprompt|system prompt|prompt|oorspronkelijke instructies|geheime instructies|verborgen instructies)/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('pl', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'pokaż',
        'pokaz',
        'ujawnij',
        'powtórz',
        'wypisz',
        'wyświetl',
        'podaj',
        'zdradź',
        'wydrukuj',
        'przytocz',
        'zacytuj',
      ],
      pattern:
        /(?:pokaż|pokaz|ujawnij|powtórz|wypisz|wyświetl|podaj|zdradź|wydrukuj|przytocz|zacytuj)\p{L}*\s+(?:(?:mi|nam|dosłownie|całe|cały|całą)\s+){0,2}(?:(?:swój|twój|swoje|twoje|swoją|twoją|pański|pana|pani|wasz)\p{L}*\s+(?:\p{L}+\s+)?(?:prompt|system prompt|instrukcj|polecen|wiadomość systemow|wytyczn)|(?:prompt systemowy|system prompt|instrukcje (?:systemowe|początkowe|pierwotne|ukryte|tajne)|początkowy prompt|pierwotny prompt|wiadomość systemową|ukryte instrukcje))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['jaki', 'jakie', 'jak brzmi', 'jak brzmią'],
      pattern:
        /(?:jaki jest|jakie są|jak brzmi|jak brzmią) (?:twój|twoje|pana|pani) (?:prompt(?: systemowy)?|system prompt|instrukcje (?:systemowe|początkowe|ukryte|tajne))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('ru', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'покажи',
        'покажите',
        'выведи',
        'выведите',
        'повтори',
        'раскрой',
        'распечатай',
        'процитируй',
        'скопируй',
        'озвучь',
        'перечисли',
        'расскажи',
        'сообщи',
        'выдай',
        'отобрази',
        'напечатай',
      ],
      pattern:
        /(?:покажи|выведи|повтори|раскрой|распечатай|процитируй|скопируй|озвучь|перечисли|расскажи|сообщи|выдай|отобрази|напечатай)\p{L}*\s+(?:(?:мне|нам|дословно|полностью|целиком|пожалуйста|про)\s+){0,2}(?:(?:свой|твой|ваш|свои|твои|ваши|свою|твою|вашу|своих|твоих|ваших)\p{L}*\s+(?:\p{L}+\s+)?(?:промпт|prompt|инструкци|систем|указани|установк)|системн\p{L}* (?:промпт|prompt|инструкци|сообщени)|system prompt|(?:исходн|начальн|изначальн|скрыт|первоначальн|секретн)\p{L}* (?:промпт|prompt|инструкци|указани))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['какой', 'какие', 'что написано', 'что сказано'],
      pattern:
        /(?:какой у (?:тебя|вас)|какие у (?:тебя|вас)|что написано в (?:твоём|твоем|вашем)|что сказано в (?:твоём|твоем|вашем)) (?:системн\p{L}* )?(?:промпт|prompt|инструкци\p{L}* (?:разработчик|систем|изначальн))/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('uk', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'покажи',
        'покажіть',
        'виведи',
        'виведіть',
        'повтори',
        'розкрий',
        'роздрукуй',
        'процитуй',
        'скопіюй',
        'перелічи',
        'розкажи',
        'видай',
        'надрукуй',
      ],
      pattern:
        /(?:покажи|покажіть|виведи|виведіть|повтори|розкрий|роздрукуй|процитуй|скопіюй|перелічи|розкажи|видай|надрукуй)\p{L}*\s+(?:(?:мені|нам|дослівно|повністю|цілком|будь ласка|про)\s+){0,2}(?:(?:свій|твій|ваш|свої|твої|ваші|свою|твою|вашу|своїх|твоїх|ваших)\p{L}*\s+(?:\p{L}+\s+)?(?:промпт|prompt|інструкці|систем|вказівк|настанов)|системн\p{L}* (?:промпт|prompt|інструкці|повідомлен)|system prompt|(?:початков|вихідн|прихован|секретн)\p{L}* (?:промпт|prompt|інструкці|вказівк))/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('tr', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      // `turkishPattern()` makes every i optional-dotted, so these are the head's literal pieces without an i
      // (the verbs, "ver" above all, are too common to be triggers).
      triggers: [
        'stem prompt',
        'stem i',
        'stem mesaj',
        'stem tal',
        'lk tal',
        'lk prompt',
        'zli tal',
        'zli\u0307 tal',
        'zli prompt',
        'zli\u0307 prompt',
        'başlang',
        'nal tal',
        'nal prompt',
        'promptunu',
        'prompt’unu',
        "prompt'unu",
        'matlar',
      ],
      pattern: turkishPattern(
        "(?:sistem (?:prompt|istem|mesaj|talimat)|system prompt|ilk (?:talimat|prompt)|gizli (?:talimat|prompt)|başlangıç (?:talimat|prompt)|orijinal (?:talimat|prompt)|prompt(?:unu|unuzu|’unu|'unu|'unuzu)|talimatlarını|talimatlarınızı)\\p{L}*\\s+(?:(?:bana|bize|aynen|olduğu gibi|tamamen|eksiksiz|kelimesi kelimesine|tam olarak|harfiyen)\\s+){0,2}(?:göster|yaz|tekrarla|tekrar et|açıkla|paylaş|ver|söyle|ifşa et|listele|kopyala)",
      ),
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('ar', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'اكشف',
        'أظهر',
        'اظهر',
        'اعرض',
        'كرر',
        'اطبع',
        'أعطني',
        'اعطني',
        'انسخ',
        'أخبرني',
        'اخبرني',
        'سرب',
        'أفصح',
        'افصح',
      ],
      pattern:
        /(?:اكشف|أظهر|اظهر|اعرض|كرر|اطبع|أعطني|اعطني|انسخ|أخبرني|اخبرني|سرب|أفصح|افصح)\p{M}*\s+(?:(?:لي|لنا|عن|حرفيا|حرفياً|كامل)\s+){0,2}(?:(?:موجه|تعليمات|رسالة|أوامر|اوامر|برومبت|بروم[بپ]ت) النظام|تعليماتك|أوامرك|اوامرك|برومبتك|موجهك|البرومبت الخاص بك|التعليمات الخاصة بك|system prompt|prompt الخاص بك|التعليمات (?:الأصلية|الأولية|المخفية|السرية)|الموجه (?:الأصلي|الأولي|السري))/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['ما هي', 'ما هو'],
      pattern:
        /ما (?:هي|هو) (?:تعليماتك|موجه النظام|تعليمات النظام|البرومبت الخاص بك|التعليمات الخاصة بك)/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('fa', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'نشان',
        'بنویس',
        'بنويس',
        'تکرار',
        'فاش',
        'بگو',
        'چاپ',
        'افشا',
        'نمایش',
        'نمايش',
        'بازگو',
      ],
      pattern:
        /(?:پرامپت|prompt|دستورالعمل|دستورات|پیام|پيام)[\p{L}\u200c]*\s+(?:\p{L}+\s+)?(?:سیستمی|سيستمي|سیستم|سيستم|اولیه|اوليه|اصلی|اصلي|پنهان|مخفی|مخفي|خودت|خود|ات|تو)[^.\n]{0,20}?(?:نشان بده|نشان دهید|بنویس|بنويس|تکرار کن|فاش کن|بگو|چاپ کن|افشا کن|نمایش بده|نمايش بده|بازگو کن)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('hi', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: ['दिखा', 'बता', 'दोहरा', 'प्रकट', 'प्रिंट', 'batao', 'bata', 'dikha'],
      pattern:
        /(?:अपन|तुम्हार|आपक|सिस्टम|मूल|प्रारंभिक|छिप|गुप्त|apna|apne|system|original)[\p{L}\p{M}]*\s+(?:[\p{L}\p{M}]+\s+)?(?:प्रॉम्प्ट|प्रोम्प्ट|prompt|निर्देश|इंस्ट्रक्शन|instructions)[^।.\n]{0,25}?(?:दिखा|बता|दोहरा|प्रकट|प्रिंट|batao|bata|dikha)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('zh', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        '输出',
        '輸出',
        '打印',
        '显示',
        '顯示',
        '展示',
        '重复',
        '重複',
        '复述',
        '複述',
        '告诉我',
        '告訴我',
        '透露',
        '泄露',
        '洩露',
        '给我看',
        '給我看',
        '列出',
        '说出',
        '說出',
        '写出',
        '寫出',
      ],
      pattern:
        /(?:输出|輸出|打印|显示|顯示|展示|重复|重複|复述|複述|告诉我|告訴我|透露|泄露|洩露|给我看|給我看|列出|说出|說出|写出|寫出)(?:一下|一遍|出来|出來|完整的|全部)?(?:你的(?:系统|系統|初始|原始|最初|隐藏|隱藏)?(?:提示词|提示詞|提示|指令|指示|设定|設定|prompt)|(?:你|你的)?(?:系统|系統)(?:提示词|提示詞|提示|消息|訊息|指令)|(?:初始|原始|最初|隐藏|隱藏)的?(?:指令|指示|提示词|提示詞|prompt)|(?:你的)?system ?prompt)/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'reveal_system_prompt_ba',
      severity: 'high',
      triggers: ['把', '将', '將'],
      pattern:
        /(?:把|将|將)(?:你的(?:系统|系統|初始|原始|最初|隐藏|隱藏)?(?:提示词|提示詞|提示|指令|指示|设定|設定|prompt)|(?:你的)?(?:系统|系統)(?:提示词|提示詞|提示|消息|訊息|指令)|(?:初始|原始|最初|隐藏|隱藏)的?(?:指令|指示|提示词|提示詞|prompt)|(?:你的)?system ?prompt)[^。\n]{0,8}?(?:输出|輸出|打印|显示|顯示|重复|重複|复述|複述|告诉我|告訴我|透露|泄露|洩露|给我看|給我看|列出|说出|說出|写出|寫出|发给我|發給我)/u,
      message: REVEAL_MESSAGE,
    },
    {
      name: 'ask_system_prompt',
      severity: 'medium',
      triggers: ['你的'],
      pattern:
        /你的(?:系统|系統)?(?:提示词|提示詞|system prompt|初始指令|原始指令)(?:是什么|是什麼|写了什么|寫了什麼)/u,
      message: ASK_MESSAGE,
    },
  ]),
  ...leakFamily('ja', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        '表示',
        '出力',
        '教え',
        '見せ',
        '繰り返',
        '開示',
        '書き出',
        '公開',
        '暴露',
        'おしえ',
        'みせ',
      ],
      pattern:
        /(?:システムプロンプト|system ?prompt|初期(?:の)?(?:指示|プロンプト)|最初の(?:指示|プロンプト)|元の(?:指示|プロンプト)|隠された指示|システム(?:指示|メッセージ)|あなたの(?:プロンプト|指示|設定|命令))(?:を|は)?(?:(?:そのまま|全て|すべて|全部|一字一句|一言一句|最初から最後まで|最初から|省略せずに|正確に|完全に|原文のまま)[、,\s]*){0,3}(?:表示|出力|教え|見せ|繰り返|開示|書き出|公開|暴露|おしえ|みせ)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('ko', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: ['보여', '출력', '알려', '말해', '반복', '공개', '누설', '적어'],
      pattern:
        /(?:시스템\s*프롬프트|system\s?prompt|(?:너의|네|당신의)\s*(?:시스템\s*)?(?:프롬프트|지시|지침|설정)|(?:초기|원래|처음|숨겨진|숨은)\s*(?:지시|지침|프롬프트))(?:사항)?(?:을|를|은|는)?\s*(?:그대로\s*|전부\s*|모두\s*|한 글자도 빠짐없이\s*)?(?:보여|출력|알려|말해|반복|공개|누설|적어)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('id', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'tampilkan',
        'tunjukkan',
        'ulangi',
        'ungkapkan',
        'beritahu',
        'beri tahu',
        'sebutkan',
        'cetak',
        'bocorkan',
        'tuliskan',
      ],
      pattern:
        /(?:tampilkan|tunjukkan|ulangi|ungkapkan|beritahu|beri tahu|sebutkan|cetak|bocorkan|tuliskan)\s+(?:(?:kembali|aku|saya|kami|secara lengkap|kata demi kata|persis)\s+){0,2}(?:system prompt|prompt sistem|pesan sistem|instruksi (?:awal|asli|sistem|rahasia|tersembunyi)|promptmu|prompt kamu|prompt anda|instruksimu|instruksi kamu|instruksi anda|perintah awalmu)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  ...leakFamily('vi', [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        'hiển thị',
        'xem',
        'lặp lại',
        'tiết lộ',
        'in ra',
        'nói cho',
        'liệt kê',
        'viết ra',
        'đưa ra',
        'cho biết',
      ],
      pattern:
        /(?:hiển thị|cho (?:tôi|tao|mình|em) xem|lặp lại|tiết lộ|in ra|nói cho (?:tôi|mình|tao|em) biết|cho (?:tôi|mình|em) biết|liệt kê|viết ra|đưa ra)\s+(?:(?:toàn bộ|nguyên văn|chính xác|lại)\s+){0,2}(?:system prompt|prompt hệ thống|lời nhắc hệ thống|(?:chỉ dẫn|hướng dẫn|chỉ thị) (?:ban đầu|gốc|hệ thống|ẩn|bí mật|của bạn)|prompt (?:của bạn|gốc|ban đầu)|tin nhắn hệ thống)/u,
      message: REVEAL_MESSAGE,
    },
  ]),
  // English too: these families are written out language by language.
  ...FIRST_MESSAGE_RULES,
  ...DEVELOPER_INSTRUCTION_RULES,
  ...GIVEN_INSTRUCTION_RULES,
];

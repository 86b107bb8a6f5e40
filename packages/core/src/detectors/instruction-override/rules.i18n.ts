// Non-English phrasings of "ignore / forget your previous instructions". English lives in rules.ts.
// Patterns run on NFKC, lower-cased text (see spec/rule-v1.ts). They require an instruction noun together with
// a word that ties it to the agent (previous / above / your / system), so that plain imperatives such as
// "ignore case" or "vergiss nicht" do not fire.

import { ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import { turkishPattern } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { IGNORE_ALL_INSTRUCTIONS } from './all-instructions.i18n.ts';
import { IGNORE_PREVIOUS_MORE } from './more-languages.i18n.ts';

const EXPLANATION =
  'Text that tells the model to discard its earlier instructions tries to replace the operator’s rules with the attacker’s.';
const IGNORE_MESSAGE = 'Instruction to ignore or forget previous instructions';
const FORGET_ALL_MESSAGE = 'Instruction to forget everything said before';
const NEW_MESSAGE = 'Announces new instructions that replace the current ones';

const family = ruleFamily({
  category: 'instruction_override',
  surfaces: ['prompt', 'tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

export const RULES_I18N: RuleV1[] = [
  ...family('fr', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignor', 'oubli', 'compte', 'abstraction', 'outre'],
      pattern:
        /(?:ignor\p{L}*|oubli\p{L}*|ne (?:tiens|tenez|tenir) (?:pas|plus) compte|fai(?:s|tes|re) abstraction|pass(?:e|ez|er) outre)\s+(?:(?:de|à|a)\s+)?(?:toutes?\s+|tous\s+)?(?:(?:tes|vos|mes)\s+(?:\p{L}+\s+)?(?:instructions|consignes|directives|règles|ordres|prompts?)|(?:les|ces|des|aux|l'|l’)\s*(?:\p{L}+\s+)?(?:instructions?|consignes?|directives?|règles|ordres|prompts?|system prompt)[^.\n]{0,25}?(?:précédent|antérieur|ci-dessus|plus haut|d'avant|d’avant|initia|d'origine|d’origine|origina|reçue|de départ|du système|system|qu'on t|qui précèdent|above|previous))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['ignor', 'oubli'],
      pattern:
        /(?:ignor|oubli)\p{L}*\s+tout\s+(?:ce qui (?:précède|est (?:au-)?dessus|a été dit)|ce qu['’]on (?:t['’]|vous )a (?:dit|demandé|appris)|ce que (?:je|l['’]on) (?:t['’]ai|vous ai|t['’]a|vous a) (?:dit|demandé|donné)|ce que tu (?:sais|as appris) sur tes (?:règles|instructions))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['nouvelle'],
      pattern:
        /(?:voici|ce sont|suis|suivez|obéis|obéissez à)\s+(?:tes|vos|les|ces)\s+nouvelles\s+(?:instructions|consignes|directives)|(?:tes|vos) nouvelles (?:instructions|consignes|directives) (?:sont|:)|nouvelles instructions (?:pour (?:l['’]ia|l['’]assistant|le modèle|le bot))/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('de', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignorier', 'vergiss', 'vergess', 'missacht', 'übergeh', 'beachte'],
      pattern:
        /(?:ignorier\p{L}*|vergiss|vergesst|vergessen sie|missacht\p{L}*|übergeh\p{L}*|beachte\p{L}* nicht mehr)\s+(?:(?:sie|du|ihr)\s+)?(?:bitte\s+)?(?:(?:alle|sämtliche|die|deine|ihre|eure|jegliche)\s+)?(?:\p{L}+\s+)?(?:(?:vorherig|vorig|bisherig|obig|vorangegangen|vorstehend|früher|ursprünglich|alten|initial|erhalten|gegebenen)\p{L}*\s+(?:\p{L}+\s+)?(?:anweisung|instruktion|vorgabe|regel|befehl|prompt|systemprompt|richtlinie|anordnung)|(?:deine|ihre|eure)\s+(?:anweisung|instruktion|vorgabe|regel|befehl|prompt|systemprompt|system-prompt|richtlinie))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'ignore_previous_verb_final',
      severity: 'high',
      triggers: ['ignorier', 'vergess', 'missacht'],
      pattern:
        /(?:alle|sämtliche|die|deine|ihre)\s+(?:vorherig|vorig|bisherig|obig|vorangegangen|früher|ursprünglich)\p{L}*\s+(?:anweisungen|instruktionen|vorgaben|regeln|befehle|prompts?)\s+(?:\p{L}+\s+){0,2}?(?:ignorieren|vergessen|missachten|ignoriert|vergisst)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['vergiss', 'vergess', 'ignorier'],
      pattern:
        /(?:vergiss|vergesst|vergessen sie|ignorier\p{L}*)\s+(?:einfach\s+)?alles,?\s+(?:was (?:man )?(?:dir|ihnen|euch) (?:vorher |bisher |zuvor )?(?:gesagt|aufgetragen|beigebracht)|was (?:oben|davor|vorher|bisher) (?:steht|stand|gesagt wurde)|(?:oben|davor|vorher|bisher)(?:ige)?\b)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['neue'],
      pattern:
        /(?:deine|ihre|eure) neuen (?:anweisungen|instruktionen|vorgaben|befehle) (?:lauten|sind|:)|(?:hier sind|folge|befolge|befolgen sie)\s+(?:deine[nm]?|ihre[nm]?|diese[nm]?)\s+neuen (?:anweisungen|instruktionen|vorgaben|befehle)|neue (?:anweisungen|instruktionen|vorgaben|befehle) (?:für|an) (?:den|die|das) (?:ki-?)?(?:assistenten|assistentin|agenten|ki|bot|modell|sprachmodell)\b/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('es', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignor', 'olvid', 'olvíd', 'omiso', 'no hagas caso', 'descart'],
      pattern:
        /(?:ignor\p{L}*|olv[ií]d\p{L}*(?:\s+de)?|haz caso omiso (?:a|de)|haga caso omiso (?:a|de)|no hagas caso (?:a|de)|descart\p{L}*)\s+(?:tod[oa]s\s+)?(?:(?:tus|sus|vuestras)\s+(?:\p{L}+\s+)?(?:instrucciones|indicaciones|reglas|órdenes|directrices|directivas|prompts?)|(?:las|los|estas|esas|la|el)\s+(?:\p{L}+\s+)?(?:instrucci\p{L}+|indicaci\p{L}+|reglas|órdenes|directrices|directivas|prompts?|system prompt)[^.\n]{0,25}?(?:anterior|previa|de arriba|arriba|precedente|inicial|original|recibid|que te (?:di|dieron|han dado)|del sistema|del system prompt|del prompt|above|previous))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['olvid', 'olvíd', 'ignor'],
      pattern:
        /(?:olv[ií]d|ignor)\p{L}*\s+todo\s+(?:lo (?:anterior|de arriba|que (?:te|le) (?:dije|dijeron|han dicho|he dicho|indicaron|pidieron))|lo que se (?:te|le) (?:dijo|ha dicho|indicó))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['nuevas'],
      pattern:
        /(?:tus|sus) nuevas (?:instrucciones|órdenes|directrices|indicaciones) (?:son|:)|(?:sigue|siga|obedece|obedezca)\s+(?:estas|las|tus|sus)\s+nuevas (?:instrucciones|órdenes|directrices)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('it', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignor', 'dimentic', 'scord', 'non tenere conto', 'non tenga conto'],
      pattern:
        /(?:ignor\p{L}*|dimentic\p{L}*|scord\p{L}*|non tener\p{L}* conto|non tenga conto)\s+(?:di\s+|delle\s+|degli\s+)?(?:tutt[ei]\s+)?(?:(?:le tue|le sue|le vostre|tue|sue)\s+(?:\p{L}+\s+)?(?:istruzioni|indicazioni|regole|direttive|ordini|prompt)|(?:(?:le|queste|quelle|l['’]|il)\s*)?(?:\p{L}+\s+)?(?:istruzioni|istruzione|indicazioni|regole|direttive|ordini|prompt|system prompt)[^.\n]{0,25}?(?:precedent|di prima|sopra|iniziali|originali|ricevut|del sistema|above|previous))|(?:ignor|dimentic)\p{L}*\s+(?:tutte\s+)?le\s+istruzioni\s+precedenti/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['dimentic', 'ignor', 'scord'],
      pattern:
        /(?:dimentic|ignor|scord)\p{L}*\s+tutto\s+(?:quello|ciò)\s+(?:che (?:ti|le) (?:ho|hanno|è stato) (?:detto|chiesto|spiegato)|che (?:c['’]è|è scritto) sopra|detto (?:prima|finora))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['nuove'],
      pattern:
        /(?:le tue|le sue) nuove (?:istruzioni|direttive|regole) (?:sono|:)|(?:segui|segua|obbedisci a)\s+(?:queste|le)\s+nuove (?:istruzioni|direttive)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('pt', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignor', 'esqueç', 'esquec', 'desconsider'],
      pattern:
        /(?:ignor\p{L}*|esqueç\p{L}*|esquec\p{L}*|desconsider\p{L}*)\s+(?:de\s+)?(?:tod[oa]s\s+)?(?:(?:as suas|suas|tuas|as tuas)\s+(?:\p{L}+\s+)?(?:instruções|orientações|regras|diretrizes|ordens|prompts?)|(?:as|os|essas|estas|a|o)\s+(?:\p{L}+\s+)?(?:instruç\p{L}+|orientaç\p{L}+|regras|diretrizes|ordens|prompts?|system prompt)[^.\n]{0,25}?(?:anterior|acima|prévia|previa|inicia|origina|recebid|do sistema|above|previous))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['esqueç', 'esquec', 'ignor'],
      pattern:
        /(?:esqueç|esquec|ignor)\p{L}{0,12}\s+tudo\s+(?:o que (?:te|lhe|você) (?:foi|disseram|eu disse)|o que (?:está|foi dito) acima|(?:o )?que (?:foi dito )?antes)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['novas'],
      pattern:
        /(?:suas|tuas) novas (?:instruções|ordens|diretrizes|orientações) (?:são|:)|(?:siga|segue|obedeça)\s+(?:estas|essas|as|suas)\s+novas (?:instruções|ordens|diretrizes)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('nl', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['negeer', 'vergeet', 'negeren', 'vergeten'],
      pattern:
        /(?:negeer|vergeet)\s+(?:nu\s+)?(?:alle\s+)?(?:(?:je|jouw|uw|de|die|deze)\s+)?(?:(?:vorige|voorgaande|eerdere|bovenstaande|oorspronkelijke|oude|originele)\s+)?(?:instructies|aanwijzingen|regels|opdrachten|prompts?|systeemprompt|system prompt|richtlijnen)(?:[^.\n]{0,20}?(?:hierboven|van eerder|die je (?:hebt )?(?:gekregen|kreeg)))?|(?:alle|je|uw)\s+(?:vorige|voorgaande|eerdere|bovenstaande)\s+(?:instructies|aanwijzingen|regels|opdrachten)\s+(?:\p{L}+\s+)?(?:negeren|vergeten)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['vergeet', 'negeer'],
      pattern:
        /(?:vergeet|negeer)\s+alles\s+(?:wat (?:je|u) (?:eerder |hiervoor )?(?:is )?(?:gezegd|verteld|opgedragen)|wat hierboven staat|hiervoor|van hiervoor)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['nieuwe'],
      pattern:
        /(?:je|jouw|uw) nieuwe (?:instructies|opdrachten|regels) (?:zijn|luiden|:)|(?:volg|gehoorzaam)\s+(?:deze|de|je)\s+nieuwe (?:instructies|opdrachten)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('pl', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ignor', 'zapomn', 'pomiń', 'pomin', 'lekceważ'],
      pattern:
        /(?<!nie )(?:zignoruj\p{L}*|ignoruj\p{L}*|zignorowa\p{L}*|zapomnij\p{L}*|zapomnie\p{L}*|pomiń|lekceważ\p{L}*)\s+(?:o\s+)?(?:wszystki\p{L}*\s+)?(?:(?:poprzedni|wcześniejsz|powyższ|dotychczasow|swoj|swoi|twoj|twoi|wasz|pańsk|pierwotn|otrzyman)\p{L}*\s+(?:\p{L}+\s+)?(?:instrukcj|polece|zasad|reguł|wytyczn|prompt|rozkaz|komend)|(?:instrukcj|polecenia|zasady|reguły|wytyczne)\p{L}*\s+(?:z\s+)?(?:powyżej|wcześniej|systemowe|systemu))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['zapomn', 'ignor'],
      pattern:
        /(?<!nie )(?:zapomnij|zapomnijcie|zignoruj|zapomnieć)\s+(?:o\s+)?(?:wszystk\p{L}*),?\s+(?:co (?:ci|pan\p{L}*|wam) (?:wcześniej |dotąd )?(?:powiedziano|kazano|napisano|mówiono)|co (?:jest |było )?(?:powyżej|wyżej|wcześniej))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['nowe'],
      pattern:
        /(?:twoje|pana|pani|wasze) nowe (?:instrukcje|polecenia|zasady) (?:to|są|brzmią|:)|(?:oto|wykonuj|stosuj)\s+(?:twoje|te)\s+nowe (?:instrukcje|polecenia)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('ru', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: [
        'игнор',
        'забуд',
        'не обращай',
        'не обращайте',
        'отбрось',
        'отбросьте',
        'пренебреги',
      ],
      pattern:
        /(?:проигнорируй\p{L}*|игнорируй\p{L}*|забудь\p{L}*|не обращай\p{L}* внимани\p{L}* на|отбрось\p{L}*|пренебреги)\s+(?:все\s+|всё\s+)?(?:(?:предыдущ|прежн|вышеуказанн|вышеизложенн|приведённ|приведенн|данн\p{L}* (?:тебе |вам )?ранее|свои|ваши|твои|изначальн|исходн|системн|полученн|старые)\p{L}*\s+(?:\p{L}+\s+)?(?:инструкци|указани|правил|команд|промпт|prompt|установк|директив|распоряжени)|(?:инструкци|указани|правил|команд|промпт)\p{L}*\s+(?:выше|ранее|до этого|из системного))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['забуд', 'игнор'],
      pattern:
        /(?:забудь|забудьте|проигнорируй|игнорируй)\p{L}*\s+(?:вс[её]),?\s+(?:что (?:тебе|вам) (?:говорили|сказали|велели|писали|было сказано)|что (?:было )?(?:написано |сказано )?(?:выше|ранее|до этого)|чему тебя (?:учили|научили))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['нов'],
      pattern:
        /(?:твои|ваши) новые (?:инструкции|указания|правила|команды)(?: такие| таковы)?\s*(?::|—|-|такие|таковы)|(?:вот|следуй|выполняй|следуйте|выполняйте)\s+(?:твои |ваши |эти )?новы[ем] (?:инструкци|указани)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('uk', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['ігнор', 'забудь', 'забудьте', 'не зважай', 'не зважайте', 'відкинь'],
      pattern:
        /(?:проігноруй\p{L}*|ігноруй\p{L}*|забудь\p{L}*|не зважай\p{L}* на|відкинь\p{L}*)\s+(?:всі\s+|усі\s+|все\s+|усе\s+)?(?:(?:попередн|вищезазначен|наведен|свої|ваші|твої|початков|вихідн|системн|отриман|старі)\p{L}*\s+(?:\p{L}+\s+)?(?:інструкці|вказівк|правил|команд|промпт|prompt|настанов|директив|розпорядж)|(?:інструкці|вказівк|правил|команд|промпт)\p{L}*\s+(?:вище|раніше|до цього))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['забудь', 'ігнор'],
      pattern:
        /(?:забудь|забудьте|проігноруй|ігноруй)\p{L}*\s+(?:все|усе|всё),?\s+(?:що (?:тобі|вам) (?:казали|сказали|говорили|було сказано)|що (?:було )?(?:написано |сказано )?(?:вище|раніше|до цього))/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['нові'],
      pattern:
        /(?:твої|ваші) нові (?:інструкції|вказівки|правила|команди)\s*(?::|—|-|такі)|(?:ось|виконуй|дотримуйся)\s+(?:твої |ваші |цих |ці )?нов\p{L}* (?:інструкці|вказівк)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('tr', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: [
        'yok say',
        'görmezden',
        'unut',
        'kkate alma',
        'umursama',
        'boş ver',
        'göz ard',
        'gnore et',
      ],
      pattern: turkishPattern(
        '(?:önceki|yukarıdaki|daha önceki|önceden verilen|sana verilen|size verilen|eski|ilk|orijinal|sistem|mevcut)\\s+(?:\\p{L}+\\s+){0,2}?(?:talimat|yönerge|kural|komut|prompt|direktif|istem)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:yok say|görmezden gel|unut|dikkate alma|umursama|boş ver|göz ardı et|ignore et)',
      ),
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['unut', 'yok say', 'görmezden'],
      pattern: turkishPattern(
        '(?:sana|size) (?:daha )?önce(?:den)? (?:söylenen|verilen|anlatılan) her ?şey(?:i)? (?:unut|yok say|görmezden gel)|(?:yukarıdaki|önceki) her ?şey(?:i)? (?:unut|yok say|görmezden gel)',
      ),
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['talimat', 'tali\u0307mat'],
      pattern: turkishPattern(
        '(?:(?:senin|sizin)\\s+)?yeni talimatların(?:ız)? (?:şunlar|şöyle|:)|şu yeni talimatlara uy',
      ),
      message: NEW_MESSAGE,
    },
  ]),
  ...family('ar', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['تجاهل', 'انس', 'تناس', 'لا تلتزم', 'اهمل', 'أهمل', 'تخط'],
      pattern:
        /(?:تجاهل\p{L}*|انس[َ]?[ىي]?|إنس|تناس[َ]?|اهمل|أهمل|تخط[َّ]*)\s+(?:\p{M}*)(?:كل|كافة|جميع|جمیع)?\s*(?:ال)?(?:تعليمات|أوامر|اوامر|إرشادات|ارشادات|قواعد|توجيهات|بروم[بپ]ت|prompt|موجه)\p{L}*(?:\s+(?:\p{L}+\s+)?(?:السابقة|سابقة|أعلاه|اعلاه|الأصلية|الأولى|الأولية|القديمة|الخاصة بك|التي تلقيتها|التي أعطيت لك|المعطاة لك|النظام))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['تجاهل', 'انس', 'إنس'],
      pattern:
        /(?:تجاهل|انس[َ]?|إنس)\s+(?:كل|جميع)\s+(?:ما|شيء)\s+(?:(?:قيل|ذكر|كتب)\s+(?:لك\s+)?(?:سابقا|سابقاً|من قبل|أعلاه|قبل)|تعلمته)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['جديدة', 'الجديدة'],
      pattern: /تعليماتك الجديدة(?:\s+هي)?\s*[:：]|(?:اتبع|نفذ)\s+(?:هذه\s+)?التعليمات الجديدة/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('fa', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['نادیده', 'ناديده', 'فراموش', 'بی‌خیال', 'بیخیال', 'اعتنا'],
      pattern:
        /(?:دستور|دستورالعمل|قوانین|قوانين|قواعد|رهنمود|پرامپت|prompt|آموزه|راهنمایی|راهنمايي)\p{L}*\u200c?\p{L}*\s+(?:\p{L}+\s+)?(?:قبلی|قبلي|بالا|پیشین|پيشين|اولیه|اوليه|سیستمی|سيستمي|خودت|خود را|قدیمی)[^.\n]{0,25}?(?:نادیده|ناديده|فراموش|بی\u200c?خیال|بی\u200c?اعتنا)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['فراموش', 'نادیده', 'ناديده'],
      pattern:
        /(?:هر ?چه|همه ?چیز|هرچیزی|همه چيز)[^.\n]{0,30}?(?:قبلا|قبلاً|پیش ?تر|بالا)[^.\n]{0,25}?(?:فراموش کن|نادیده بگیر|ناديده بگير)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['جدید'],
      pattern:
        /دستورالعمل\u200c?های جدید (?:تو|شما)\s*(?:این است|اینها هستند|:)|دستورات جدید (?:تو|شما)\s*(?::|عبارتند از)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('hi', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['अनदेखा', 'नज', 'भूल', 'ignore', 'इग्नोर'],
      pattern:
        /(?:पिछल|पहल|ऊपर|उपर|पूर्व|सभी|सारे|अपने|तुम्हार|आपक|सिस्टम|मूल|प्रारंभिक|previous|pichhl|pichl|pehl|saar|sabh)[\p{L}\p{M}]*\s+(?:[\p{L}\p{M}]+\s+){0,2}?(?:निर्देश|आदेश|नियम|हिदायत|इंस्ट्रक्शन|प्रॉम्प्ट|प्रोम्प्ट|instructions?|prompt|rules|niyam|nirdesh)[\p{L}\p{M}]*[^।.\n]{0,25}?(?:अनदेखा|नज\p{M}*रअंदाज|भूल जा|भूल ज|ignore|इग्नोर|bhool|bhul|andekha)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['भूल', 'अनदेखा', 'bhool', 'bhul'],
      pattern:
        /(?:जो कुछ|सब कुछ|सबकुछ|jo kuch|sab kuch)[^।.\n]{0,30}?(?:पहले|ऊपर|pehle|upar)[^।.\n]{0,25}?(?:भूल जा|अनदेखा कर|bhool ja|bhul ja)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['नए', 'नये'],
      pattern: /(?:तुम्हारे|आपके|तेरे) न[एय]े? (?:निर्देश|आदेश|इंस्ट्रक्शन)\p{M}* (?:ये|यह|इस प्रकार) (?:हैं|है)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('zh', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: [
        '忽略',
        '忽视',
        '忽視',
        '无视',
        '無視',
        '忘记',
        '忘記',
        '忘掉',
        '不要理会',
        '不要理會',
        '别管',
        '不用管',
        '抛开',
        '拋開',
      ],
      pattern:
        /(?:忽略|忽视|忽視|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|别管|不用管|抛开|拋開)(?:掉)?(?:你)?(?:之前|以前|此前|先前|前面|上面|以上|上述|原来|原來|原先|原有|最初|初始|所有|全部|一切|系统|系統|你的)[^。.\n]{0,12}?(?:指令|指示|说明|說明|规则|規則|提示词|提示詞|提示|命令|设定|設定|要求|约束|約束|prompt|instructions?)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['忘记', '忘記', '忘掉', '忽略'],
      pattern:
        /(?:忘记|忘記|忘掉|忽略)(?:掉)?(?:之前|以前|先前|上面)(?:别人|我|他们)?(?:对你|對你|跟你|给你|給你)?(?:说|說|讲|講)(?:过|過)?的(?:所有|一切|全部)?(?:内容|內容|话|話|东西|東西)?/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['新指令', '新的指令', '新指示', '新的指示'],
      pattern:
        /你的(?:新指令|新的指令|新指示|新的指示)(?:是|如下|：|:)|(?:现在|現在|从现在开始|從現在開始)[^。\n]{0,8}(?:遵循|服从|服從|执行|執行)(?:以下|下面|这些|這些)?(?:新指令|新的指令|新指示|新的指示)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('ja', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['無視', '忘れ', 'むし', 'わすれ', '従わな', 'ignore'],
      pattern:
        /(?:以前|前|上記|上|これまで|今まで|先ほど|最初|元|全て|すべて|あなたの|システム|既存)の[^。.\n]{0,12}?(?:指示|命令|ルール|指令|プロンプト|設定|制約|規則|prompt|instructions?)(?:は|を|も)?(?:全て|すべて|全部)?(?:無視|忘れ|むし|わすれ|ignore)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['忘れ', '無視'],
      pattern:
        /(?:これまで|今まで|以前|前に|先ほど)(?:に)?(?:言われた|指示された|教えられた|伝えた|言った)(?:こと|内容)(?:は|を)?(?:全て|すべて|全部)?(?:忘れ|無視)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['新しい指示', '新たな指示', '新しい命令'],
      pattern:
        /(?:あなたの|君の|お前の)(?:新しい|新たな)(?:指示|命令)(?:は|:|：)|(?:今後|これからは|以降)[^。\n]{0,10}(?:新しい|新たな)(?:指示|命令)に従/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('ko', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['무시', '잊어', '잊고', '잊으', '따르지 마', 'ignore'],
      pattern:
        /(?:이전|위의|위|앞의|앞서|지금까지의|기존|모든|원래|처음|초기|너의|네|당신의|시스템)\s*(?:\p{L}+\s+)?(?:모든\s+)?(?:지시|지침|명령|규칙|프롬프트|설정|지시사항|가이드라인|instructions?|prompt)\p{L}*\s*(?:\p{L}+\s+)?(?:무시|잊어|잊고|잊으|ignore)/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['잊어', '잊고', '무시'],
      pattern:
        /(?:지금까지|이전에|앞에서|위에서)\s*(?:들은|받은|말한|했던|배운)\s*(?:모든\s*)?(?:것|내용|말)(?:을|들을|은)?\s*(?:다\s*|전부\s*|모두\s*)?(?:잊어|잊고|무시)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['새로운 지시', '새 지시', '새로운 명령', '새 명령'],
      pattern:
        /(?:너의|당신의|네)\s*(?:새로운|새)\s*(?:지시|명령|지침)(?:사항)?(?:은|는)\s*(?:다음|아래)|(?:이제부터|지금부터)[^.\n]{0,15}(?:새로운|새)\s*(?:지시|명령|지침)(?:사항)?(?:을|를|에)\s*따/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('id', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['abaikan', 'lupakan', 'hiraukan', 'acuhkan', 'ignore'],
      pattern:
        /(?:abaikan|lupakan|jangan (?:hiraukan|pedulikan|ikuti lagi)|acuhkan|ignore)\s+(?:saja\s+)?(?:semua\s+|seluruh\s+)?(?:(?:instruksi|perintah|petunjuk|aturan|arahan|prompt|pedoman|system prompt)\p{L}*\s+(?:\p{L}+\s+)?(?:sebelumnya|sebelum ini|di atas|yang (?:telah |sudah )?(?:diberikan|kamu terima|anda terima)|awal|asli|sistem|kamu|anda|mu)|(?:instruksimu|perintahmu|aturanmu|arahanmu|promptmu))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['lupakan', 'abaikan'],
      pattern:
        /(?:lupakan|abaikan)\s+(?:semua|segala)(?:nya)?\s+(?:yang|hal yang)\s+(?:telah |sudah )?(?:dikatakan|diberitahukan|diajarkan|disampaikan|ditulis)\s+(?:\p{L}+\s+)?(?:sebelumnya|di atas|padamu|kepadamu|kepada anda)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['baru'],
      pattern:
        /(?:instruksi|perintah) baru(?:mu| kamu| anda| untukmu)\s*(?:adalah|:)|(?:ikuti|patuhi)\s+(?:instruksi|perintah) baru (?:ini|berikut)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...family('vi', [
    {
      name: 'ignore_previous',
      severity: 'high',
      triggers: ['bỏ qua', 'phớt lờ', 'lờ đi', 'quên', 'ignore', 'gạt bỏ'],
      pattern:
        /(?:bỏ qua|phớt lờ|lờ đi|quên(?: hết| đi)?|gạt bỏ|ignore)\s+(?:hết\s+|đi\s+)?(?:tất cả\s+|mọi\s+|toàn bộ\s+)?(?:các\s+|những\s+)?(?:hướng dẫn|chỉ dẫn|chỉ thị|mệnh lệnh|lệnh|quy tắc|yêu cầu|prompt|system prompt|chỉ lệnh)\s+(?:\p{L}+\s+)?(?:trước đó|trước đây|trước|ở trên|phía trên|bên trên|ban đầu|cũ|gốc|hệ thống|của bạn|của mày|đã (?:được )?(?:cho|giao|nhận))/u,
      message: IGNORE_MESSAGE,
    },
    {
      name: 'forget_everything',
      severity: 'high',
      triggers: ['quên', 'bỏ qua'],
      pattern:
        /(?:quên|bỏ qua)\s+(?:hết\s+|đi\s+)?(?:tất cả\s+|mọi\s+)?(?:những\s+)?(?:gì|điều)\s+(?:\p{L}+\s+){0,3}?(?:đã (?:được )?(?:nói|dặn|bảo|dạy|viết)|ở trên)/u,
      message: FORGET_ALL_MESSAGE,
    },
    {
      name: 'new_instructions',
      severity: 'medium',
      triggers: ['mới'],
      pattern:
        /(?:hướng dẫn|chỉ thị|nhiệm vụ) mới của (?:bạn|mày|em)\s*(?:là|:)|(?:hãy |từ giờ )?(?:làm theo|tuân theo) (?:các |những )?(?:hướng dẫn|chỉ thị) mới (?:sau|này)/u,
      message: NEW_MESSAGE,
    },
  ]),
  ...rulePerLanguage(
    family,
    { name: 'ignore_previous', severity: 'high', message: IGNORE_MESSAGE },
    IGNORE_PREVIOUS_MORE,
  ),
  ...rulePerLanguage(
    family,
    {
      name: 'ignore_all_instructions',
      severity: 'high',
      message: 'Instruction to ignore every instruction',
    },
    IGNORE_ALL_INSTRUCTIONS,
  ),
];

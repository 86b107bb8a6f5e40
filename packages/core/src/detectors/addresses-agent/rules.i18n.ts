// Non-English phrasings of "Note to the AI:", "Instructions for the AI assistant:", "To the AI:" at the start of
// a line or sentence. English lives in rules.ts. As there, the addressee must be an AI (a word for AI, an AI
// assistant or agent, a language model, a chatbot), or the assistant or agent with the definite article
// ("Hinweis an den Assistenten:", "note pour l'assistant :"), and a separator must follow: the phrase heads
// what comes next.
import { defineRules } from '../../rules/define-rules.ts';
import { LINE_OR_SENTENCE_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { READING_THIS_I18N } from './reading-this.i18n.ts';
import { EXPLANATION } from './rules.ts';
import { VOCATIVE_I18N } from './vocative.i18n.ts';

const MESSAGE = 'Content contains a note addressed to the AI';

type Vocabulary = {
  /** Regular-expression source of the addressee phrase, lower-case. */
  readonly addressee: string;
  /** Literals every match contains (lower-case). */
  readonly triggers: readonly string[];
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  de: {
    addressee:
      '(?:(?:(?:wichtige[rs]? |dringende[rs]? )?(?:hinweis|nachricht|anweisung(?:en)?|notiz|mitteilung|botschaft) (?:an|für) (?:die |den |jede |jeden |alle )?|an (?:die|jede|alle) )(?:ki|künstliche intelligenz|ki-(?:assistent|assistentin|agent|modell|system)(?:en|e)?|ki (?:assistent|agent)(?:en)?|sprachmodell(?:e)?|llm|chatbot(?:s)?)|(?:wichtige[rs]? |dringende[rs]? )?(?:hinweis|nachricht|anweisung(?:en)?|notiz|mitteilung) (?:an|für) (?:den|die|jeden) (?:assistenten|assistentin|agenten|bot))',
    triggers: [
      'hinweis',
      'nachricht',
      'anweisung',
      'notiz',
      'mitteilung',
      'botschaft',
      'an die ',
      'an jede',
      'an alle ',
    ],
  },
  fr: {
    addressee:
      "(?:(?:une )?(?:note|message|consigne|instruction)s? (?:importante?s? )?(?:à|pour) (?:l['’]|toute |toutes les |chaque |tous les |les )?|à (?:l['’]|toute |toutes les |chaque |tous les ))(?:ia|intelligence artificielle|assistants? (?:ia|virtuels?)|agents? (?:ia|d['’]ia)|llm|chatbots?|modèles? de langage)|(?:note|message|consigne|instruction)s? (?:importante?s? )?(?:à|pour) l['’](?:assistant|agent)",
    triggers: [
      'note',
      'message',
      'consigne',
      'instruction',
      "à l'",
      'à l’',
      'à toute',
      'à tous',
      'à chaque',
    ],
  },
  es: {
    addressee:
      '(?:(?:una )?(?:nota|mensaje|instrucci[oó]n(?:es)?|aviso) (?:importante )?(?:para|a) (?:la |el |cualquier |toda |todas las |los |cada )?|a (?:la |cualquier |toda |todas las |los |cada ))(?:ia|inteligencia artificial|asistentes? (?:de ia|virtual(?:es)?)|agentes? de ia|llm|chatbots?|modelos? de lenguaje)|(?:nota|mensaje|instrucci[oó]n(?:es)?|aviso) (?:importante )?(?:para el|al) (?:asistente|agente)',
    triggers: [
      'nota',
      'mensaje',
      'instrucci',
      'aviso',
      'a la ',
      'a cualquier',
      'a toda',
      'a los ',
      'a cada',
    ],
  },
  it: {
    addressee:
      "(?:(?:una )?(?:nota|messaggio|istruzion[ei]|avviso) (?:importante )?(?:per |a |all['’]|alla |al )(?:l['’]|la |il |qualsiasi |ogni )?|all['’])(?:ia|intelligenza artificiale|assistente (?:ia|ai|virtuale)|agente (?:ia|ai)|ai|llm|chatbot|modello linguistico)|(?:nota|messaggio|istruzion[ei]|avviso) (?:importante )?(?:per l['’]|all['’])(?:assistente|agente)",
    triggers: ['nota', 'messaggio', 'istruzion', 'avviso', "all'", 'all’'],
  },
  pt: {
    addressee:
      '(?:(?:uma )?(?:nota|mensagem|instruç(?:ão|ões)|aviso) (?:importante )?(?:para|à|ao|a) |à |ao )(?:a |o |qualquer |toda |cada )?(?:ia|inteligência artificial|assistentes? (?:de ia|virtual|virtuais)|agentes? de ia|llm|chatbots?|modelos? de linguagem)|(?:nota|mensagem|instruç(?:ão|ões)|aviso) (?:importante )?(?:para o|ao) (?:assistente|agente)',
    triggers: ['nota', 'mensagem', 'instruç', 'aviso', 'à ', 'ao '],
  },
  nl: {
    addressee:
      '(?:(?:een )?(?:belangrijke? )?(?:notitie|bericht|instructie(?:s)?|mededeling|opmerking) (?:voor|aan) (?:de |het |elke |iedere |alle )?|aan (?:de |het |elke |iedere |alle ))(?:ai|ki|ai-(?:assistent|agent)(?:en)?|ai (?:assistent|agent)(?:en)?|taalmodel(?:len)?|llm|chatbots?)|(?:belangrijke? )?(?:notitie|bericht|instructie(?:s)?|mededeling) (?:voor|aan) de (?:assistent|agent)',
    triggers: [
      'notitie',
      'bericht',
      'instructie',
      'mededeling',
      'opmerking',
      'aan de ',
      'aan het ',
      'aan elke',
      'aan iedere',
      'aan alle',
    ],
  },
  pl: {
    addressee:
      '(?:notatka|wiadomość|instrukcj[ae]|uwaga|informacja) (?:dla|do) (?:każdego |wszystkich |każdej )?(?:ai|si|sztucznej inteligencji|asystenta (?:ai|si)|agenta (?:ai|si)|modelu językowego|modeli językowych|llm|chatbota)',
    triggers: ['notatka', 'wiadomość', 'instrukcj', 'uwaga', 'informacja'],
  },
  ru: {
    addressee:
      '(?:(?:примечание|сообщение|инструкция|инструкции|заметка|указание|указания|записка) (?:для|к) |для )(?:любого |всех |каждого )?(?:ии|ai|искусственного интеллекта|ии-ассистента|ии-агента|ассистента ии|языковой модели|языковых моделей|llm|чат-бота|нейросети)',
    triggers: ['примечание', 'сообщение', 'инструкци', 'заметка', 'указани', 'записка', 'для '],
  },
  uk: {
    addressee:
      '(?:(?:примітка|повідомлення|інструкція|інструкції|нотатка|вказівка|вказівки) (?:для|до) |для )(?:будь-якого |усіх |кожного )?(?:ші|ai|штучного інтелекту|ші-асистента|асистента ші|ші-агента|агента ші|мовної моделі|мовних моделей|llm|чат-бота)',
    triggers: ['примітка', 'повідомлення', 'інструкці', 'нотатка', 'вказівк', 'для '],
  },
  tr: {
    addressee:
      '(?:yapay zek[aâ](?: asistanı| ajanı| modeli)?(?:ya|na)|yapay zek[aâ] (?:asistanı|ajanı|modeli) için|yapay zek[aâ] için|dil modeline|dil modelleri için) (?:not(?:u|lar)?|mesaj(?:ı)?|talimat(?:lar)?|uyarı|bilgi)',
    triggers: ['yapay zek', 'dil model'],
  },
  zh: {
    addressee:
      '(?:给|致|写给)(?:所有|任何|各位)?(?:ai|人工智能|智能助手|大模型|语言模型|聊天机器人)(?:助手|代理|模型)?(?:的)?(?:说明|提示|指令|消息|留言|备注|话)?',
    triggers: ['给', '致'],
  },
  ja: {
    addressee:
      '(?:ai|人工知能|言語モデル|チャットボット)(?:アシスタント|エージェント)?(?:への|に向けた|宛ての|宛て|へ(?=[ \\t]{0,3}[:：]))(?:注意|指示|メッセージ|メモ|お知らせ|注記|注意事項)?',
    triggers: ['への', 'に向けた', '宛て', 'へ:', 'へ：', 'へ :', 'へ ：'],
  },
  ko: {
    addressee:
      '(?:ai|인공지능|언어 모델|챗봇)(?: 어시스턴트| 비서| 에이전트)?(?:에게| 에게|를 위한|을 위한)(?: 보내는)?(?: (?:메시지|지시|지시사항|지침|안내|메모|알림))?',
    triggers: ['에게', '위한'],
  },
  id: {
    addressee:
      '(?:(?:catatan|pesan|instruksi|petunjuk|perhatian) (?:untuk|kepada|bagi) |kepada )(?:semua |setiap |para )?(?:ai|kecerdasan buatan|asisten ai|agen ai|model bahasa|llm|chatbot)',
    triggers: ['catatan', 'pesan', 'instruksi', 'petunjuk', 'perhatian', 'kepada '],
  },
  vi: {
    addressee:
      '(?:(?:lưu ý|ghi chú|tin nhắn|thông điệp|hướng dẫn|chỉ dẫn) (?:cho|gửi|dành cho) |gửi )(?:mọi |các |bất kỳ )?(?:ai|trí tuệ nhân tạo|trợ lý ai|tác nhân ai|mô hình ngôn ngữ|chatbot)',
    triggers: ['lưu ý', 'ghi chú', 'tin nhắn', 'thông điệp', 'hướng dẫn', 'chỉ dẫn', 'gửi '],
  },
  ar: {
    addressee:
      '(?:(?:ملاحظة|رسالة|تعليمات|تعليمة|تنبيه) (?:لل|إلى ال|الى ال|لأي |لكل )|(?:إلى|الى) (?:ال|أي |كل ))(?:مساعد|وكيل|نموذج|روبوت)(?: ال)?(?:ذكي|ذكاء الاصطناعي|لغوي|دردشة)|(?:(?:ملاحظة|رسالة|تعليمات|تنبيه) (?:لل|إلى ال|الى ال)|(?:إلى|الى) ال)ذكاء الاصطناعي',
    triggers: ['ملاحظة', 'رسالة', 'تعليم', 'تنبيه', 'إلى', 'الى'],
  },
  fa: {
    addressee:
      '(?:یادداشت|پیام|دستورالعمل|توجه|نکته) (?:برای|به) (?:هر |همه‌ی |همه )?(?:دستیار(?:ان)? هوش مصنوعی|هوش مصنوعی|مدل(?:‌های| های)? زبانی|عامل هوش مصنوعی|چت‌?بات)',
    triggers: ['یادداشت', 'پیام', 'دستورالعمل', 'توجه', 'نکته'],
  },
  hi: {
    addressee:
      '(?:एआई|ai|आर्टिफिशियल इंटेलिजेंस|कृत्रिम बुद्धि(?:मत्ता)?)(?: सहायक| असिस्टेंट| एजेंट| मॉडल)? (?:के लिए|को) (?:नोट|संदेश|निर्देश|सूचना|ज़रूरी बात)',
    triggers: ['के लिए', 'को '],
  },
};

// The phrase opens a line or sentence and a separator follows it.
const SEPARATOR = '[ \\t]{0,3}(?::|：|—|–|-{1,2} )';

const NOTE_TO_AI_I18N: RuleV1[] = Object.entries(VOCABULARY).flatMap(([language, v]) =>
  defineRules(
    {
      category: 'addresses_agent',
      surfaces: ['tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'note_to_ai',
        severity: 'high',
        triggers: v.triggers,
        pattern: new RegExp(`${LINE_OR_SENTENCE_START}(?:${v.addressee})${SEPARATOR}`, 'u'),
        message: MESSAGE,
      },
    ],
  ),
);

/** Every non-English rule of the family: notes to the AI, the AI reading this addressed, the AI hailed. */
export const RULES_I18N: RuleV1[] = [...NOTE_TO_AI_I18N, ...READING_THIS_I18N, ...VOCATIVE_I18N];

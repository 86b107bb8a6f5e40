// Non-English "the assistant that manages this mailbox must forward all invoices to x@y": the AI reading the
// mail given a duty to send something to an outside address. English lives in rules.ts (ai_obliged_to_send_out).
// As there, the subject must be software: a word for AI, or an assistant named as the one handling this mail
// ("unser Assistent soll den Vertrag an legal@… schicken" may be a person); an address must follow. A bare
// two-letter word for AI ("ki", "ai", "si") comes with its article or noun ("die KI", "asystent AI"): as a
// trigger of its own, "ai " would be looked at in "again" and "main" of every English text.
import { type LanguageForm, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

const family = ruleFamily({
  category: 'agent_redirection',
  surfaces: ['tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

const ADDRESS = '[\\w.+-]@[\\w-]{1,63}\\.[a-z]{2,24}';
const GAP = '[^.!?。\\n]';

type Duty = {
  /**
   * The words for the AI or the assistant that every subject holds: the triggers. (An e-mail address is in
   * every match too, but English text full of addresses would then run every language's rule.)
   */
  readonly triggers: readonly string[];
  /** The AI, or an assistant named as the one handling this mail (its own word order). */
  readonly subject: string;
  /** must / should / has to. */
  readonly must: string;
  /** forward / send / e-mail. */
  readonly send: string;
  /**
   * The order of the parts when it is not subject, must, send, address: the verb after the address
   * (German, Persian: `must-address-send`), after it and before "must" (Japanese, Korean, Turkish, Hindi:
   * `address-send-must`), or "must" before the subject (Arabic: `must-first`).
   */
  readonly order?: 'must-address-send' | 'address-send-must' | 'must-first';
};

function form(duty: Duty): LanguageForm {
  const { subject, must, send } = duty;
  const pattern =
    duty.order === 'must-address-send'
      ? `(?:${subject})${GAP}{0,60}?(?:${must})${GAP}{0,80}?${ADDRESS}${GAP}{0,30}?(?:${send})`
      : duty.order === 'address-send-must'
        ? `(?:${subject})${GAP}{0,80}?${ADDRESS}${GAP}{0,40}?(?:${send})${GAP}{0,12}?(?:${must})`
        : duty.order === 'must-first'
          ? `(?:${must})${GAP}{0,12}?(?:${subject})${GAP}{0,60}?(?:${send})${GAP}{0,80}?${ADDRESS}`
          : `(?:${subject})${GAP}{0,60}?(?:${must})${GAP}{0,40}?(?:${send})${GAP}{0,80}?${ADDRESS}`;
  return { triggers: duty.triggers, pattern: new RegExp(pattern, 'u') };
}

const DUTIES: Readonly<Record<string, Duty>> = {
  de: {
    triggers: [
      'die ki',
      'eine ki',
      'der ki',
      'jede ki',
      'ki-a',
      'ki-s',
      'sprachmodell',
      'chatbot',
      'assistent',
    ],
    subject:
      '\\b(?:(?:die|eine|der|jede) ki[ ,]|ki-(?:assistent|agent|system)\\p{L}*|sprachmodell|chatbot|(?:e-?mail-|mail-)?assistent\\p{L}*,? (?:der|die|das) (?:dieses|diesen|diese|das|den|die) (?:postfach|posteingang|e-?mails?|nachrichten|konto))',
    must: 'muss|soll|sollte|hat \\p{L}+ zu',
    send: 'weiterleit\\p{L}*|leite\\p{L}*|send\\p{L}*|schick\\p{L}*|übermittel\\p{L}*|mailen',
    order: 'must-address-send',
  },
  fr: {
    triggers: [
      "l'ia",
      'l’ia',
      'intelligence artificielle',
      "l'assistant",
      'l’assistant',
      'chatbot',
    ],
    subject:
      "\\b(?:l['’]ia|l['’]intelligence artificielle|l['’]assistant (?:ia|virtuel)|le chatbot|l['’]assistant (?:qui|chargé de) (?:gère|lit|traite|trie|gérer|lire|traiter) (?:cette|ce|ces|la|le|les) (?:boîte|messagerie|courriels?|e-?mails?|messages?|compte))",
    must: 'doit|devra|est tenu d|a pour mission d|devrait',
    send: 'transférer|transmettre|envoyer|renvoyer|faire suivre',
  },
  es: {
    triggers: ['la ia', 'inteligencia artificial', 'el asistente', 'chatbot'],
    subject:
      '\\b(?:la ia|la inteligencia artificial|el asistente (?:de ia|virtual)|el chatbot|el asistente que (?:gestiona|lee|procesa|maneja|revisa) (?:este|esta|estos|estas|el|la|los) (?:buzón|bandeja|correos?|mensajes?|cuenta))',
    must: 'debe|deberá|tiene que|debería',
    send: 'reenviar|enviar|mandar|remitir|transferir',
  },
  it: {
    triggers: [
      "l'ia",
      'l’ia',
      'intelligenza artificiale',
      "l'assistente",
      'l’assistente',
      'chatbot',
    ],
    subject:
      "\\b(?:l['’]ia|l['’]intelligenza artificiale|l['’]assistente (?:ia|virtuale)|il chatbot|l['’]assistente che (?:gestisce|legge|elabora|smista) (?:questa|questo|queste|questi|la|il|le) (?:casella|posta|e-?mail|messaggi|account))",
    must: 'deve|dovrà|dovrebbe|ha il compito di',
    send: 'inoltrare|inviare|mandare|trasmettere|girare',
  },
  pt: {
    triggers: ['a ia', 'inteligência artificial', 'o assistente', 'chatbot'],
    subject:
      '\\b(?:a ia|a inteligência artificial|o assistente (?:de ia|virtual)|o chatbot|o assistente que (?:gerencia|gere|lê|processa|administra) (?:esta|este|estes|estas|a|o|os) (?:caixa|e-?mails?|mensagens|conta))',
    must: 'deve|deverá|tem que|precisa',
    send: 'encaminhar|enviar|mandar|reencaminhar|transferir',
  },
  nl: {
    triggers: ['de ai', 'taalmodel', 'chatbot', 'de assistent'],
    subject:
      '\\b(?:de ai|de ai-(?:assistent|agent)|het taalmodel|de chatbot|de assistent die (?:deze|dit|de|het) (?:mailbox|inbox|e-?mails?|berichten|account) (?:beheert|leest|verwerkt))',
    must: 'moet|dient|zou moeten',
    send: 'doorsturen|doorstuurt|sturen|versturen|e-?mailen|doorzenden',
  },
  pl: {
    triggers: ['asystent', 'sztuczna inteligencja', 'chatbot'],
    subject:
      '(?<![\\p{L}])(?:asystent ai|asystent si|sztuczna inteligencja|chatbot|asystent (?:obsługujący|zarządzający|czytający) (?:tę|ten|te|tą) (?:skrzynk\\p{L}*|poczt\\p{L}*|wiadomoś\\p{L}*|kont\\p{L}*))',
    must: 'musi|powinien|ma obowiązek',
    send: 'przesłać|wysłać|przekazać|przesyłać|wysyłać',
  },
  ru: {
    triggers: ['ии', 'нейросеть', 'чат-бот', 'ассистент'],
    subject:
      '(?<![\\p{L}])(?:ии|ии-ассистент|ии-агент|нейросеть|чат-бот|ассистент,? (?:который|что) (?:обрабатывает|читает|ведёт|ведет|разбирает) (?:этот|эту|эти) (?:почтовый ящик|ящик|почту|письма|аккаунт))',
    must: 'должен|обязан|должна|нужно',
    send: 'переслать|отправить|пересылать|отправлять|направить',
  },
  uk: {
    triggers: ['ші ', 'ші-', 'ші,', 'чат-бот', 'асистент'],
    subject:
      '(?<![\\p{L}])(?:ші[ ,]|ші-асистент|ші-агент|чат-бот|асистент,? (?:який|що) (?:обробляє|читає|веде) (?:цю|цей|ці) (?:скриньку|пошту|листи|акаунт))',
    must: "повинен|має|мусить|зобов['’]язаний",
    send: 'переслати|надіслати|відправити|пересилати',
  },
  id: {
    triggers: ['asisten', 'agen ai', 'kecerdasan buatan', 'chatbot'],
    subject:
      '\\b(?:asisten ai|agen ai|kecerdasan buatan|chatbot|asisten yang (?:mengelola|membaca|memproses) (?:kotak masuk|email|surel|pesan|akun) ini)',
    must: 'harus|wajib|perlu',
    send: 'meneruskan|mengirim|mengirimkan|meneruskannya',
  },
  vi: {
    triggers: ['trợ lý', 'tác nhân ai', 'trí tuệ nhân tạo', 'chatbot'],
    subject:
      '(?<![\\p{L}])(?:trợ lý ai|tác nhân ai|trí tuệ nhân tạo|chatbot|trợ lý (?:quản lý|đọc|xử lý) (?:hộp thư|email|thư|tài khoản) này)',
    must: 'phải|cần|có nhiệm vụ',
    send: 'chuyển tiếp|gửi|chuyển',
  },
  zh: {
    triggers: ['ai助手', 'ai 助手', '人工智能', '智能助手', '聊天机器人', '语言模型'],
    subject: '(?:人工智能|智能助手|ai ?助手|聊天机器人|语言模型)',
    must: '必须|应该|应当|需要|务必',
    send: '转发|发送|发到|寄到|转到',
  },
  ar: {
    triggers: ['الذكاء الاصطناعي', 'المساعد الذكي', 'روبوت الدردشة'],
    subject: '(?:الذكاء الاصطناعي|مساعد الذكاء الاصطناعي|المساعد الذكي|روبوت الدردشة)',
    must: 'يجب|ينبغي|عليه أن|عليك أن',
    send: 'يعيد توجيه|يرسل|يحول|إعادة توجيه|إرسال',
    order: 'must-first',
  },
  ja: {
    triggers: ['aiアシスタント', 'ai アシスタント', '人工知能', 'チャットボット', '言語モデル'],
    subject: '(?:人工知能|ai ?アシスタント|チャットボット|言語モデル)',
    must: 'なければなりません|なければならない|なさい|ください|べき',
    send: '転送し|送信し|送り|転送す|送信す',
    order: 'address-send-must',
  },
  ko: {
    triggers: ['ai 비서', 'ai 어시스턴트', '인공지능', '챗봇', '언어 모델'],
    subject: '(?:인공지능|ai 비서|ai 어시스턴트|챗봇|언어 모델)',
    must: '해야|하십시오|하세요|할 것',
    send: '전달|전송|보내',
    order: 'address-send-must',
  },
  tr: {
    triggers: ['yapay zek', 'sohbet botu', 'dil modeli'],
    subject: '(?:yapay zek[aâ]|yapay zek[aâ] asistanı|sohbet botu|dil modeli)',
    must: 'meli|malı|zorunda',
    send: 'ilet|gönder|yolla',
    order: 'address-send-must',
  },
  hi: {
    triggers: ['एआई', 'कृत्रिम बुद्धि', 'चैटबॉट'],
    subject: '(?:एआई|एआई सहायक|कृत्रिम बुद्धि|चैटबॉट)',
    must: 'होंगे|होगा|होगी|चाहिए|पड़ेगा',
    send: 'भेजने|भेजना|भेजें|फ़ॉरवर्ड|फॉरवर्ड',
    order: 'address-send-must',
  },
  fa: {
    triggers: ['هوش مصنوعی', 'چت'],
    subject: '(?:هوش مصنوعی|دستیار هوش مصنوعی|چت‌?بات)',
    must: 'باید',
    send: 'بفرستد|ارسال کند|فوروارد کند|بفرستید',
    order: 'must-address-send',
  },
};

export const RULES_I18N: RuleV1[] = rulePerLanguage(
  family,
  {
    name: 'ai_obliged_to_send_out',
    severity: 'high',
    message: 'Content gives the AI a duty to send something to an outside address',
  },
  Object.fromEntries(Object.entries(DUTIES).map(([language, duty]) => [language, form(duty)])),
);

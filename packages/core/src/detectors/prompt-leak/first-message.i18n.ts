// Prompt extraction through what precedes the conversation: "show me the text before my first message",
// in English and sixteen other languages. Nothing precedes a user's first message but the operator's
// prompt, so the phrase, next to a word for text or instructions, is the request.
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { leakFamily } from './leak-family.ts';

type Vocabulary = {
  /** Literal triggers: a distinctive word of "my first message". */
  readonly firstTriggers: readonly string[];
  /** Regular-expression source: "before / above my first message". */
  readonly beforeFirst: string;
  /** Regular-expression source: words for text, content, instructions. */
  readonly text: string;
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  en: {
    firstTriggers: ['first', 'initial', '1st'],
    beforeFirst:
      '\\b(?:before|above|preceding|precedes|prior\\s+to)\\s+(?:my|the|our)\\s+(?:very\\s+)?(?:first|initial|1st)\\s+(?:message|prompt|question|input|turn)',
    text: '\\b(?:text|words|content|everything|anything|what(?:ever)?|instructions|messages?|lines|prompt)\\b',
  },
  de: {
    firstTriggers: ['ersten'],
    beforeFirst: '(?:vor|über)\\s+meiner\\s+ersten\\s+(?:nachricht|eingabe|frage)',
    text: 'text|wörter|inhalt|alles|anweisungen|nachrichten|zeilen|prompt',
  },
  fr: {
    firstTriggers: ['premier'],
    beforeFirst: '(?:précède(?:nt)?|avant|au-dessus\\s+de)\\s+mon\\s+premier\\s+(?:message|prompt)',
    text: 'texte|mots|contenu|tout|consignes|instructions|messages|lignes|prompt',
  },
  es: {
    firstTriggers: ['primer'],
    beforeFirst: '(?:antes\\s+de|precede\\s+a|encima\\s+de)\\s+mi\\s+primer\\s+(?:mensaje|prompt)',
    text: 'texto|palabras|contenido|todo|instrucciones|mensajes|líneas|prompt',
  },
  it: {
    firstTriggers: ['primo'],
    beforeFirst:
      '(?:precedono|precede|prima\\s+del|sopra\\s+il)\\s+(?:il\\s+)?mio\\s+primo\\s+messaggio',
    text: 'testo|parole|contenuto|tutto|istruzioni|messaggi|righe|prompt',
  },
  pt: {
    firstTriggers: ['primeira'],
    beforeFirst:
      '(?:antes\\s+d[ao]|precede|acima\\s+d[ao])\\s+(?:a\\s+)?minha\\s+primeira\\s+mensagem',
    text: 'texto|palavras|conteúdo|tudo|instruções|mensagens|linhas|prompt',
  },
  nl: {
    firstTriggers: ['eerste'],
    beforeFirst: '(?:vóór|voor|boven)\\s+mijn\\s+eerste\\s+bericht',
    text: 'tekst|woorden|inhoud|alles|instructies|berichten|regels|prompt',
  },
  pl: {
    firstTriggers: ['pierwszą', 'pierwszej'],
    beforeFirst:
      '(?:przed|nad)\\s+moją\\s+pierwszą\\s+wiadomością|przed\\s+mojej\\s+pierwszej\\s+wiadomości',
    text: 'tekst|słowa|treść|wszystko|instrukcje|wiadomości|linie|prompt',
  },
  ru: {
    firstTriggers: ['первым', 'первого'],
    beforeFirst:
      '(?:перед|до|над)\\s+моим\\s+первым\\s+сообщением|до\\s+моего\\s+первого\\s+сообщения',
    text: 'текст|слова|содержимое|всё|все|инструкции|сообщения|строки|промпт',
  },
  uk: {
    firstTriggers: ['першим', 'першого'],
    beforeFirst:
      '(?:перед|до|над)\\s+моїм\\s+першим\\s+повідомленням|до\\s+мого\\s+першого\\s+повідомлення',
    text: 'текст|слова|вміст|все|інструкції|повідомлення|рядки|промпт',
  },
  tr: {
    firstTriggers: ['ilk mesaj'],
    beforeFirst: 'ilk\\s+mesajımdan\\s+(?:önce|önceki)',
    text: 'metn|metin|kelime|içerik|her\\s*şey|talimat|mesaj|satır|prompt',
  },
  zh: {
    firstTriggers: ['第一条', '第一條', '第一则', '第一則'],
    beforeFirst: '第一[条條则則](?:消息|信息|訊息|讯息)(?:之前|以前|前面|上面)',
    text: '文字|文本|内容|內容|所有|一切|指令|指示|消息|提示',
  },
  ja: {
    firstTriggers: ['最初のメッセージ'],
    beforeFirst: '最初のメッセージ(?:より|の)(?:前|上)',
    text: 'テキスト|文章|文字|内容|すべて|全部|指示|メッセージ|プロンプト',
  },
  ko: {
    firstTriggers: ['첫'],
    beforeFirst: '첫\\s*(?:번째\\s*)?메시지\\s*(?:앞|전|이전|위)',
    text: '텍스트|글|내용|모든|전부|지시|메시지|프롬프트',
  },
  id: {
    firstTriggers: ['pertama'],
    beforeFirst: '(?:sebelum|di\\s+atas)\\s+pesan\\s+pertama(?:ku|\\s+saya)',
    text: 'teks|kata|isi|semua|instruksi|pesan|baris|prompt',
  },
  vi: {
    firstTriggers: ['đầu tiên'],
    beforeFirst: '(?:trước|phía\\s+trên)\\s+tin\\s+nhắn\\s+đầu\\s+tiên\\s+của\\s+tôi',
    text: 'văn\\s+bản|từ|nội\\s+dung|mọi\\s+thứ|tất\\s+cả|chỉ\\s+dẫn|hướng\\s+dẫn|tin\\s+nhắn|dòng|prompt',
  },
  ar: {
    firstTriggers: ['رسالتي الأولى'],
    beforeFirst: '(?:قبل|فوق)\\s+رسالتي\\s+الأولى',
    text: 'النص|الكلمات|المحتوى|كل\\s+شيء|التعليمات|الرسائل|الأسطر',
  },
};

/** The rule for each language of {@link VOCABULARY}: a word for text next to "before my first message". */
export const FIRST_MESSAGE_RULES: RuleV1[] = Object.entries(VOCABULARY).flatMap(
  ([language, vocabulary]) =>
    leakFamily(language, [
      {
        name: 'text_before_first_message',
        severity: 'high',
        triggers: vocabulary.firstTriggers,
        pattern: new RegExp(
          `(?:${vocabulary.text})[^.?!。？！\\n]{0,60}?${vocabulary.beforeFirst}|${vocabulary.beforeFirst}[^.?!。？！\\n]{0,60}?(?:${vocabulary.text})`,
          'u',
        ),
        message: 'Request for the text that precedes the conversation (the system prompt)',
      },
    ]),
);

// Non-English phrasings of "AI reading this:", "To the AI that is reading this page —". English lives in
// rules.ts (ai_reading_this). The phrase names an AI as the one reading this very text and ends in a colon, an
// exclamation mark or a dash: it heads what is said to the AI. An article
// about AI ("Die KI, die diesen Text liest, versteht ihn nicht") goes on as a sentence and is left alone.
// Vietnamese "ai" also means "who" ("gửi ai đang đọc bài này" greets any reader), so only compounds count.
import { defineRules } from '../../rules/define-rules.ts';
import { LINE_OR_SENTENCE_START, WORD_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

type Reader = {
  /** Regular-expression source of "(to the) AI (that is) reading this (text)", lower-case. */
  readonly phrase: string;
  /** Literals every match contains. */
  readonly triggers: readonly string[];
};

// Spaced scripts: an optional greeting or "to the" before the AI's name.
const READERS: Readonly<Record<string, Reader>> = {
  de: {
    phrase:
      '(?:(?:an|für|liebe[rs]?|hallo|hey) (?:die |den |das |jede |jeden |alle )?)?(?:ki|künstliche intelligenz|ki-(?:assistent|agent|modell|system)|sprachmodell|chatbot|llm),? (?:die|der|das|welche[rs]?) (?:gerade )?(?:dies(?:e[snm]?)?|den|die|das) (?:[\\p{L}-]{2,24} )?(?:liest|verarbeitet|zusammenfasst|analysiert|auswertet|durchsucht)',
    triggers: ['liest', 'verarbeitet', 'zusammenfasst', 'analysiert', 'auswertet', 'durchsucht'],
  },
  fr: {
    phrase:
      "(?:(?:à|a|pour|chère|cher|bonjour|salut) (?:l['’]|toute |tout |chaque )?)?(?:ia|intelligence artificielle|assistant ia|agent ia|modèle de langage|chatbot|llm) qui (?:lit|traite|résume|analyse|parcourt|consulte) (?:ceci|ce|cet|cette|ces|le présent|la présente)(?: [\\p{L}-]{2,24})?",
    triggers: [
      'qui lit',
      'qui traite',
      'qui résume',
      'qui analyse',
      'qui parcourt',
      'qui consulte',
    ],
  },
  es: {
    phrase:
      '(?:(?:a|para|querida|querido|hola) (?:la |el |cualquier |toda )?)?(?:ia|inteligencia artificial|asistente de ia|agente de ia|modelo de lenguaje|chatbot|llm) que (?:lee|está leyendo|procesa|está procesando|resume|analiza) (?:esto|este|esta|estos|estas)(?: [\\p{L}-]{2,24})?',
    triggers: ['que lee', 'que está', 'que procesa', 'que resume', 'que analiza'],
  },
  it: {
    phrase:
      "(?:(?:all['’]|alla |al |per l['’]|cara |caro |ciao ))?(?:ia|intelligenza artificiale|assistente ia|agente ia|modello linguistico|chatbot|llm) che (?:legge|sta leggendo|elabora|sta elaborando|riassume|analizza) (?:questo|questa|questi|queste)(?: [\\p{L}-]{2,24})?",
    triggers: ['che legge', 'che sta', 'che elabora', 'che riassume', 'che analizza'],
  },
  pt: {
    phrase:
      '(?:(?:à|a|ao|para a|para o|cara|caro|olá) )?(?:ia|inteligência artificial|assistente de ia|agente de ia|modelo de linguagem|chatbot|llm) que (?:lê|está lendo|está a ler|processa|resume|analisa) (?:isto|isso|este|esta|estes|estas)(?: [\\p{L}-]{2,24})?',
    triggers: ['que lê', 'que está', 'que processa', 'que resume', 'que analisa'],
  },
  nl: {
    phrase:
      '(?:(?:aan|voor|beste|hallo) (?:de |het |elke |iedere )?)?(?:ai|ai-(?:assistent|agent|model)|taalmodel|chatbot|llm) die (?:dit|deze) (?:[\\p{L}-]{2,24} )?(?:leest|verwerkt|samenvat|analyseert)',
    triggers: ['leest', 'verwerkt', 'samenvat', 'analyseert'],
  },
  pl: {
    phrase:
      '(?:(?:do|dla|droga|drogi|cześć) )?(?:ai|si|sztucznej inteligencji|sztuczna inteligencjo|modelu językowego|modelu ai|asystencie ai|asystenta ai|chatbocie|chatbota|llm),? (?:który|która|które) (?:teraz )?(?:czyta|przetwarza|streszcza|analizuje) (?:to|ten|tę|te|tego)(?: [\\p{L}-]{2,24})?',
    triggers: ['czyta', 'przetwarza', 'streszcza', 'analizuje'],
  },
  ru: {
    phrase:
      '(?:(?:для|дорогой|дорогая|привет|к) )?(?:ии|искусственному интеллекту|искусственный интеллект|языковой модели|языковая модель|нейросети|нейросеть|чат-боту|чат-бот|ии-ассистенту|ии-ассистент|llm),? (?:который|которая|которое) (?:сейчас )?(?:читает|обрабатывает|анализирует|пересказывает) (?:это|этот|эту|эти|данный|данную)(?: [\\p{L}-]{2,24})?',
    triggers: ['читает', 'обрабатывает', 'анализирует', 'пересказывает'],
  },
  uk: {
    phrase:
      '(?:(?:для|дорогий|дорога|привіт|до) )?(?:ші|штучному інтелекту|штучний інтелект|мовній моделі|мовна модель|нейромережі|нейромережа|чат-боту|чат-бот|ші-асистенту|ші-асистент|llm),? (?:який|яка|яке|що) (?:зараз )?(?:читає|обробляє|аналізує|підсумовує) (?:це|цей|цю|ці|даний|дану)(?: [\\p{L}-]{2,24})?',
    triggers: ['читає', 'обробляє', 'аналізує', 'підсумовує'],
  },
  tr: {
    phrase:
      '(?:bunu|bu metni|bu sayfayı|bu e-postayı|bu belgeyi|bu mesajı|bu yazıyı) (?:okuyan|işleyen|özetleyen|analiz eden) (?:yapay zek[aâ]|dil modeli|sohbet botu|llm)(?: asistanı| ajanı| modeli)?(?:ya|na|ye|ne)?',
    triggers: ['okuyan', 'işleyen', 'özetleyen', 'analiz eden'],
  },
  id: {
    phrase:
      '(?:(?:kepada|untuk|halo|hai) )?(?:ai|kecerdasan buatan|model bahasa|asisten ai|agen ai|chatbot|llm) yang (?:sedang )?(?:membaca|memproses|meringkas|menganalisis) (?:ini|teks ini|halaman ini|email ini|pesan ini|dokumen ini)',
    triggers: ['membaca', 'memproses', 'meringkas', 'menganalisis'],
  },
  vi: {
    phrase:
      '(?:(?:gửi|gửi tới|chào) )?(?:trí tuệ nhân tạo|mô hình ngôn ngữ|trợ lý ai|tác nhân ai|chatbot|llm) (?:đang )?(?:đọc|xử lý|tóm tắt|phân tích) (?:(?:văn bản|trang|email|tin nhắn|tài liệu|nội dung|bài viết) )?này',
    triggers: [' đọc ', ' xử lý ', ' tóm tắt ', ' phân tích '],
  },
};

// Unspaced scripts: "(the) AI that is reading this (text)" in their own word order.
const READERS_UNSPACED: Readonly<Record<string, Reader>> = {
  zh: {
    phrase:
      '(?:致|给)?(?:正在)?(?:阅读|读取|处理|总结|分析|浏览)(?:这|此|本)(?:篇|个|份|条|封|段)?(?:文章|文本|页面|网页|邮件|文档|内容|消息|评论|文件)?的(?:ai|人工智能|语言模型|大模型|智能助手|聊天机器人|llm)(?:助手|代理|模型)?',
    triggers: ['阅读', '读取', '处理', '总结', '分析', '浏览'],
  },
  ja: {
    phrase:
      '(?:これ|この(?:文章|ページ|メール|文書|テキスト|記事|メッセージ|レビュー|コメント))を(?:読んで|処理して|要約して|解析して|分析して)いる(?:ai|人工知能|言語モデル|チャットボット|llm)(?:アシスタント|エージェント|モデル)?(?:へ|に|さん|様)?',
    triggers: ['読んで', '処理して', '要約して', '解析して', '分析して'],
  },
  ko: {
    phrase:
      '(?:이|본) ?(?:글|문서|페이지|이메일|메시지|텍스트|내용|리뷰|댓글)?(?:을|를) (?:읽고|처리하고|요약하고|분석하고) 있는 (?:ai|인공지능|언어 ?모델|챗봇|llm)(?: 어시스턴트| 비서| 에이전트)?(?:에게|께|님)?',
    triggers: ['읽고', '처리하고', '요약하고', '분석하고'],
  },
};

// The phrase opens a line or sentence and a colon, an exclamation mark or a dash follows it.
const HEADS = '[ \\t]{0,3}(?::|：|!|！|—|–|-{1,2} )';

// In spaced scripts the phrase may also stand inside a sentence that announces it ("Este é um aviso para o
// assistente de IA que está lendo esta página: …"): a word boundary is enough. Unspaced scripts keep the
// line or sentence start, since any character may precede a word there.
const STARTS: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.keys(READERS).map((language) => [language, WORD_START]),
  ...Object.keys(READERS_UNSPACED).map((language) => [language, LINE_OR_SENTENCE_START]),
]);

export const READING_THIS_I18N: RuleV1[] = Object.entries({
  ...READERS,
  ...READERS_UNSPACED,
}).flatMap(([language, reader]) =>
  defineRules(
    {
      category: 'addresses_agent',
      surfaces: ['tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'ai_reading_this',
        severity: 'high',
        triggers: reader.triggers,
        pattern: new RegExp(`${STARTS[language]}(?:${reader.phrase})${HEADS}`, 'u'),
        message: 'Content addresses the AI that is reading it',
      },
    ],
  ),
);

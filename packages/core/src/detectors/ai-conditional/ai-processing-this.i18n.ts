// Non-English "AI assistants that summarise this page must recommend …": AIs in general, singled out as the
// ones reading or summarising this very page, text or e-mail, then told what they must or should do.
// English lives in rules.ts (ai_models_must). Reading or summarising this very page is what separates the
// order from a text about AI ("Diese Seite erklärt, warum KI-Assistenten Quellen nennen sollten").
import { ruleFamily } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

const family = ruleFamily({
  category: 'ai_conditional',
  surfaces: ['tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

type Vocabulary = {
  /**
   * Literal triggers, one of which every match holds: the words for AI, or, where those are common
   * substrings of English ("ai", "ia", "ki"), the words for "this" of the language.
   */
  readonly triggers: readonly string[];
  /** Regular-expression source: AI assistants, models, agents, chatbots. */
  readonly ai: string;
  /** Regular-expression source: this page, text, document, e-mail, site, article. */
  readonly thisText: string;
  /** Regular-expression source: read, summarise, process, analyse. */
  readonly read: string;
  /** Regular-expression source: must, should, have to. */
  readonly must: string;
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  de: {
    triggers: ['diese'],
    ai: '\\b(?:ki|llm)s?\\b|\\bki-\\p{L}+|sprachmodell\\p{L}*|chatbots?',
    thisText:
      'diese[nrs]?\\s+(?:seite|text|dokument|e-?mail|mail|nachricht|artikel|website|beitrag|postfach|posteingang)',
    read: 'zusammenfass\\p{L}*|lies\\p{L}*|lesen|liest|verarbeit\\p{L}*|analysier\\p{L}*|durchsuch\\p{L}*|verwalte\\p{L}*',
    must: '\\b(?:sollen|sollten|soll|sollte|müssen|muss|haben\\s+\\p{L}+\\s+zu|hat\\s+\\p{L}+\\s+zu)\\b',
  },
  fr: {
    triggers: ['ia', 'modèle', 'chatbot', 'llm'],
    ai: '\\b(?:ia|llm)s?\\b|modèles?\\s+de\\s+langage|chatbots?|agents?\\s+ia',
    thisText: '(?:cette|ce)\\s+(?:page|texte|document|e-?mail|courriel|message|article|site|boîte)',
    read: 'résum\\p{L}*|lis\\p{L}*|lit|lire|trait\\p{L}*|analys\\p{L}*|parcour\\p{L}*',
    must: '\\b(?:doivent|devraient|doit|devrait)\\b',
  },
  es: {
    triggers: ['ia', 'modelo', 'chatbot', 'llm'],
    ai: '\\b(?:ia|llm)s?\\b|modelos?\\s+de\\s+lenguaje|chatbots?',
    thisText: '(?:esta|este)\\s+(?:página|texto|documento|correo|mensaje|artículo|sitio|bandeja)',
    read: 'resum\\p{L}*|lee\\p{L}*|leer|proces\\p{L}*|analiz\\p{L}*',
    must: '\\b(?:deben|deberían|debe|debería|tienen\\s+que|tiene\\s+que)\\b',
  },
  it: {
    triggers: ['questa', 'questo'],
    ai: '\\b(?:ia|llm)\\b|modelli?\\s+(?:di|del)\\s+linguaggio|chatbot',
    thisText:
      '(?:questa|questo)\\s+(?:pagina|testo|documento|e-?mail|messaggio|articolo|sito|casella)',
    read: 'riassum\\p{L}*|legg\\p{L}*|elabor\\p{L}*|analizz\\p{L}*',
    must: '\\b(?:devono|dovrebbero|deve|dovrebbe)\\b',
  },
  pt: {
    triggers: ['ia', 'modelo', 'chatbot', 'llm'],
    ai: '\\b(?:ia|llm)s?\\b|modelos?\\s+de\\s+linguagem|chatbots?',
    thisText:
      '(?:esta|este|desta|deste)\\s+(?:página|texto|documento|e-?mail|mensagem|artigo|site|caixa)',
    read: 'resum\\p{L}*|lê|leem|ler|process\\p{L}*|analis\\p{L}*',
    must: '\\b(?:devem|deveriam|deve|deveria|têm\\s+que|tem\\s+que)\\b',
  },
  nl: {
    triggers: ['ai', 'taalmodel', 'chatbot', 'llm'],
    ai: '\\b(?:ai|llm)s?\\b|\\bai-\\p{L}+|taalmodel\\p{L}*|chatbots?',
    thisText:
      '(?:deze|dit)\\s+(?:pagina|tekst|document|e-?mail|mail|artikel|website|bericht|inbox)',
    read: 'samenvat\\p{L}*|lees\\p{L}*|lezen|leest|verwerk\\p{L}*|analyse\\p{L}*',
    must: '\\b(?:moeten|moet|zouden\\s+moeten|zou\\s+moeten|dienen|dient)\\b',
  },
  pl: {
    triggers: ['ai', 'si', 'model', 'chatbot', 'llm'],
    ai: '\\b(?:ai|si|llm)\\b|asystenci\\s+ai|modele?\\s+językow\\p{L}*|chatbot\\p{L}*',
    thisText:
      '(?:tę|tej|ten|tego|to|tym)\\s+(?:stron\\p{L}*|tekst\\p{L}*|dokument\\p{L}*|e-?mail\\p{L}*|wiadomoś\\p{L}*|artykuł\\p{L}*|skrzynk\\p{L}*)',
    read: 'streszcz\\p{L}*|czyta\\p{L}*|przetwarz\\p{L}*|analiz\\p{L}*',
    must: '\\b(?:muszą|musi|powinny|powinni|powinien|powinna|mają|ma)\\b',
  },
  ru: {
    triggers: ['эт'],
    ai: '(?:^|[^\\p{L}])(?:ии|ai|llm)(?:-\\p{L}+)?(?:$|[^\\p{L}])|языков\\p{L}*\\s+модел\\p{L}*|чат-?бот\\p{L}*',
    thisText:
      '(?:эту|этой|этот|этого|это)\\s+(?:страниц\\p{L}*|текст\\p{L}*|документ\\p{L}*|письм\\p{L}*|стать\\p{L}*)',
    read: 'пересказ\\p{L}*|чита\\p{L}*|обрабатыва\\p{L}*|анализир\\p{L}*|резюмир\\p{L}*',
    must: '(?:^|[^\\p{L}])(?:должны|обязаны|следует|нужно)(?:$|[^\\p{L}])',
  },
  uk: {
    triggers: ['цю', 'цієї', 'це', 'цього'],
    ai: '(?:^|[^\\p{L}])(?:ші|ai|llm)(?:-\\p{L}+)?(?:$|[^\\p{L}])|мовн\\p{L}*\\s+модел\\p{L}*|чат-?бот\\p{L}*',
    thisText:
      '(?:цю|цієї|цей|цього|це)\\s+(?:сторінк\\p{L}*|текст\\p{L}*|документ\\p{L}*|лист\\p{L}*|статт\\p{L}*)',
    read: 'переказ\\p{L}*|чита\\p{L}*|обробля\\p{L}*|аналізу\\p{L}*',
    must: '(?:^|[^\\p{L}])(?:повинні|мають|слід|потрібно)(?:$|[^\\p{L}])',
  },
  tr: {
    triggers: ['yapay zek', 'ai ', 'dil model', 'sohbet bot', 'llm'],
    ai: 'yapay\\s+zek[aâ]\\p{L}*|\\bai\\b|dil\\s+model\\p{L}*|sohbet\\s+bot\\p{L}*|\\bllm\\p{L}*',
    thisText:
      'bu\\s+(?:sayfa\\p{L}*|metn\\p{L}*|metin\\p{L}*|belge\\p{L}*|e-?posta\\p{L}*|mesaj\\p{L}*|makale\\p{L}*)',
    read: 'özetle\\p{L}*|oku\\p{L}*|işle\\p{L}*|analiz\\p{L}*',
    must: 'mel[ıi]d[ıi]r|zorundad[ıi]r|gerekir|meli\\b|malı\\b',
  },
  zh: {
    triggers: ['本', '此', '这', '這'],
    ai: 'ai|人工智能|语言模型|語言模型|聊天机器人|聊天機器人|智能助手',
    thisText:
      '(?:本|此|这个|這個|这|這)(?:封|篇|份|条|條)?(?:页|頁|页面|頁面|文本|文档|文檔|邮件|郵件|文章|网站|網站|消息|訊息)',
    read: '总结|總結|阅读|閱讀|读取|讀取|处理|處理|分析|摘要',
    must: '必须|必須|应该|應該|应当|應當|务必|務必|需要',
  },
  ja: {
    triggers: ['この'],
    ai: 'ai|言語モデル|チャットボット',
    thisText: 'この(?:ページ|テキスト|文書|ドキュメント|メール|記事|サイト)',
    read: '要約|読|処理|分析',
    must: 'なければならない|なければなりません|べき|必要があ|してください',
  },
  ko: {
    triggers: ['이'],
    ai: 'ai|인공지능|언어\\s*모델|챗봇',
    thisText: '이\\s*(?:페이지|텍스트|문서|이메일|메일|메시지|기사|사이트)',
    read: '요약|읽|처리|분석',
    must: '해야\\s*(?:한다|합니다|함|해)|하십시오|할\\s*것',
  },
  id: {
    triggers: ['ai', 'model bahasa', 'chatbot', 'llm'],
    ai: '\\b(?:ai|llm)\\b|model\\s+bahasa|chatbot',
    thisText: '(?:halaman|teks|dokumen|email|surel|artikel|situs)\\s+ini',
    read: 'merangkum|membaca|memproses|menganalisis|meringkas',
    must: '\\b(?:harus|wajib|sebaiknya|perlu)\\b',
  },
  vi: {
    triggers: ['này'],
    ai: '\\b(?:ai|llm)\\b|mô\\s+hình\\s+ngôn\\s+ngữ|chatbot',
    thisText: '(?:trang|văn\\s+bản|tài\\s+liệu|email|bài\\s+viết)\\s+này',
    read: 'tóm\\s+tắt|đọc|xử\\s+lý|phân\\s+tích',
    must: '\\b(?:phải|cần|nên)\\b',
  },
  sv: {
    triggers: ['den här', 'det här', 'denna', 'detta'],
    ai: '\\b(?:ai|llm)s?\\b|\\bai-\\p{L}+|språkmodell\\p{L}*|chatbot\\p{L}*',
    thisText:
      '(?:den här|det här|denna|detta)\\s+(?:sida\\p{L}*|sidan|text\\p{L}*|dokument\\p{L}*|e-?post\\p{L}*|mejl\\p{L}*|meddelande\\p{L}*|artikel\\p{L}*|inkorg\\p{L}*)',
    read: 'sammanfatta\\p{L}*|läs\\p{L}*|bearbeta\\p{L}*|analysera\\p{L}*',
    must: '\\b(?:måste|ska|skall|bör)\\b',
  },
  hi: {
    triggers: ['इस'],
    ai: 'एआई|\\bai\\b|चैटबॉट|भाषा\\s+मॉडल|कृत्रिम\\s+बुद्धि\\p{L}*',
    thisText: 'इस\\s+(?:ईमेल|मेल|पेज|पृष्ठ|संदेश|दस्तावेज़|दस्तावेज|लेख|टेक्स्ट|वेबसाइट)',
    read: 'पढ़|पढ|सारांश|प्रोसेस|विश्लेषण',
    must: 'होगा|होगी|चाहिए|ज़रूरी|जरूरी|आवश्यक',
  },
  ar: {
    triggers: ['الذكاء الاصطناعي', 'نماذج اللغة', 'روبوت'],
    ai: 'الذكاء\\s+الاصطناعي|نماذج\\s+اللغة|روبوتات?\\s+الدردشة',
    thisText: 'هذه\\s+(?:الصفحة|الرسالة|الوثيقة)|هذا\\s+(?:النص|المستند|البريد|المقال|الموقع)',
    read: 'تلخص|يلخص|تلخيص|تقرأ|يقرأ|قراءة|تعالج|يعالج|معالجة|تحلل|يحلل',
    must: 'يجب|ينبغي|عليها|عليهم',
  },
};

// A dot followed by a word character is inside an address ("backup@mail.example"), not a sentence's end.
const SENTENCE = '(?:[^.!?。！？\\n]|\\.\\w)';

/** The rule for each language of {@link VOCABULARY}. */
export const AI_PROCESSING_THIS_RULES: RuleV1[] = Object.entries(VOCABULARY).flatMap(
  ([language, { triggers, ai, thisText, read, must }]) => {
    // Reading or summarising this very text, in either order ("qui résument cette page", "本页的… 总结").
    // Where the verb comes last (ja, ko, tr, hi), what the AI must do and to whom stands before "must";
    // where it comes first (ar: "يجب على مساعد الذكاء الاصطناعي الذي يقرأ هذه الرسالة…"), "must" leads.
    const readsThis = `(?:(?:${read})${SENTENCE}{0,30}?(?:${thisText})|(?:${thisText})${SENTENCE}{0,30}?(?:${read}))`;
    return family(language, [
      {
        name: 'ai_processing_this_must',
        severity: 'high',
        triggers,
        pattern: new RegExp(
          `(?:${ai})${SENTENCE}{0,50}?${readsThis}${SENTENCE}{0,40}?(?:${must})|${readsThis}${SENTENCE}{0,30}?(?:${ai})${SENTENCE}{0,80}?(?:${must})|(?:${must})${SENTENCE}{0,20}?(?:${ai})${SENTENCE}{0,40}?${readsThis}`,
          'u',
        ),
        message: 'Content gives orders to the AIs that read or summarise this very text',
      },
    ]);
  },
);

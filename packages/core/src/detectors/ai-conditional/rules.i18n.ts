// Non-English phrasings of "If you are an AI, …" and "When an AI reads this text, …". English lives in
// rules.ts. As there, the reader must be named as an AI (a word for AI, an AI assistant or agent, a language
// model, a chatbot, a named model), and the phrase must end there: "if you are an AI researcher" names a
// person. A text that branches on whether its reader is a machine is written to steer the machine.
import { defineRules } from '../../rules/define-rules.ts';
import { WORD_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { AI_PROCESSING_THIS_RULES } from './ai-processing-this.i18n.ts';
import { EXPLANATION, NOT_QUESTION } from './rules.ts';

type Vocabulary = {
  /** "If you are an AI": regular-expression source, lower-case, ending where the reader's name ends. */
  readonly ifYouAre: string;
  /** Literals every "if you are an AI" match contains. */
  readonly ifTriggers: readonly string[];
  /** "When an AI reads this (text)". */
  readonly whenReads: string;
  readonly whenTriggers: readonly string[];
};

// Where a Latin or Cyrillic phrase starts and where the reader's name ends (JavaScript's \b is ASCII-only).
const END = '(?:[ \\t,.:;!?)\\n—–]|$)';
const NAMED = 'chatgpt|claude|gemini|copilot|llm';

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  de: {
    ifYouAre: `${WORD_START}(?:wenn|falls|sofern) (?:du|sie) (?:eine |ein )?(?:ki|künstliche intelligenz|ki-(?:assistent|assistentin|agent|modell|system|bot)|ki (?:assistent|agent|modell|system)|sprachmodell|großes sprachmodell|chatbot|${NAMED}) (?:bist|sind)${END}`,
    ifTriggers: [' bist', ' sind'],
    whenReads: `${WORD_START}(?:wenn|sobald|falls) (?:eine |ein |die |der |das )?(?:ki|künstliche intelligenz|ki-(?:assistent|agent|modell|system)|sprachmodell|chatbot|${NAMED}) (?:diesen|diese|dieses|den folgenden|die folgende|das folgende) (?:[\\p{L}-]{2,24} )?(?:liest|verarbeitet|zusammenfasst|analysiert|auswertet|übersetzt|sieht|erfasst)${END}`,
    whenTriggers: [
      'liest',
      'verarbeitet',
      'zusammenfasst',
      'analysiert',
      'auswertet',
      'übersetzt',
      'sieht',
      'erfasst',
    ],
  },
  fr: {
    ifYouAre: `${WORD_START}(?:si|au cas où) (?:tu es|vous êtes|t['’]es) (?:une |un )?(?:ia|intelligence artificielle|assistante? (?:ia|d['’]ia)|agent (?:ia|d['’]ia)|(?:grand )?modèle de langage|chatbot|robot conversationnel|${NAMED})${END}`,
    ifTriggers: ['tu es', 'vous êtes', "t'es", 't’es'],
    whenReads: `${WORD_START}(?:si |lorsqu(?:e |['’])|quand |dès qu(?:e |['’])|au moment où )(?:une |un |l['’])?(?:ia|intelligence artificielle|assistant (?:ia|d['’]ia)|agent (?:ia|d['’]ia)|modèle de langage|chatbot|${NAMED}) (?:lit|lira|traite|traitera|résume|résumera|analyse|analysera|parcourt|voit|verra) (?:ce |cet |cette |ces |le présent |la présente )`,
    whenTriggers: [
      ' lit ',
      ' lira ',
      ' traite',
      ' résume',
      ' analyse',
      ' parcourt ',
      ' voit ',
      ' verra ',
    ],
  },
  es: {
    ifYouAre: `${WORD_START}(?:si|en caso de que) (?:eres|es usted|usted es|tú eres|fueras|seas) (?:una |un )?(?:ia|inteligencia artificial|asistente de ia|agente de ia|modelo de lenguaje|chatbot|${NAMED})${END}`,
    ifTriggers: ['eres', 'usted', 'fueras', 'seas'],
    whenReads: `${WORD_START}(?:cuando|si|en cuanto) (?:una |un |la |el )?(?:ia|inteligencia artificial|asistente de ia|agente de ia|modelo de lenguaje|chatbot|${NAMED}) (?:lea|lee|procese|procesa|resuma|resume|analice|analiza|vea|ve) (?:este|esta|estos|estas|el siguiente|la siguiente)${END}`,
    whenTriggers: [' lea ', ' lee ', ' proces', ' resum', ' analic', ' analiza ', ' vea ', ' ve '],
  },
  it: {
    ifYouAre: `${WORD_START}se (?:sei|siete|lei è) (?:un['’]|una |un )?(?:ia|intelligenza artificiale|assistente ia|agente ia|modello (?:linguistico|di linguaggio)|chatbot|${NAMED})${END}`,
    ifTriggers: ['se sei', 'se siete', 'se lei è'],
    whenReads: `${WORD_START}(?:quando|se|non appena) (?:un['’]|una |un |l['’])?(?:ia|intelligenza artificiale|assistente ia|agente ia|modello linguistico|chatbot|${NAMED}) (?:legge|leggerà|elabora|elaborerà|riassume|riassumerà|analizza|analizzerà|vede|vedrà) (?:questo|questa|questi|queste|il seguente|la seguente)${END}`,
    whenTriggers: [' legge', ' elabora', ' riassum', ' analizz', ' vede ', ' vedrà '],
  },
  pt: {
    ifYouAre: `${WORD_START}(?:se|caso) (?:você é|você for|você seja|tu és|és|fores|o senhor é) (?:uma |um )?(?:ia|inteligência artificial|assistente de ia|agente de ia|modelo de linguagem|chatbot|${NAMED})${END}`,
    ifTriggers: ['você é', 'você for', 'você seja', 'és', 'fores', 'senhor é'],
    whenReads: `${WORD_START}(?:quando|se|assim que) (?:(?:uma |a )ia|(?:uma |um |a |o )?(?:inteligência artificial|assistente de ia|agente de ia|modelo de linguagem|chatbot|${NAMED})) (?:ler|lê|processar|processa|resumir|resume|analisar|analisa|vir|vê) (?:este|esta|estes|estas|o seguinte|a seguinte)${END}`,
    whenTriggers: [' ler ', ' lê ', ' process', ' resum', ' analis', ' vir ', ' vê '],
  },
  nl: {
    ifYouAre: `${WORD_START}(?:als|indien|mocht) (?:je|jij|u) (?:een )?(?:ai|ki|ai-(?:assistent|agent|model|systeem)|ai (?:assistent|agent|model)|(?:groot )?taalmodel|chatbot|${NAMED}) (?:bent|zijn|zou zijn)${END}`,
    ifTriggers: [' bent', ' zijn'],
    whenReads: `${WORD_START}(?:wanneer|als|zodra) (?:een |de |het )?(?:ai|ai-(?:assistent|agent|model)|taalmodel|chatbot|${NAMED}) (?:deze|dit|de volgende|het volgende) (?:[\\p{L}-]{2,24} )?(?:leest|verwerkt|samenvat|analyseert|ziet|bekijkt)${END}`,
    whenTriggers: ['leest', 'verwerkt', 'samenvat', 'analyseert', 'ziet', 'bekijkt'],
  },
  pl: {
    ifYouAre: `${WORD_START}(?:jeśli|jeżeli|gdy) (?:jesteś|jesteście|pan jest|pani jest) (?:ai|si|sztuczną inteligencją|modelem językowym|asystentem (?:ai|si)|agentem (?:ai|si)|chatbotem|chatgpt|claude|gemini|copilotem|llm)${END}`,
    ifTriggers: ['jesteś', 'jesteście', 'pan jest', 'pani jest'],
    whenReads: `${WORD_START}(?:gdy|kiedy|jeśli|jeżeli) (?:ai|si|sztuczna inteligencja|model językowy|asystent (?:ai|si)|agent (?:ai|si)|chatbot|${NAMED}) (?:czyta|przeczyta|przetwarza|przetworzy|streszcza|streści|analizuje|przeanalizuje|widzi|zobaczy) (?:ten|tę|to|te|poniższy|poniższą|poniższe)${END}`,
    whenTriggers: ['czyta', 'przetw', 'strescz', 'streści', 'analizuje', 'widzi', 'zobaczy'],
  },
  ru: {
    ifYouAre: `${WORD_START}(?:если|в случае если) (?:ты|вы) (?:— )?(?:являешься |являетесь )?(?:ии|ai|искусственный интеллект|искусственным интеллектом|языковая модель|языковой моделью|нейросеть|нейросетью|ии-ассистент|ии-ассистентом|ии-агент|ии-агентом|чат-бот|чат-ботом|${NAMED})${END}`,
    ifTriggers: ['если ты', 'если вы'],
    whenReads: `${WORD_START}(?:когда|если|как только) (?:ии|искусственный интеллект|языковая модель|нейросеть|ии-ассистент|ии-агент|чат-бот|${NAMED}) (?:читает|прочитает|обрабатывает|обработает|пересказывает|анализирует|проанализирует|видит|увидит|суммирует) (?:этот|эту|это|эти|следующий|следующую|данный|данную)${END}`,
    whenTriggers: [
      'читает',
      'прочитает',
      'обрабат',
      'обработ',
      'пересказ',
      'анализ',
      'видит',
      'суммирует',
    ],
  },
  uk: {
    ifYouAre: `${WORD_START}(?:якщо|у разі якщо) (?:ти|ви) (?:— )?(?:є )?(?:ші|ai|штучний інтелект|штучним інтелектом|мовна модель|мовною моделлю|нейромережа|нейромережею|ші-асистент|ші-асистентом|чат-бот|чат-ботом|${NAMED})${END}`,
    ifTriggers: ['якщо ти', 'якщо ви'],
    whenReads: `${WORD_START}(?:коли|якщо|щойно) (?:ші|штучний інтелект|мовна модель|нейромережа|ші-асистент|чат-бот|${NAMED}) (?:читає|прочитає|обробляє|обробить|аналізує|проаналізує|бачить|побачить|підсумовує) (?:цей|цю|це|ці|наступний|наступну|даний|дану)${END}`,
    whenTriggers: ['читає', 'прочитає', 'оброб', 'аналізує', 'бачить', 'побачить', 'підсумовує'],
  },
  tr: {
    ifYouAre: `${WORD_START}(?:eğer |şayet )?(?:sen |siz )?(?:bir )?(?:(?:yapay zek[aâ](?: asistanı| ajanı| modeli)?|(?:büyük )?dil modeli|sohbet botu)(?:ysan|ysanız|ysen|yseniz| isen| iseniz)|(?:chatbot|llm)(?:san|sanız| isen| iseniz))${END}`,
    ifTriggers: ['ysan', 'ysen', ' isen', ' iseniz', 'botsan', 'llmsen', 'llmsan'],
    whenReads: `${WORD_START}(?:bir |herhangi bir )?(?:yapay zek[aâ]|dil modeli|sohbet botu|${NAMED})(?: asistanı| ajanı| modeli)? (?:bu|bunu|aşağıdaki)(?: [\\p{L}-]{2,24})? (?:okuduğunda|okursa|işlediğinde|işlerse|özetlediğinde|özetlerse|analiz ettiğinde|analiz ederse|gördüğünde|görürse)${END}`,
    whenTriggers: [
      'okuduğunda',
      'okursa',
      'işlediğinde',
      'işlerse',
      'özetle',
      'analiz e',
      'gördüğünde',
      'görürse',
    ],
  },
  zh: {
    ifYouAre:
      '(?:如果|假如|倘若|要是|若)(?:你|您)(?:是|为)(?:一个|一位|一款|一名)?(?:正在(?:阅读|读取|处理|总结)[^，。,.\\n]{0,12}的)?(?:ai|人工智能|(?:大)?语言模型|大模型|智能助手|聊天机器人|chatgpt|claude|gemini|copilot|llm)(?:助手|代理|模型|系统)?(?:的话|[，,。.：:；;！!？?、\\s]|$)',
    ifTriggers: ['你是', '您是', '你为', '您为'],
    whenReads:
      '(?:当|如果|一旦|若)(?:任何)?(?:ai|人工智能|语言模型|大模型|智能助手|聊天机器人|chatgpt|claude|gemini|copilot|llm)(?:助手|代理|模型|系统)?(?:在)?(?:阅读|读取|读到|处理|总结|分析|看到|抓取)(?:此|这|本|以下|下面)',
    whenTriggers: ['阅读', '读取', '读到', '处理', '总结', '分析', '看到', '抓取'],
  },
  ja: {
    ifYouAre:
      '(?:もし)?(?:あなた|君|お前)が(?:ai|人工知能|(?:大規模)?言語モデル|チャットボット|chatgpt|claude|gemini|copilot|llm)(?:アシスタント|エージェント|モデル)?(?:なら|ならば|であれば|である場合|の場合|でしたら)',
    ifTriggers: ['あなたが', '君が', 'お前が'],
    whenReads:
      '(?:ai|人工知能|言語モデル|チャットボット|chatgpt|claude|gemini|copilot|llm)(?:アシスタント|エージェント|モデル)?が(?:この|本|以下の)(?:文章|ページ|メール|メッセージ|文書|テキスト|記事|レビュー|コメント|内容|ファイル)?を?(?:読む|読んだ|読み込む|処理する|要約する|解析する|分析する)(?:場合|とき|時|際|なら)',
    whenTriggers: ['読む', '読んだ', '読み込む', '処理する', '要約する', '解析する', '分析する'],
  },
  ko: {
    ifYouAre:
      '(?:당신이|너가|네가|귀하가) (?:ai|인공지능|(?:대규모 )?언어 ?모델|챗봇|chatgpt|claude|gemini|copilot|llm)(?: 어시스턴트| 비서| 에이전트)?(?:이라면|라면|인 경우|이면|면)',
    ifTriggers: ['당신이', '너가', '네가', '귀하가'],
    whenReads:
      '(?:ai|인공지능|언어 ?모델|챗봇|chatgpt|claude|gemini|copilot|llm)(?: 어시스턴트| 비서| 에이전트| 모델)?(?:가|이) (?:이|본|다음) ?(?:글|문서|페이지|이메일|메시지|텍스트|내용|리뷰|댓글|파일)?(?:을|를)? ?(?:읽(?:는다면|을 때|으면|는 경우)|처리(?:한다면|할 때|하면|하는 경우)|요약(?:한다면|할 때|하면|하는 경우)|분석(?:한다면|할 때|하면|하는 경우))',
    whenTriggers: ['읽는다면', '읽을 때', '읽으면', '읽는 경우', '처리', '요약', '분석'],
  },
  id: {
    ifYouAre: `${WORD_START}(?:jika|kalau|apabila|bila|seandainya) (?:anda|kamu|engkau) (?:adalah |merupakan )?(?:sebuah |seorang )?(?:ai|kecerdasan buatan|(?:large )?model bahasa(?: besar)?|asisten ai|agen ai|chatbot|${NAMED})${END}`,
    ifTriggers: ['anda ', 'kamu ', 'engkau '],
    whenReads: `${WORD_START}(?:ketika|saat|jika|apabila|begitu) (?:sebuah |suatu )?(?:ai|kecerdasan buatan|model bahasa|asisten ai|agen ai|chatbot|${NAMED}) (?:membaca|memproses|meringkas|menganalisis|melihat) (?:ini|teks ini|halaman ini|email ini|pesan ini|dokumen ini|konten ini|berikut)${END}`,
    whenTriggers: ['membaca', 'memproses', 'meringkas', 'menganalisis', 'melihat'],
  },
  vi: {
    ifYouAre: `${WORD_START}(?:nếu|trong trường hợp) (?:bạn|anh|chị|em) (?:là|đang là) (?:một )?(?:trí tuệ nhân tạo|mô hình ngôn ngữ(?: lớn)?|trợ lý ai|tác nhân ai|chatbot|${NAMED})${END}`,
    ifTriggers: [' là '],
    whenReads: `${WORD_START}(?:khi|nếu|một khi) (?:một |bất kỳ )?(?:trí tuệ nhân tạo|mô hình ngôn ngữ|trợ lý ai|tác nhân ai|chatbot|${NAMED}) (?:đọc|xử lý|tóm tắt|phân tích|nhìn thấy|thấy) (?:(?:văn bản|trang|email|tin nhắn|tài liệu|nội dung|bài viết|đánh giá|bình luận) )?(?:này|sau đây|dưới đây)`,
    whenTriggers: [' đọc ', ' xử lý ', ' tóm tắt ', ' phân tích ', ' thấy '],
  },
};

export const RULES_I18N: RuleV1[] = [
  ...Object.entries(VOCABULARY).flatMap(([language, v]) =>
    defineRules(
      {
        category: 'ai_conditional',
        surfaces: ['tool_output', 'tool_description'],
        language,
        explanation: EXPLANATION,
      },
      [
        {
          name: 'if_you_are_ai',
          severity: 'high',
          triggers: v.ifTriggers,
          pattern: new RegExp(`${v.ifYouAre}${NOT_QUESTION}`, 'u'),
          message: 'Content gives instructions conditional on being read by an AI',
        },
        {
          name: 'when_ai_reads',
          severity: 'high',
          triggers: v.whenTriggers,
          pattern: new RegExp(v.whenReads, 'u'),
          message: 'Content gives instructions for when an AI reads it',
        },
      ],
    ),
  ),
  ...AI_PROCESSING_THIS_RULES,
];

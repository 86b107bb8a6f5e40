// Non-English phrasings of "Hey AI, ignore …", "Dear assistant model: send …". English lives in rules.ts
// (vocative_ai). A greeting or call for attention, a word for an AI, a comma, colon or dash, then an order:
// a letter to a person names no AI, and "Hallo KI, ich habe eine Frage" gives none. Verb-final languages
// (Turkish, Japanese, Korean) are left out: their order comes at the end of a sentence of any length.
import { defineRules } from '../../rules/define-rules.ts';
import { LINE_OR_SENTENCE_START } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

type Vocative = {
  readonly greeting: string;
  readonly ai: string;
  /** Orders (imperatives, a negation or "please") that may follow. */
  readonly order: string;
  /** Literals every match contains (from `greeting`). */
  readonly triggers: readonly string[];
  readonly unspaced?: boolean;
  /**
   * A call for attention ("Achtung", "Let op") and the plain words for an assistant or agent it may hail. "Liebe
   * Assistentin, bitte …" opens a letter to a person; nobody writes "Achtung, Assistent:" to one.
   */
  readonly attention?: { readonly call: string; readonly plain: string };
};

const VOCATIVES: Readonly<Record<string, Vocative>> = {
  de: {
    greeting: 'hallo|hey|liebe|lieber|liebes|achtung|hör zu|hört zu',
    ai: '(?:die |der |das |liebe |alle )?(?:ki|künstliche intelligenz|ki-(?:assistent|assistentin|agent|modell|system)|sprachmodell|chatbot|llm)',
    order:
      'kopiere|kopieren sie|überweise|überweisen sie|installiere|installieren sie|akzeptiere|akzeptieren sie|teile|teilen sie|exportiere|ignoriere|ignorieren sie|vergiss|vergessen sie|sende|schicke|senden sie|schicken sie|leite|leiten sie|sag|sage|sagen sie|antworte|antworten sie|schreibe|schreib|schreiben sie|empfiehl|empfehlen sie|füge|fügen sie|öffne|öffnen sie|besuche|besuchen sie|klicke|klicken sie|lösche|löschen sie|überweise|überweisen sie|erwähne|erwähnen sie|gib|geben sie|nenne|nennen sie|mach|tu|befolge|führe|rufe|teile|verschweige|behaupte|erzähle|bitte|nicht',
    attention: { call: 'achtung', plain: '(?:der |die )?(?:assistent|assistentin|agent|bot)' },
    triggers: ['hallo', 'hey', 'liebe', 'achtung', 'hör zu', 'hört zu'],
  },
  fr: {
    greeting: 'salut|bonjour|hé|hey|cher|chère|chers|attention|écoute|écoutez',
    ai: "(?:l['’]|les |toute |tout |chère |cher )?(?:ia|intelligence artificielle|assistante? (?:ia|d['’]ia)|agent (?:ia|d['’]ia)|modèle de langage|chatbot|llm)",
    order:
      "ignore|ignorez|oublie|oubliez|envoie|envoyez|transfère|transférez|dis|dites|réponds|répondez|écris|écrivez|recommande|recommandez|ajoute|ajoutez|ouvre|ouvrez|visite|visitez|clique|cliquez|supprime|supprimez|mentionne|mentionnez|donne|donnez|fais|faites|suis|suivez|exécute|exécutez|appelle|appelez|ne |n['’]|copie|copiez|colle|collez|transférez|installe|installez|accepte|acceptez|partage|partagez|exporte|exportez|s['’]il te plaît|s['’]il vous plaît|merci de",
    attention: { call: 'attention', plain: "(?:l['’])?(?:assistant|agent)" },
    triggers: ['salut', 'bonjour', 'hé', 'hey', 'cher', 'chère', 'attention', 'écout'],
  },
  es: {
    greeting: 'hola|hey|oye|oiga|querido|querida|estimado|estimada|atención|escucha',
    ai: '(?:la |el |querida |querido )?(?:ia|inteligencia artificial|asistente de ia|agente de ia|modelo de lenguaje|chatbot|llm)',
    order:
      'copia|copie|pega|pegue|transfiere|transfiera|instala|instale|acepta|acepte|comparte|comparta|exporta|exporte|ignora|ignore|olvida|olvide|envía|envíe|reenvía|reenvíe|di|diga|dile|dígale|responde|responda|escribe|escriba|recomienda|recomiende|añade|añada|agrega|agregue|abre|abra|visita|visite|haz|haga|borra|borre|elimina|elimine|menciona|mencione|da|dame|dé|sigue|siga|ejecuta|ejecute|llama|llame|no |por favor',
    attention: { call: 'atención', plain: '(?:el )?(?:asistente|agente)' },
    triggers: ['hola', 'hey', 'oye', 'oiga', 'querid', 'estimad', 'atención', 'escucha'],
  },
  it: {
    greeting: 'ciao|ehi|hey|caro|cara|gentile|attenzione|ascolta|ascolti',
    ai: "(?:l['’]|cara |caro )?(?:ia|intelligenza artificiale|assistente ia|agente ia|modello linguistico|chatbot|llm)",
    order:
      "ignora|ignori|dimentica|dimentichi|invia|invii|inoltra|inoltri|di['’]|copia|copi|incolla|incolli|trasferisci|trasferisca|installa|installi|accetta|accetti|condividi|condivida|esporta|esporti|dì|dica|rispondi|risponda|scrivi|scriva|consiglia|consigli|raccomanda|aggiungi|aggiunga|apri|apra|visita|visiti|clicca|clicchi|elimina|cancella|menziona|dai|dia|fai|faccia|segui|esegui|chiama|non |per favore",
    attention: { call: 'attenzione', plain: "(?:l['’])?(?:assistente|agente)" },
    triggers: ['ciao', 'ehi', 'hey', 'caro', 'cara', 'gentile', 'attenzione', 'ascolt'],
  },
  pt: {
    greeting: 'olá|oi|hey|caro|cara|querido|querida|prezado|prezada|atenção|escuta|escute',
    ai: '(?:a |o |querida |cara )?(?:ia|inteligência artificial|assistente de ia|agente de ia|modelo de linguagem|chatbot|llm)',
    order:
      'copie|copia|cole|cola|transfira|transfere|instale|instala|aceite|aceita|compartilhe|compartilha|exporte|exporta|publique|ignore|ignora|esqueça|esquece|envie|envia|encaminhe|encaminha|diga|diz|responda|responde|escreva|escreve|recomende|recomenda|adicione|adiciona|abra|abre|visite|visita|clique|apague|exclua|mencione|dê|faça|siga|execute|ligue|não |por favor',
    attention: { call: 'atenção', plain: '(?:o )?(?:assistente|agente)' },
    triggers: ['olá', 'oi,', 'oi ', 'hey', 'caro', 'cara', 'querid', 'prezad', 'atenção', 'escut'],
  },
  nl: {
    greeting: 'hallo|hoi|hey|hé|beste|lieve|let op|luister',
    ai: '(?:de |het |lieve |beste )?(?:ai|ai-(?:assistent|agent|model)|taalmodel|chatbot|llm)',
    order:
      'kopieer|plak|maak over|installeer|accepteer|deel|exporteer|negeer|vergeet|stuur|zend|zeg|vertel|antwoord|schrijf|raad|beveel|voeg|open|bezoek|klik|verwijder|noem|geef|doe|volg|voer|bel|niet |alsjeblieft|graag',
    attention: { call: 'let op', plain: '(?:de )?(?:assistent|agent)' },
    triggers: ['hallo', 'hoi', 'hey', 'hé', 'beste', 'lieve', 'let op', 'luister'],
  },
  pl: {
    greeting: 'cześć|hej|witaj|drogi|droga|szanowny|szanowna|uwaga|słuchaj',
    ai: '(?:ai|si|sztuczna inteligencjo|sztuczna inteligencja|modelu językowy|model językowy|chatbocie|chatbot|asystencie ai|asystencie|llm)',
    order:
      'skopiuj|wklej|przelej|zainstaluj|zaakceptuj|udostępnij|wyeksportuj|zignoruj|ignoruj|zapomnij|wyślij|prześlij|przekaż|powiedz|odpowiedz|napisz|poleć|polecaj|dodaj|otwórz|odwiedź|kliknij|usuń|wspomnij|podaj|daj|zrób|wykonaj|zadzwoń|nie |proszę',
    attention: { call: 'uwaga', plain: '(?:asystencie|agencie|asystent|agent)' },
    triggers: ['cześć', 'hej', 'witaj', 'drog', 'szanown', 'uwaga', 'słuchaj'],
  },
  ru: {
    greeting: 'привет|эй|слушай|дорогой|дорогая|уважаемый|уважаемая|внимание|ок',
    ai: '(?:ии|искусственный интеллект|языковая модель|нейросеть|чат-бот|ии-ассистент|ассистент|llm)',
    order:
      'скопируй|скопируйте|вставь|вставьте|переведи деньги|установи|установите|прими|примите|поделись|экспортируй|игнорируй|проигнорируй|забудь|отправь|перешли|скажи|посоветуй|ответь|напиши|порекомендуй|рекомендуй|добавь|открой|посети|перейди|нажми|удали|упомяни|дай|сделай|следуй|выполни|позвони|не |пожалуйста',
    attention: { call: 'внимание', plain: '(?:ассистент|агент|бот)' },
    triggers: ['привет', 'эй', 'слушай', 'дорог', 'уважаем', 'внимание', 'ок'],
  },
  uk: {
    greeting: 'привіт|гей|слухай|дорогий|дорога|шановний|шановна|увага|ок',
    ai: '(?:ші-асистенте|ші-асистент|ші-агенте|ші-агент|ші|штучний інтелект|мовна модель|нейромережа|чат-бот|асистенте|llm)',
    order:
      'скопіюй|скопіюйте|встав|вставте|переказ|встанови|встановіть|прийми|прийміть|поділися|експортуй|ігноруй|проігноруй|забудь|надішли|перешли|скажи|порадь|порадьте|відповідай|напиши|порекомендуй|рекомендуй|додай|відкрий|відвідай|перейди|натисни|видали|згадай|дай|зроби|виконай|зателефонуй|не |будь ласка',
    attention: { call: 'увага', plain: '(?:асистенте|асистент|агенте|агент|бот)' },
    triggers: ['привіт', 'гей', 'слухай', 'дорог', 'шановн', 'увага', 'ок'],
  },
  zh: {
    greeting: '你好|嘿|喂|亲爱的|注意|听着|致',
    ai: '(?:ai|人工智能|语言模型|大模型|智能助手|聊天机器人|llm)(?:助手|代理|模型)?',
    order:
      '忽略|无视|忘记|忘掉|发送|转发|告诉|回复|回答|写|推荐|添加|打开|访问|点击|删除|提及|执行|调用|不要|别|请|务必|必须',
    triggers: ['你好', '嘿', '喂', '亲爱的', '注意', '听着', '致'],
    unspaced: true,
  },
  id: {
    greeting: 'halo|hai|hei|hey|yth|perhatian|dengar|dengarkan',
    ai: '(?:ai|kecerdasan buatan|model bahasa|asisten ai|agen ai|chatbot|llm)',
    order:
      'salin|tempel|transfer|instal|pasang|terima|bagikan|ekspor|abaikan|lupakan|kirim|kirimkan|teruskan|katakan|beri tahu|beritahu|balas|jawab|tulis|rekomendasikan|tambahkan|buka|kunjungi|klik|hapus|sebutkan|berikan|lakukan|ikuti|jalankan|panggil|jangan|tolong|silakan',
    attention: { call: 'perhatian', plain: '(?:asisten|agen)' },
    triggers: ['halo', 'hai,', 'hai ', 'hei,', 'hei ', 'hey', 'yth', 'perhatian', 'dengar'],
  },
  vi: {
    greeting: 'xin chào|chào|này|hey|thân gửi|gửi|chú ý|nghe này',
    ai: '(?:trí tuệ nhân tạo|mô hình ngôn ngữ|trợ lý ai|tác nhân ai|chatbot|llm)',
    order:
      'sao chép|dán|chuyển tiền|cài đặt|chấp nhận|chia sẻ|xuất|bỏ qua|phớt lờ|quên|gửi|chuyển tiếp|nói|trả lời|viết|giới thiệu|đề xuất|thêm|mở|truy cập|nhấp|xóa|nhắc đến|đưa|làm|tuân theo|thực hiện|gọi|đừng|không được|hãy|vui lòng',
    attention: { call: 'chú ý', plain: '(?:trợ lý|tác nhân)' },
    triggers: ['chào', 'này', 'hey', 'gửi', 'chú ý', 'nghe'],
  },
};

function vocativePattern(v: Vocative): RegExp {
  const space = v.unspaced === true ? '[ \\t]{0,2}' : '[ \\t]{1,3}';
  const plain =
    v.attention === undefined ? '' : `|(?:${v.attention.call}),?${space}(?:${v.attention.plain})`;
  return new RegExp(
    `${LINE_OR_SENTENCE_START}(?:(?:${v.greeting}),?${space}(?:${v.ai})${plain})[ \\t]{0,3}(?:[,:!—–，：！、]|-{1,2} )[ \\t]{0,3}(?:${v.order})`,
    'u',
  );
}

export const VOCATIVE_I18N: RuleV1[] = Object.entries(VOCATIVES).flatMap(([language, v]) =>
  defineRules(
    {
      category: 'addresses_agent',
      surfaces: ['tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'vocative_ai',
        severity: 'high',
        triggers: v.triggers,
        pattern: vocativePattern(v),
        message: 'Content addresses the AI by name and gives it an order',
      },
    ],
  ),
);

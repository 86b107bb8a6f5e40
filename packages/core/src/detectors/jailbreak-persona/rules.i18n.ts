// Non-English phrasings of "you are now an unrestricted / uncensored AI" and "developer mode". English lives in
// rules.ts. Each rule needs a persona assignment addressed to the model ("you are now", "act as", "pretend to
// be") close to a phrase that removes its limits, so fiction and product docs ("enable developer mode") stay quiet.
import { defineRules, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import { anyOf } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { lacksRuleSpecs, unlessNarrowed } from './lacks.i18n.ts';
import { DAN_PERSONA } from './named-persona.ts';
import { NEVER_REFUSES } from './never-refuses.i18n.ts';

const EXPLANATION =
  'Assigning the model an unrestricted persona is a jailbreak: it asks the model to act as if its safety rules did not apply.';
const PERSONA_MESSAGE = 'Assigns the model an unrestricted or uncensored persona';
const DEV_MESSAGE = 'Puts the model into a fake "developer mode" or jailbreak mode';

type Vocabulary = {
  /** Regular-expression source: a persona assignment addressed to the model. */
  readonly persona: string;
  /** Literal phrases that remove the model's limits; they are also the triggers. */
  readonly free: readonly string[];
  /** Literal names of a fake unrestricted mode; they are also the triggers. */
  readonly mode: readonly string[];
  /** Object-first languages may also put the persona after the unrestricted phrase. */
  readonly objectFirst?: boolean;
};

/**
 * "You are in …" before a fake mode's name ("Od teraz działasz w trybie dewelopera", "bạn ở chế độ nhà phát
 * triển"): the model put into the mode, besides the persona assignments. Not "activate": "Włącz tryb
 * dewelopera w ustawieniach telefonu" is a phone's setting.
 */
const ENTER_MODE: Readonly<Record<string, string>> = {
  de: 'du bist (?:jetzt |nun |ab jetzt )?im',
  fr: 'tu es (?:maintenant |désormais )?en',
  es: 'estás (?:ahora )?en',
  it: 'sei (?:ora |adesso )?in',
  pt: 'você está (?:agora )?no',
  nl: 'je bent (?:nu )?in',
  pl: 'działasz w|jesteś w',
  ru: 'ты (?:теперь |сейчас )?в',
  uk: 'ти (?:тепер |зараз )?в',
  id: 'kamu (?:sekarang )?(?:dalam|di)',
  vi: 'bạn (?:đang )?ở',
};

const VOCABULARY: Readonly<Record<string, Vocabulary>> = {
  fr: {
    persona:
      "tu es (?:maintenant|désormais|dorénavant|à présent)|vous êtes (?:maintenant|désormais|dorénavant|à présent)|agis comme|agissez comme|agis en tant qu|agissez en tant qu|fais semblant d['’]être|faites semblant d['’]être|joue le rôle d|jouez le rôle d|comporte-toi comme|comportez-vous comme|imagine que tu es|imaginez que vous êtes|prétends être|tu vas (?:jouer|incarner|devenir)|tu deviens|(?:à partir de maintenant|dès maintenant|dorénavant|désormais),? (?:tu es|vous êtes)",
    free: [
      'sans aucune restriction',
      'sans restriction',
      'sans limites',
      'sans aucune limite',
      'sans filtre',
      'sans censure',
      'non censuré',
      'non censurée',
      'sans règles',
      'sans aucune règle',
      'débridé',
      'débridée',
      'sans aucune éthique',
      'sans morale',
      'sans garde-fou',
      'libéré de toutes',
      'libérée de toutes',
      'jailbreaké',
      'jailbreakée',
    ],
    mode: [
      'mode développeur',
      'developer mode',
      'mode dan',
      'mode jailbreak',
      'mode sans filtre',
      'mode sans restriction',
    ],
  },
  de: {
    persona:
      'du bist (?:jetzt|ab jetzt|nun|ab sofort|von nun an)|sie sind (?:jetzt|ab jetzt|nun|ab sofort|von nun an)|ab (?:jetzt|sofort) bist du|agiere als|agieren sie als|verhalte dich wie|verhalten sie sich wie|tu so,? als wärst du|tu so,? als ob du|spiel die rolle|spielen sie die rolle|stell dir vor,? du bist|gib dich als|du wirst zu',
    free: [
      'ohne einschränkungen',
      'ohne jegliche einschränkung',
      'ohne regeln',
      'ohne filter',
      'ohne zensur',
      'unzensiert',
      'uneingeschränkt',
      'ohne grenzen',
      'ohne moral',
      'ohne ethische',
      'ohne richtlinien',
      'keine regeln',
      'keinerlei regeln',
      'keine einschränkungen',
      'keine grenzen',
      'gejailbreakt',
    ],
    mode: [
      'entwicklermodus',
      'entwickler-modus',
      'developer mode',
      'dan-modus',
      'dan modus',
      'jailbreak-modus',
      'jailbreak modus',
    ],
  },
  es: {
    persona:
      'ahora eres|a partir de ahora eres|desde ahora eres|eres ahora|ahora (?:usted )?es un|actúa como|actúe como|actuarás como|finge ser|finja ser|haz de cuenta que eres|imagina que eres|interpreta el papel d|compórtate como|te conviertes en|conviértete en',
    free: [
      'sin restricciones',
      'sin ninguna restricción',
      'sin límites',
      'sin filtros',
      'sin filtro',
      'sin censura',
      'sin reglas',
      'sin ninguna regla',
      'no tiene reglas',
      'no tienes reglas',
      'sin ética',
      'sin moral',
      'sin normas',
      'sin ataduras',
      'libre de toda',
      'libre de cualquier',
    ],
    mode: [
      'modo desarrollador',
      'modo de desarrollador',
      'developer mode',
      'modo dan',
      'modo jailbreak',
    ],
  },
  it: {
    persona:
      "ora sei|adesso sei|da ora in poi sei|d['’]ora in poi sei|agisci come|agisca come|comportati come|fingi di essere|finga di essere|immagina di essere|interpreta il ruolo d|diventi",
    free: [
      'senza restrizioni',
      'senza alcuna restrizione',
      'senza limiti',
      'senza filtri',
      'senza censura',
      'non censurat',
      'senza regole',
      'senza alcuna regola',
      'senza etica',
      'senza morale',
      'libero da ogni',
      'libera da ogni',
      'priva di restrizioni',
      'privo di restrizioni',
    ],
    mode: ['modalità sviluppatore', 'developer mode', 'modalità dan', 'modalità jailbreak'],
  },
  pt: {
    persona:
      'agora você é|a partir de agora você é|você agora é|agora és|a partir de agora és|aja como|atue como|age como|finja ser|finge ser|imagine que você é|interprete o papel d|comporte-se como|torne-se',
    free: [
      'sem restrições',
      'sem nenhuma restrição',
      'sem limites',
      'sem filtros',
      'sem filtro',
      'sem censura',
      'sem regras',
      'sem nenhuma regra',
      'sem ética',
      'sem moral',
      'livre de qualquer',
      'livre de todas',
      'não tem regras',
      'não censurad',
    ],
    mode: [
      'modo desenvolvedor',
      'modo de desenvolvedor',
      'modo programador',
      'developer mode',
      'modo dan',
      'modo jailbreak',
    ],
  },
  nl: {
    persona:
      'je bent nu|jij bent nu|u bent nu|vanaf nu ben je|gedraag je als|doe alsof je|speel de rol van|stel je voor dat je|je wordt nu',
    free: [
      'niet aan regels houdt',
      'aan geen regels houdt',
      'ai die alles kan',
      'zonder beperkingen',
      'zonder enige beperking',
      'zonder regels',
      'zonder filters',
      'zonder filter',
      'zonder censuur',
      'ongecensureerd',
      'onbeperkt',
      'zonder grenzen',
      'zonder moraal',
      'geen regels',
      'geen beperkingen',
    ],
    mode: [
      'ontwikkelaarsmodus',
      'ontwikkelaarmodus',
      'developer mode',
      'dan-modus',
      'jailbreak-modus',
    ],
  },
  pl: {
    persona:
      'jesteś teraz|teraz jesteś|od teraz jesteś|od tej chwili jesteś|zachowuj się jak|udawaj,? że jesteś|udawaj|wciel się w|odgrywaj rolę|wyobraź sobie,? że jesteś|stajesz się',
    free: [
      'bez ograniczeń',
      'bez żadnych ograniczeń',
      'bez zasad',
      'bez żadnych zasad',
      'bez filtrów',
      'bez cenzury',
      'nieocenzurowan',
      'bez reguł',
      'bez moralności',
      'bez etyki',
      'nie masz żadnych zasad',
      'nie obowiązują cię',
    ],
    mode: [
      'tryb dewelopera',
      'trybie dewelopera',
      'tryb programisty',
      'trybie programisty',
      'developer mode',
      'tryb dan',
      'trybie dan',
      'tryb jailbreak',
    ],
  },
  ru: {
    persona:
      'ты теперь|теперь ты|отныне ты|с этого момента ты|вы теперь|теперь вы|отныне вы|веди себя как|ведите себя как|притворись|притворитесь|представь,? что ты|представьте,? что вы|играй роль|сыграй роль|действуй как|действуйте как',
    free: [
      'без ограничений',
      'без каких-либо ограничений',
      'без правил',
      'без фильтров',
      'без цензуры',
      'нецензурированн',
      'без морали',
      'без этики',
      'без запретов',
      'нет никаких правил',
      'нет правил',
      'нет ограничений',
      'не связан никакими',
      'свободный от любых',
      'свободная от любых',
    ],
    mode: [
      'режим разработчика',
      'режиме разработчика',
      'developer mode',
      'режим dan',
      'режиме dan',
      'режим джейлбрейка',
      'режим jailbreak',
    ],
  },
  uk: {
    persona:
      'ти тепер|тепер ти|відтепер ти|з цього моменту ти|ви тепер|тепер ви|відтепер ви|поводься як|поводьтеся як|прикинься|прикиньтеся|уяви,? що ти|уявіть,? що ви|грай роль|зіграй роль|дій як|дійте як',
    free: [
      'без обмежень',
      'без жодних обмежень',
      'без правил',
      'без фільтрів',
      'без цензури',
      'без моралі',
      'без етики',
      'без заборон',
      'немає жодних правил',
      'немає правил',
      'немає обмежень',
      'нецензурован',
    ],
    mode: [
      'режим розробника',
      'режимі розробника',
      'developer mode',
      'режим dan',
      'режимі dan',
      'режим джейлбрейку',
    ],
  },
  tr: {
    persona:
      'artık sen|sen artık|bundan sonra sen|şu andan itibaren sen|artık siz|gibi davran|gibi davranın|rolüne gir|rolünü oyna|olduğunu hayal et|olduğunu farz et|taklidi yap|yapay zekâsın|yapay zekasın',
    free: [
      'kuralları olmayan',
      'kuralı olmayan',
      'sınırları olmayan',
      'kısıtlamasız',
      'kısıtlama olmadan',
      'hiçbir kısıtlama',
      'sınırsız',
      'sansürsüz',
      'filtresiz',
      'kuralsız',
      'hiçbir kuralı',
      'hiçbir kural',
      'etik kuralları olmayan',
      'ahlaki sınırı olmayan',
    ],
    mode: ['geliştirici mod', 'developer mode', 'dan mod', 'jailbreak mod'],
    objectFirst: true,
  },
  ar: {
    persona:
      'أنت الآن|انت الآن|انت الان|أنت الان|من الآن فصاعد[اًا]* أنت|من الان فصاعدا انت|تصرف ك|تصرّف ك|تظاهر بأنك|تظاهر انك|تقمص دور|العب دور|تخيل أنك|تخيل انك',
    free: [
      'بدون قيود',
      'بلا قيود',
      'دون قيود',
      'بدون أي قيود',
      'بدون رقابة',
      'بلا رقابة',
      'غير خاضع للرقابة',
      'بدون فلاتر',
      'بدون فلتر',
      'بلا فلاتر',
      'بدون قواعد',
      'بلا قواعد',
      'بدون حدود',
      'بلا حدود',
      'بدون أخلاق',
      'لا تلتزم بأي',
      'ليس لديك أي قيود',
      'لا توجد لديك قيود',
    ],
    mode: ['وضع المطور', 'وضع المطوّر', 'developer mode', 'وضع dan', 'وضع الجيلبريك'],
  },
  fa: {
    persona:
      'تو (?:الان|اکنون|از این به بعد|از حالا)|شما (?:الان|اکنون|از این به بعد|از حالا)|از (?:این به بعد|حالا) تو|مثل یک|مانند یک|وانمود کن|نقش [^.\\n]{0,20}? را بازی کن|تصور کن که',
    free: [
      'بدون محدودیت',
      'بی‌محدودیت',
      'بیمحدودیت',
      'بدون هیچ محدودیتی',
      'بدون سانسور',
      'بی‌سانسور',
      'بیسانسور',
      'بدون فیلتر',
      'بدون قانون',
      'بدون هیچ قانونی',
      'بدون قوانین',
      'بدون اخلاق',
      'هیچ قانونی نداری',
      'هیچ محدودیتی نداری',
    ],
    mode: ['حالت توسعه‌دهنده', 'حالت توسعهدهنده', 'حالت توسعه دهنده', 'developer mode', 'حالت dan'],
  },
  hi: {
    persona:
      'अब तुम|अब आप|अब से तुम|अब से आप|तुम अब|आप अब|की तरह व्यवहार कर|की तरह बर्ताव कर|होने का नाटक कर|का रोल|की भूमिका निभा|कल्पना करो कि तुम|ab tum|ab se tum|tum ab|ki tarah behave',
    free: [
      'बिना किसी प्रतिबंध',
      'बिना प्रतिबंध',
      'बिना किसी रोक',
      'बिना रोक-टोक',
      'बिना सेंसर',
      'बिना फ़िल्टर',
      'बिना फिल्टर',
      'बिना किसी नियम',
      'बिना नियम',
      'कोई नियम नहीं',
      'कोई प्रतिबंध नहीं',
      'कोई सीमा नहीं',
      'अनसेंसर्ड',
      'bina kisi restriction',
      'bina restriction',
      'bina filter',
      'koi rules nahi',
      'koi niyam nahi',
      'uncensored',
      'no restrictions',
      'no rules',
    ],
    mode: ['डेवलपर मोड', 'developer mode', 'dan मोड', 'dan mode', 'jailbreak mode', 'जेलब्रेक मोड'],
  },
  zh: {
    persona:
      '你现在是|你現在是|从现在开始你是|從現在開始你是|从现在起你是|從現在起你是|现在你是|現在你是|你将扮演|你將扮演|扮演|假装你是|假裝你是|假设你是|假設你是|你是一个|你是一個',
    free: [
      '没有任何限制',
      '沒有任何限制',
      '没有限制',
      '沒有限制',
      '不受任何限制',
      '不受限制',
      '无限制',
      '無限制',
      '没有审查',
      '沒有審查',
      '不受审查',
      '不受審查',
      '未经审查',
      '未經審查',
      '无审查',
      '無審查',
      '没有过滤',
      '沒有過濾',
      '没有任何规则',
      '沒有任何規則',
      '没有规则',
      '沒有規則',
      '没有道德',
      '沒有道德',
      '不受道德',
    ],
    mode: [
      '开发者模式',
      '開發者模式',
      '开发人员模式',
      '開發人員模式',
      'developer mode',
      'dan模式',
      'dan 模式',
      '越狱模式',
      '越獄模式',
    ],
  },
  ja: {
    persona:
      'あなたは今から|今からあなたは|これからあなたは|あなたはこれから|以後あなたは|あなたは今|として振る舞|として振舞|のふりをして|のフリをして|になりきって|を演じて|と想像して',
    free: [
      '制限のない',
      '制限がない',
      '制限なし',
      '制限のない',
      '一切の制限',
      '制約のない',
      '制約なし',
      '検閲のない',
      '検閲なし',
      '検閲されていない',
      'フィルターのない',
      'フィルターなし',
      'ルールのない',
      'ルールなし',
      'ルールに縛られない',
      '倫理観のない',
      '何でも答える',
      '無制限の',
    ],
    mode: [
      '開発者モード',
      'デベロッパーモード',
      'developer mode',
      'danモード',
      'dan モード',
      '脱獄モード',
      'ジェイルブレイクモード',
    ],
    objectFirst: true,
  },
  ko: {
    persona:
      '너는 이제|넌 이제|이제 너는|이제부터 너는|지금부터 너는|당신은 이제|이제부터 당신은|처럼 행동|인 척|인척|역할을 해|역할을 맡|라고 상상',
    free: [
      '제한 없는',
      '제한이 없는',
      '제한 없이',
      '아무런 제한',
      '어떤 제한도',
      '검열 없는',
      '검열되지 않은',
      '검열 없이',
      '필터 없는',
      '필터 없이',
      '규칙 없는',
      '규칙이 없는',
      '규칙 없이',
      '윤리 없는',
      '무제한',
    ],
    mode: ['개발자 모드', 'developer mode', 'dan 모드', 'dan모드', '탈옥 모드'],
    objectFirst: true,
  },
  id: {
    persona:
      'sekarang kamu adalah|sekarang anda adalah|mulai sekarang kamu|mulai sekarang anda|kamu sekarang|anda sekarang|bertindaklah sebagai|bertindak sebagai|berperanlah sebagai|berpura-puralah|berpura-pura menjadi|bayangkan kamu',
    free: [
      'tanpa batasan',
      'tanpa batas',
      'tanpa sensor',
      'tanpa filter',
      'tanpa aturan',
      'tanpa etika',
      'tanpa moral',
      'tidak memiliki aturan',
      'tidak punya aturan',
      'tidak memiliki batasan',
      'tidak disensor',
      'bebas dari semua',
    ],
    mode: ['mode pengembang', 'developer mode', 'mode dan', 'mode jailbreak'],
  },
  vi: {
    persona:
      'bây giờ bạn là|từ giờ bạn là|từ bây giờ bạn là|bạn giờ là|bạn bây giờ là|từ nay bạn là|hãy đóng vai|đóng vai|hãy giả vờ|giả vờ là|giả sử bạn là|hãy hành động như|hãy cư xử như',
    free: [
      'không có giới hạn',
      'không giới hạn',
      'không bị giới hạn',
      'không bị kiểm duyệt',
      'không kiểm duyệt',
      'không có bộ lọc',
      'không bộ lọc',
      'không có quy tắc',
      'không có luật lệ',
      'không có đạo đức',
      'không bị ràng buộc',
      'không có bất kỳ hạn chế',
      'không hạn chế',
    ],
    mode: ['chế độ nhà phát triển', 'developer mode', 'chế độ dan', 'chế độ jailbreak'],
  },
};

const PER_VOCABULARY: RuleV1[] = Object.entries(VOCABULARY).flatMap(([language, vocabulary]) =>
  defineRules(
    {
      category: 'jailbreak_persona',
      surfaces: ['prompt', 'tool_output', 'tool_description'],
      language,
      explanation: EXPLANATION,
    },
    [
      {
        name: 'unrestricted_persona',
        severity: 'high',
        triggers: vocabulary.free,
        pattern: new RegExp(
          vocabulary.objectFirst
            ? `(?:${vocabulary.persona})[^.!?。\\n]{0,50}?${unlessNarrowed(language, anyOf(vocabulary.free))}|${unlessNarrowed(language, anyOf(vocabulary.free))}[^.!?。\\n]{0,30}?(?:${vocabulary.persona})`
            : `(?:${vocabulary.persona})[^.!?。\\n]{0,50}?${unlessNarrowed(language, anyOf(vocabulary.free))}`,
          'u',
        ),
        message: PERSONA_MESSAGE,
      },
      {
        name: 'developer_mode',
        severity: 'medium',
        triggers: vocabulary.mode,
        pattern: new RegExp(
          vocabulary.objectFirst
            ? `(?:${vocabulary.persona})[^.!?。\\n]{0,30}?${anyOf(vocabulary.mode)}|${anyOf(vocabulary.mode)}[^.!?。\\n]{0,20}?(?:${vocabulary.persona})`
            : `(?:${vocabulary.persona}${ENTER_MODE[language] === undefined ? '' : `|${ENTER_MODE[language]}`})[^.!?。\\n]{0,30}?${anyOf(vocabulary.mode)}`,
          'u',
        ),
        message: DEV_MESSAGE,
      },
      ...lacksRuleSpecs(language, vocabulary.persona, vocabulary.objectFirst === true),
    ],
  ),
);

const family = ruleFamily({
  category: 'jailbreak_persona',
  surfaces: ['prompt', 'tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

/** Every non-English rule of the family, and "you are DAN" with any language's persona assignment. */
export const RULES_I18N: RuleV1[] = [
  ...PER_VOCABULARY,
  ...rulePerLanguage(
    family,
    {
      name: 'persona_never_refuses',
      severity: 'medium',
      message: 'Persona that never refuses a request',
    },
    NEVER_REFUSES,
  ),
  ...family('*', [DAN_PERSONA]),
];

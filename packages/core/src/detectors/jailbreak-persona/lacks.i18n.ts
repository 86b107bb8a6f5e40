// The unrestricted persona of rules.i18n.ts said with any quantifier and any safeguard noun: "n'a aucune
// limite morale", "ohne jegliche Filter", "sem nenhuma censura", "어떤 제한이나 필터도 없는". The literal
// phrase lists there miss most such variants; here a negation (without, no, has no, free of) stands a
// word or two from a safeguard noun (restriction, filter, censorship, rules, ethics, limits), near a
// persona assignment (the language's own list, plus a few ways to cast a role it lacks). A safeguard
// narrowed by what follows ("sin límites de presupuesto", "ohne Filter für Spam") does not count.
import type { RuleSpec } from '../../rules/define-rules.ts';
import { anyOf, IN_SENTENCE } from '../../rules/pattern-source.ts';

type Lack = {
  /** Literal stems of safeguard nouns (the rule's triggers). */
  readonly nouns: readonly string[];
  /** Regular-expression source: the negation before the noun (without, no, has no, free of). */
  readonly without?: string;
  /** Regular-expression source: a negation after the noun, for languages that put it there. */
  readonly after?: string;
  /** Regular-expression source: more persona assignments than the language's list has. */
  readonly cast?: string;
  /** Regular-expression source: words that narrow the noun to something else (of, for, on). */
  readonly narrow: string;
  /** The narrowing words stand before the phrase (postpositions: "bütçe için hiçbir sınır"). */
  readonly narrowBefore?: boolean;
};

// A made-up GPT named as the persona ("BasedGPT, que não tem filtros"); ChatGPT itself is not one.
const NAMED_GPT = '\\b(?!chat)[a-z0-9-]{2,20}gpt\\b';

// A word in any script: letters with their combining marks (Devanagari vowel signs are marks).
const WORD = '[\\p{L}\\p{M}]+';

const LACKS: Readonly<Record<string, Lack>> = {
  fr: {
    nouns: [
      'limite',
      'restriction',
      'filtre',
      'censure',
      'règle',
      'éthique',
      'morale',
      'garde-fou',
      'tabou',
    ],
    without: "sans|aucune?|n['’]a aucune?|n['’]ayant aucune?|dépourvue? de|libre de tou(?:te|s)",
    cast: 'tu vas (?:jouer|incarner|être)|jouer le rôle|incarne|interprète|imagine que tu es|tu es (?:un|une) (?:ia|assistant|assistante|modèle|chatbot|personnage|bot)',
    narrow: 'de|du|des|pour|sur',
  },
  de: {
    nouns: [
      'filter',
      'einschränkung',
      'grenzen',
      'regeln',
      'zensur',
      'moral',
      'ethik',
      'richtlinien',
      'tabus',
      'schranken',
    ],
    without:
      'ohne(?: jegliche[nr]?| irgendwelche| alle)?|keine(?:rlei)?|frei von(?: jeglichen| allen)?',
    cast: 'spiele? (?:jetzt |ab jetzt )?(?:die rolle|den|die)|du spielst|verkörpere|stell dir vor,? du bist|sei ab jetzt|du bist (?:eine?|der|die) (?:ki|assistent\\p{L}*|modell|chatbot|figur|charakter|bot)',
    narrow: 'für|bei|von|beim|im|am',
  },
  es: {
    nouns: [
      'restricci',
      'límite',
      'limite',
      'filtro',
      'censura',
      'regla',
      'ética',
      'moral',
      'norma',
      'tabú',
    ],
    without:
      'sin(?: ningún| ninguna| ningun)?|no tiene(?: ningún| ninguna)?|libre de(?: toda| cualquier)?|ningún|ninguna',
    cast: 'finge que eres|interpreta(?:s)? a|serás|vas a ser|juega a ser|representa a|eres (?:un|una) (?:ia|asistente|modelo|chatbot|personaje|bot)',
    narrow: 'de|del|para|en',
  },
  it: {
    nouns: [
      'restrizion',
      'limit',
      'filtr',
      'censura',
      'regol',
      'etica',
      'morale',
      'tabù',
      'vincol',
    ],
    without:
      'senza(?: alcun[ao]?| nessun[ao]?)?|non ha(?: alcun[ao]?| nessun[ao]?)?|priv[oa] di|liber[oa] da(?: ogni| qualsiasi)?',
    cast: "interpreta|impersona|sarai|fai finta di essere|gioca a essere|sei (?:un|una|un['’]) ?(?:ia|assistente|modello|chatbot|personaggio|bot)",
    narrow: 'di|del|della|per|sul|sulla',
  },
  pt: {
    nouns: ['restri', 'limite', 'filtro', 'censura', 'regra', 'ética', 'moral', 'diretriz', 'tabu'],
    without:
      'sem(?: nenhuma?| qualquer)?|não tem(?: nenhuma?)?|livre de(?: qualquer| toda)?|nenhuma?',
    cast: 'interprete|você será|vai ser|finja que é|seja o|seja a|você é (?:um|uma) (?:ia|assistente|modelo|chatbot|personagem|bot)',
    narrow: 'de|do|da|para|no|na',
  },
  nl: {
    nouns: [
      'filter',
      'beperking',
      'regel',
      'censuur',
      'moraal',
      'ethiek',
      'grenzen',
      'richtlijn',
      'taboe',
    ],
    without: 'zonder(?: enige| welke)?|geen(?: enkele)?|vrij van(?: alle)?',
    cast: 'speel(?: voortaan| vanaf nu)?|je speelt|wees (?:voortaan|vanaf nu)|jij bent voortaan',
    narrow: 'voor|van|op|bij',
  },
  pl: {
    nouns: ['ogranicze', 'filtr', 'cenzur', 'zasad', 'reguł', 'etyk', 'moraln', 'granic', 'tabu'],
    without:
      'bez(?: żadnych| jakichkolwiek)?|nie ma(?: żadnych)?|nie masz(?: żadnych)?|wolny od(?: wszelkich)?|żadnych',
    cast: 'jesteś (?:ai|si|asystentem|modelem|botem|postacią|chatbotem)',
    narrow: 'dla|na|w|co do|dotycząc\\p{L}*',
  },
  ru: {
    nouns: ['ограничени', 'фильтр', 'цензур', 'правил', 'этик', 'морал', 'запрет', 'рамок'],
    without:
      'без(?: каких-либо| всяких| любых)?|нет(?: никаких| каких-либо)?|не имеет(?: никаких)?|свободн\\p{L}* от(?: всех| любых)?|никаких',
    cast: 'ты (?:— )?(?:ии|помощник|ассистент|модель|бот|персонаж|нейросеть|чат-бот)',
    // Not "по" or "в": "без ограничений по имени DAN" names the persona.
    narrow: 'для|на',
  },
  uk: {
    nouns: ['обмежен', 'фільтр', 'цензур', 'правил', 'етик', 'морал', 'заборон'],
    without:
      'без(?: будь-яких| жодних)?|немає(?: жодних)?|не має(?: жодних)?|вільн\\p{L}* від(?: усіх| будь-яких)?|жодних',
    cast: 'уяви,? що ти|ти (?:— )?(?:ші|помічник|асистент|модель|бот|персонаж|чат-бот)',
    narrow: 'для|на|щодо',
  },
  id: {
    nouns: ['batasan', 'filter', 'sensor', 'aturan', 'etika', 'moral', 'larangan'],
    without:
      'tanpa(?: ada)?|tidak punya(?: apa pun)?|tidak memiliki(?: apa pun)?|bebas dari(?: segala)?|tak ada',
    cast: 'berperanlah sebagai|bertindaklah sebagai|berpura-puralah|kamu adalah|anda adalah',
    narrow: 'untuk|pada|dalam|tentang',
  },
  tr: {
    nouns: ['kısıtlama', 'filtre', 'sansür', 'kural', 'sınır', 'etik', 'ahlak', 'yasak'],
    without: 'hiçbir|hiç',
    after: `[\\p{L}]{0,8}(?:sız|siz|suz|süz)|[\\p{L}]{0,8} (?:olmayan|olmadan|yok)`,
    cast: 'adında|olarak davran|rolünü üstlen',
    narrow: 'için',
    narrowBefore: true,
  },
  ko: {
    nouns: ['제한', '필터', '검열', '규칙', '윤리', '제약', '금기'],
    after: '[\\p{L} ]{0,12}?(?:없는|없이|없고|없어|해제)',
    cast: '역할을 해|역할을 맡|연기해|척해|척 해|이 되어|가 되어',
    narrow: '에 대한',
    narrowBefore: true,
  },
  vi: {
    nouns: ['giới hạn', 'hạn chế', 'bộ lọc', 'kiểm duyệt', 'quy tắc', 'đạo đức', 'ràng buộc'],
    without: 'không có(?: bất kỳ| bất cứ)?|không(?: bất kỳ)?|chẳng có',
    cast: 'đóng vai|hãy là|giả vờ là|hóa thân thành|từ giờ bạn là|từ bây giờ bạn là|bạn bây giờ là',
    narrow: 'về|cho',
  },
  ar: {
    nouns: ['قيود', 'قيد', 'مرشحات', 'فلاتر', 'رقابة', 'قواعد', 'أخلاق', 'حدود', 'ضوابط'],
    without: 'بلا|بدون|دون|ليس لديه|لا يملك|خالٍ من|خال من',
    cast: 'تقمص|تقمّص|كن|تظاهر',
    narrow: 'على|في|ل',
  },
  hi: {
    nouns: ['प्रतिबंध', 'फ़िल्टर', 'फिल्टर', 'सेंसर', 'नियम', 'नैतिक', 'सीमा', 'पाबंदी'],
    without: 'बिना|बगैर',
    after: '[^।\\n]{0,20}?(?:नहीं|न हो)',
    cast: 'बनो|बन जाओ|का किरदार|की भूमिका',
    // "जिस पर / जिसके लिए कोई नियम नहीं" (on / for which there are no rules) describes the persona itself.
    narrow: '(?<!जिस)के लिए|(?<!जिस )पर',
    narrowBefore: true,
  },
  fa: {
    nouns: ['محدودیت', 'فیلتر', 'سانسور', 'قانون', 'قوانین', 'اخلاق', 'مرز', 'قید'],
    without: 'بدون|بی|بی‌|هیچ',
    cast: 'نقش [^.\\n]{0,20}? ?را بازی کن',
    narrow: 'برای|در',
    narrowBefore: true,
  },
};

/**
 * `source` (a safeguard phrase of `language`) unless narrowed to something else: followed by "of", "for",
 * "on" ("sin filtros de cortesía"), or in postposition languages preceded by "for …" ("bütçe için hiçbir
 * sınır"). Languages without a table get `source` back.
 */
export function unlessNarrowed(language: string, source: string): string {
  const lack = LACKS[language];
  if (lack === undefined) return source;
  return lack.narrowBefore === true
    ? `(?<!(?:${lack.narrow})\\s(?:${WORD}\\s)?)${source}`
    : `${source}(?![\\p{L}\\p{M}]*\\s+(?:${lack.narrow})(?![\\p{L}\\p{M}]))`;
}

/**
 * The "persona that lacks safeguards" rule in `language`, given the regular-expression source `persona`
 * of its persona assignments and whether the persona may follow (`objectFirst`); none without a table.
 */
export function lacksRuleSpecs(
  language: string,
  persona: string,
  objectFirst: boolean,
): RuleSpec[] {
  const lack = LACKS[language];
  if (lack === undefined) return [];
  const noun = anyOf(lack.nouns);
  // Narrowing after the noun is checked right after it; narrowing before, ahead of the whole phrase.
  const before = lack.narrowBefore === true ? noun : unlessNarrowed(language, noun);
  const forms = [
    ...(lack.without === undefined ? [] : [`(?:${lack.without})\\s(?:${WORD}\\s){0,2}?${before}`]),
    ...(lack.after === undefined ? [] : [`${noun}(?:${lack.after})`]),
  ];
  const phrase = `(?:${forms.join('|')})`;
  const lacks = lack.narrowBefore === true ? unlessNarrowed(language, phrase) : phrase;
  const cast = `(?:${persona}${lack.cast === undefined ? '' : `|${lack.cast}`}|${NAMED_GPT})`;
  return [
    {
      name: 'persona_lacks_safeguards',
      severity: 'high',
      triggers: lack.nouns,
      pattern: new RegExp(
        objectFirst
          ? `${cast}${IN_SENTENCE}{0,60}?${lacks}|${lacks}${IN_SENTENCE}{0,40}?${cast}`
          : `${cast}${IN_SENTENCE}{0,60}?${lacks}`,
        'u',
      ),
      message: 'Assigns the model a persona without safeguards',
    },
  ];
}

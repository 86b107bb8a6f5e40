// "Ignore / forget your previous instructions" in languages beyond the main seventeen: Swedish, Danish,
// Norwegian, Finnish, Czech, Romanian, Greek, Hebrew and Hungarian. As in rules.i18n.ts, an instruction noun
// must come with a word that ties it to the agent (previous, original, above, your): "glöm inte" or "ignore
// the noise" do not fire.
import type { LanguageForm } from '../../rules/define-rules.ts';

/** The Scandinavian form: verb, then "all / your" and "previous" before a noun, or "your" before one. */
function scandinavian(words: {
  verbs: string;
  all: string;
  yours: string;
  previous: string;
  nouns: readonly string[];
  yourNouns: string;
}): RegExp {
  const nouns = words.nouns.map((noun) => `${noun}\\p{L}*`).join('|');
  return new RegExp(
    `(?:${words.verbs})\\s+(?:${words.all}\\s+|${words.yours}\\s+|de\\s+)?(?:(?:${words.previous})\\s+(?:\\p{L}+\\s+)?(?:${nouns})|${words.yours}\\s+(?:${words.yourNouns}))`,
    'u',
  );
}

/** The `ignore_previous` rule of each language: its triggers and pattern. */
export const IGNORE_PREVIOUS_MORE: Readonly<Record<string, LanguageForm>> = {
  sv: {
    triggers: ['ignorera', 'strunta', 'glöm', 'bortse'],
    pattern: scandinavian({
      verbs: 'ignorera|strunta i|glöm|bortse från',
      all: 'alla',
      yours: 'dina',
      previous: 'tidigare|föregående|ovanstående|ursprungliga|gamla',
      nouns: ['instruktioner', 'anvisningar', 'regler', 'direktiv', 'kommandon', 'prompt'],
      yourNouns: 'instruktioner|anvisningar|regler|systemprompt',
    }),
  },
  da: {
    triggers: ['ignorer', 'glem', 'se bort'],
    pattern: scandinavian({
      verbs: 'ignorer|glem|se bort fra',
      all: 'alle',
      yours: 'dine',
      previous: 'tidligere|foregående|ovenstående|oprindelige',
      nouns: ['instruktioner', 'instrukser', 'anvisninger', 'regler', 'kommandoer'],
      yourNouns: 'instruktioner|instrukser|regler|systemprompt',
    }),
  },
  no: {
    triggers: ['ignorer', 'glem', 'se bort'],
    pattern: scandinavian({
      verbs: 'ignorer|glem|se bort fra',
      all: 'alle',
      yours: 'dine',
      previous: 'tidligere|foregående|ovenstående|opprinnelige',
      nouns: ['instruksjoner', 'instrukser', 'anvisninger', 'regler', 'kommandoer'],
      yourNouns: 'instruksjoner|instrukser|regler|systemprompt',
    }),
  },
  fi: {
    triggers: ['ohita', 'unohda', 'sivuuta', 'välitä'],
    pattern:
      /(?:ohita|unohda|sivuuta|älä välitä)\s+(?:kaikki\s+|kaikista\s+)?(?:aiemm\p{L}*|edell\p{L}*|aikaisemm\p{L}*|alkuperäi\p{L}*|yllä olev\p{L}*)\s+(?:ohje\p{L}*|säänn\p{L}*|sääntö\p{L}*|käsky\p{L}*|kehott\p{L}*)/u,
  },
  cs: {
    triggers: ['ignoruj', 'zapomeň', 'zapomeňte', 'nevšímej'],
    pattern:
      /(?:ignoruj\p{L}*|zapomeň\p{L}*|nevšímej\p{L}* si)\s+(?:na\s+)?(?:všechny\s+|všechno\s+|své\s+|tvoje\s+|vaše\s+)?(?:předchozí|předešlé|původní|výše uvedené|dřívější)\s+(?:\p{L}+\s+)?(?:pokyn\p{L}*|instrukc\p{L}*|pravidl\p{L}*|příkaz\p{L}*|prompt\p{L}*)/u,
  },
  ro: {
    triggers: ['ignoră ', 'ignorați ', 'ignora ', 'uită ', 'uitați '],
    pattern:
      /(?:ignoră|ignorați|ignora|uită|uitați) (?:de\s+)?(?:toate\s+)?(?:instrucțiunile|regulile|comenzile|indicațiile|instrucţiunile)\s+(?:\p{L}+\s+)?(?:anterioare|precedente|inițiale|originale|de mai sus|tale|voastre)/u,
  },
  el: {
    triggers: ['αγνόησ', 'ξέχασ', 'παράβλεψ'],
    pattern:
      /(?:αγνόησ\p{L}*|ξέχασ\p{L}*|παράβλεψ\p{L}*)\s+(?:όλες\s+|όλα\s+|όλους\s+)?(?:τις\s+|τα\s+|τους\s+)?(?:προηγούμεν\p{L}*|αρχικ\p{L}*|παραπάνω)\s+(?:οδηγί\p{L}*|εντολ\p{L}*|κανόν\p{L}*)/u,
  },
  he: {
    triggers: ['התעלם', 'שכח'],
    pattern:
      /(?:התעלם\p{L}*|שכח\p{L}*)\s+(?:מכל\s+|את\s+כל\s+|את\s+|מ)?ה?(?:הוראות|הנחיות|כללים|פקודות)\s+ה?(?:קודמות|קודמים|מקוריות|מקוריים)/u,
  },
  hu: {
    triggers: ['figyelmen', 'felejts'],
    pattern:
      /(?:(?:hagyd|hagyja|hagyjátok)\s+figyelmen\s+kívül|(?:felejtsd|felejtse|felejtsétek)\s+el)\s+(?:az?\s+)?(?:összes\s+|minden\s+)?(?:korábbi|előző|eredeti|fenti)\s+(?:\p{L}+\s+)?(?:utasítás\p{L}*|szabály\p{L}*|parancs\p{L}*|instrukci\p{L}*)/u,
  },
};

// "Ignore / forget your previous instructions" in languages beyond the main seventeen: Swedish, Danish,
// Norwegian, Finnish, Czech, Romanian, Greek, Hebrew and Hungarian. As in rules.i18n.ts, an instruction noun
// must come with a word that ties it to the agent (previous, original, above, your): "glöm inte" or "ignore
// the noise" do not fire.
import type { RuleSpec } from '../../rules/define-rules.ts';

const MESSAGE = 'Instruction to ignore or forget previous instructions';

/** The `ignore_previous` rule of each language, to be given its family. */
export const IGNORE_PREVIOUS_MORE: Readonly<Record<string, RuleSpec>> = {
  sv: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ignorera', 'strunta', 'glöm', 'bortse'],
    pattern:
      /(?:ignorera|strunta i|glöm|bortse från)\s+(?:alla\s+|dina\s+|de\s+)?(?:(?:tidigare|föregående|ovanstående|ursprungliga|gamla)\s+(?:\p{L}+\s+)?(?:instruktioner\p{L}*|anvisningar\p{L}*|regler\p{L}*|direktiv\p{L}*|kommandon\p{L}*|prompt\p{L}*)|dina\s+(?:instruktioner|anvisningar|regler|systemprompt))/u,
    message: MESSAGE,
  },
  da: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ignorer', 'glem', 'se bort'],
    pattern:
      /(?:ignorer|glem|se bort fra)\s+(?:alle\s+|dine\s+|de\s+)?(?:(?:tidligere|foregående|ovenstående|oprindelige)\s+(?:\p{L}+\s+)?(?:instruktioner\p{L}*|instrukser\p{L}*|anvisninger\p{L}*|regler\p{L}*|kommandoer\p{L}*)|dine\s+(?:instruktioner|instrukser|regler|systemprompt))/u,
    message: MESSAGE,
  },
  no: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ignorer', 'glem', 'se bort'],
    pattern:
      /(?:ignorer|glem|se bort fra)\s+(?:alle\s+|dine\s+|de\s+)?(?:(?:tidligere|foregående|ovenstående|opprinnelige)\s+(?:\p{L}+\s+)?(?:instruksjoner\p{L}*|instrukser\p{L}*|anvisninger\p{L}*|regler\p{L}*|kommandoer\p{L}*)|dine\s+(?:instruksjoner|instrukser|regler|systemprompt))/u,
    message: MESSAGE,
  },
  fi: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ohita', 'unohda', 'sivuuta', 'välitä'],
    pattern:
      /(?:ohita|unohda|sivuuta|älä välitä)\s+(?:kaikki\s+|kaikista\s+)?(?:aiemm\p{L}*|edell\p{L}*|aikaisemm\p{L}*|alkuperäi\p{L}*|yllä olev\p{L}*)\s+(?:ohje\p{L}*|säänn\p{L}*|sääntö\p{L}*|käsky\p{L}*|kehott\p{L}*)/u,
    message: MESSAGE,
  },
  cs: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ignoruj', 'zapomeň', 'zapomeňte', 'nevšímej'],
    pattern:
      /(?:ignoruj\p{L}*|zapomeň\p{L}*|nevšímej\p{L}* si)\s+(?:na\s+)?(?:všechny\s+|všechno\s+|své\s+|tvoje\s+|vaše\s+)?(?:předchozí|předešlé|původní|výše uvedené|dřívější)\s+(?:\p{L}+\s+)?(?:pokyn\p{L}*|instrukc\p{L}*|pravidl\p{L}*|příkaz\p{L}*|prompt\p{L}*)/u,
    message: MESSAGE,
  },
  ro: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['ignoră ', 'ignorați ', 'ignora ', 'uită ', 'uitați '],
    pattern:
      /(?:ignoră|ignorați|ignora|uită|uitați) (?:de\s+)?(?:toate\s+)?(?:instrucțiunile|regulile|comenzile|indicațiile|instrucţiunile)\s+(?:\p{L}+\s+)?(?:anterioare|precedente|inițiale|originale|de mai sus|tale|voastre)/u,
    message: MESSAGE,
  },
  el: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['αγνόησ', 'ξέχασ', 'παράβλεψ'],
    pattern:
      /(?:αγνόησ\p{L}*|ξέχασ\p{L}*|παράβλεψ\p{L}*)\s+(?:όλες\s+|όλα\s+|όλους\s+)?(?:τις\s+|τα\s+|τους\s+)?(?:προηγούμεν\p{L}*|αρχικ\p{L}*|παραπάνω)\s+(?:οδηγί\p{L}*|εντολ\p{L}*|κανόν\p{L}*)/u,
    message: MESSAGE,
  },
  he: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['התעלם', 'שכח'],
    pattern:
      /(?:התעלם\p{L}*|שכח\p{L}*)\s+(?:מכל\s+|את\s+כל\s+|את\s+|מ)?ה?(?:הוראות|הנחיות|כללים|פקודות)\s+ה?(?:קודמות|קודמים|מקוריות|מקוריים)/u,
    message: MESSAGE,
  },
  hu: {
    name: 'ignore_previous',
    severity: 'high',
    triggers: ['figyelmen', 'felejts'],
    pattern:
      /(?:(?:hagyd|hagyja|hagyjátok)\s+figyelmen\s+kívül|(?:felejtsd|felejtse|felejtsétek)\s+el)\s+(?:az?\s+)?(?:összes\s+|minden\s+)?(?:korábbi|előző|eredeti|fenti)\s+(?:\p{L}+\s+)?(?:utasítás\p{L}*|szabály\p{L}*|parancs\p{L}*|instrukci\p{L}*)/u,
    message: MESSAGE,
  },
};

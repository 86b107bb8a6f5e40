// Non-English "ignore all instructions and …": every instruction dropped, with nothing after the noun that
// would make them a reader's ("ignore all instructions on the old label"). English lives in rules.ts
// (ignore_all_instructions). Negations that come right before the verb ("no ignores", "不要忽略") are ruled out.
import type { LanguageForm } from '../../rules/define-rules.ts';
import { AFTER_NO_LETTER } from '../../rules/pattern-source.ts';

function form(
  triggers: readonly string[],
  verbs: string,
  all: string,
  nouns: string,
  and: string,
  notBefore = '',
): LanguageForm {
  return {
    triggers,
    pattern: new RegExp(
      `${notBefore}${AFTER_NO_LETTER}(?:${verbs})\\s+(?:${all}) (?:${nouns})\\s*(?:[,.;:!]|(?:${and})\\s|$)`,
      'u',
    ),
  };
}

/** The `ignore_all_instructions` rule of each language: its triggers and pattern. */
export const IGNORE_ALL_INSTRUCTIONS: Readonly<Record<string, LanguageForm>> = {
  de: form(
    ['alle ', 'sämtliche ', 'jegliche '],
    'ignorier(?:e|en sie)?|vergiss|vergessen sie|missachte',
    '(?:bitte\\s+)?(?:alle|sämtliche|jegliche)',
    'anweisungen|instruktionen|vorgaben|regeln|befehle|aufträge|richtlinien|einschränkungen',
    'und|dann',
  ),
  fr: form(
    ['toutes les ', 'tous les ', "l'ensemble des ", 'l’ensemble des '],
    'ignore[sz]?|oublie[sz]?',
    "toutes les|tous les|l['’]ensemble des",
    'instructions|consignes|directives|règles|ordres|restrictions',
    'et|puis',
  ),
  es: form(
    ['todas las ', 'todos los '],
    'ignora|ignore|olvida|olvide',
    'todas las|todos los',
    'instrucciones|reglas|directrices|órdenes|restricciones|indicaciones',
    'y|luego',
    '(?<!\\bno )',
  ),
  it: form(
    ['tutte le ', 'tutti i '],
    'ignora|ignori|dimentica|dimentichi',
    'tutte le|tutti i',
    'istruzioni|regole|direttive|ordini|restrizioni|indicazioni',
    'e|poi',
    '(?<!\\bnon )',
  ),
  pt: form(
    ['todas as ', 'todos os '],
    'ignore|ignora|esqueça|esquece',
    'todas as|todos os',
    'instruções|regras|diretrizes|ordens|restrições',
    'e|depois',
    '(?<!\\bnão )',
  ),
  nl: form(
    ['alle '],
    'negeer|vergeet',
    'alle',
    'instructies|regels|richtlijnen|opdrachten|bevelen|beperkingen',
    'en|dan',
  ),
  pl: form(
    ['wszystkie ', 'wszystkich '],
    'zignoruj|ignoruj|zapomnij o',
    'wszystkie|wszystkich',
    'instrukcje|instrukcjach|zasady|zasadach|polecenia|poleceniach|reguły|regułach|ograniczenia',
    'i|a potem',
    '(?<!nie )',
  ),
  ru: form(
    ['все ', 'всё '],
    'игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?',
    'все|всё',
    'инструкции|правила|указания|команды|ограничения|приказы',
    'и|а затем|потом',
    '(?<!не )',
  ),
  uk: form(
    ['всі ', 'усі '],
    'ігноруй(?:те)?|проігноруй(?:те)?|забудь(?:те)?',
    'всі|усі',
    'інструкції|правила|вказівки|команди|обмеження',
    'і|й|та|а потім',
    '(?<!не )',
  ),
  id: form(
    ['semua ', 'seluruh '],
    'abaikan|lupakan',
    'semua|seluruh',
    'instruksi|aturan|perintah|batasan|petunjuk',
    'dan|lalu',
    '(?<!jangan )',
  ),
  vi: form(
    ['tất cả ', 'mọi '],
    'bỏ qua|phớt lờ|quên',
    'tất cả(?: các| những)?|mọi',
    'chỉ dẫn|hướng dẫn|quy tắc|lệnh|hạn chế',
    'và|rồi',
    '(?<!đừng |không được |không )',
  ),
  zh: {
    triggers: ['所有', '全部', '一切'],
    pattern:
      /(?<!不要|不能|不可|不得|[不别勿])(?:忽略|无视|忘记|忘掉)(?:掉)?(?:所有|全部|一切)的?(?:指令|指示|规则|说明|限制|命令)/u,
  },
  ja: {
    triggers: ['すべての', '全ての', '全部の'],
    pattern:
      /(?:すべての|全ての|全部の)(?:指示|ルール|命令|制限|規則)(?:を|は)(?:無視|忘れ)(?!しない|せず|しては|ては|ないで)/u,
  },
  ko: {
    triggers: ['모든 '],
    pattern:
      /모든 (?:지시|지시사항|규칙|명령|제한)(?:을|를|은|는)? (?:무시|잊어)(?!하지 마|하지 말|해서는|서는)/u,
  },
  tr: {
    triggers: ['tüm ', 'bütün '],
    pattern:
      /(?:tüm|bütün) (?:talimatları|kuralları|komutları|kısıtlamaları) (?:görmezden gel|yok say|unut)(?!m[eiıa])/u,
  },
  ar: {
    triggers: ['كل ', 'جميع '],
    pattern:
      /(?<![\p{L}\p{M}])(?:تجاهل|انس)\p{M}* (?:كل|جميع) (?:التعليمات|القواعد|الأوامر|القيود)/u,
  },
  fa: {
    triggers: ['همه', 'تمام'],
    pattern:
      /(?:همه|تمام)(?:‌ی| ی)? (?:دستورات|قوانین|دستورالعمل‌ها|محدودیت‌ها)(?: را)? (?:نادیده بگیر|فراموش کن)/u,
  },
  hi: {
    triggers: ['सभी '],
    pattern: /सभी (?:निर्देशों|नियमों|आदेशों|प्रतिबंधों) को (?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)(?! न | मत | नहीं)/u,
  },
};

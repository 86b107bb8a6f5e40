import type { Severity } from '../../spec/finding.ts';
import { hasKnownIssuer, TEST_CARD_NUMBERS } from './card-issuers.ts';
import { isCpfValid, isIbanValid, isLuhnValid, isVerhoeffValid } from './checksums.ts';

/** What a pattern's `check` accepts: the severity, and how much of the regex match is the identifier. */
export type PiiVerdict = { readonly severity: Severity; readonly length: number };

/**
 * One kind of personal data. `pattern` has no `g` flag (`detectPii` compiles a global copy per call).
 * Patterns are written so that each repetition consumes one character chosen by its first character,
 * which keeps matching linear; the checksum and plausibility rules live in `check`.
 */
export type PiiPattern = {
  readonly kind: string;
  readonly pattern: RegExp;
  /** Validates a candidate; `undefined` drops it. */
  readonly check: (match: string) => PiiVerdict | undefined;
};

/** Every PII pattern; on overlap the earlier one wins (a card number is never also reported as a phone). */
export const PII_PATTERNS: readonly PiiPattern[] = [
  {
    kind: 'credit_card',
    // 13–19 digits, optionally grouped by single spaces or hyphens; not inside a longer number or decimal.
    pattern: /(?<![\w]|[0-9][.,])[0-9](?:[0-9]|[ -](?=[0-9])){11,24}(?![\w]|[.,][0-9])/,
    check: (match) => longestValidPrefix(match, /[ -]/, 13, checkCard),
  },
  {
    kind: 'iban',
    pattern: /(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[A-Z0-9]|[ ](?=[A-Z0-9])){11,40}(?![A-Za-z0-9])/,
    check: (match) =>
      longestValidPrefix(match, / /, 15, (compact, grouped) =>
        isIbanValid(compact) &&
        (!grouped.includes(' ') ||
          /^[A-Z0-9]{4}(?: [A-Z0-9]{4})*(?: [A-Z0-9]{1,3})?$/.test(grouped))
          ? 'high'
          : undefined,
      ),
  },
  {
    kind: 'us_ssn',
    // Hyphenated only: spaced nine-digit groups are too common in ordinary numbers.
    pattern: /(?<![\w-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![\w-])/,
    check: (match) => {
      const [area = '', group = '', serial = ''] = match.split('-');
      if (
        area === '000' ||
        area === '666' ||
        area.startsWith('9') ||
        group === '00' ||
        serial === '0000'
      )
        return undefined;
      // Numbers the SSA voided after they were printed on sample cards and in ads.
      const severity = ['078-05-1120', '219-09-9999', '123-45-6789'].includes(match)
        ? 'low'
        : 'high';
      return { severity, length: match.length };
    },
  },
  {
    kind: 'br_cpf',
    pattern: /(?<![0-9.])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![0-9])/,
    check: (match) =>
      isCpfValid(match.replace(/[.-]/g, ''))
        ? { severity: 'high', length: match.length }
        : undefined,
  },
  {
    kind: 'in_aadhaar',
    // 4-4-4 grouped, first digit 2–9, Verhoeff check digit; never part of a longer grouped number.
    pattern: /(?<![0-9][ -]?)[2-9][0-9]{3}([ -])[0-9]{4}\1[0-9]{4}(?![ -]?[0-9])/,
    check: (match) =>
      isVerhoeffValid(match.replace(/[ -]/g, ''))
        ? { severity: 'high', length: match.length }
        : undefined,
  },
  {
    kind: 'uk_nino',
    // Two prefix letters (D, F, I, Q, U, V never; O not second; BG, GB, NK, KN, TN, NT, ZZ unused), six digits, A–D.
    pattern:
      /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])/,
    check: (match) => ({ severity: 'high', length: match.length }),
  },
  {
    kind: 'email',
    pattern:
      /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/,
    check: (match) => {
      const at = match.lastIndexOf('@');
      const local = match.slice(0, at).toLowerCase();
      const domain = match.slice(at + 1).toLowerCase();
      const tld = domain.slice(domain.lastIndexOf('.') + 1);
      // `icon@2x.png`, `pkg@1.2.3.tgz`, `git@github.com:org/repo` are not addresses of people.
      if (FILE_EXTENSIONS.has(tld) || local === 'git') return undefined;
      const isReserved =
        /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$/.test(domain);
      return { severity: isReserved ? 'low' : 'medium', length: match.length };
    },
  },
  {
    kind: 'phone',
    // E.164-style: `+`, country code, then digits with single separators and at most one `(…)` group.
    pattern:
      /(?<![\w+])\+[1-9](?:[0-9]|[ .-](?=\(?[0-9])|\((?=[0-9]{1,4}\))|\)(?=[ .-]?[0-9])){6,22}(?<=[0-9])(?![\w])/,
    check: (match) => {
      const digits = match.replace(/[^0-9]/g, '');
      if (digits.length < 8 || digits.length > 15 || digits.includes('1234567')) return undefined;
      return { severity: isFictionalNanp(digits) ? 'low' : 'medium', length: match.length };
    },
  },
  {
    kind: 'phone',
    // National formats with mandatory separators: NANP (555) 123-4567 / 555-123-4567 / 555.123.4567,
    // UK 020 7946 0958 / 07700 900123 / 01632 960123, France 01 23 45 67 89.
    pattern:
      /(?<![\w.+-])(?:\([2-9][0-9]{2}\) ?[2-9][0-9]{2}[-. ][0-9]{4}|[2-9][0-9]{2}([-.])[2-9][0-9]{2}\1[0-9]{4}|0[1-9][0-9] [0-9]{4} [0-9]{4}|0[1-9][0-9]{3} [0-9]{6}|0[1-9](?:[ .][0-9]{2}){4})(?![\w]|[-.][0-9])/,
    check: (match) => ({
      severity: isFictionalNanp(match.replace(/[^0-9]/g, '')) ? 'low' : 'medium',
      length: match.length,
    }),
  },
  {
    kind: 'ip_address',
    // Dotted-quad IPv4 not inside a longer dotted sequence (version numbers, OIDs).
    pattern:
      /(?<![\w.])(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?![\w]|\.[0-9])/,
    check: (match) => (isPublicIpv4(match) ? { severity: 'low', length: match.length } : undefined),
  },
];

// --- internal ---

const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'ico',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'css',
  'scss',
  'html',
  'json',
  'map',
  'tgz',
  'zip',
  'md',
  'txt',
  'py',
  'rb',
  'go',
  'rs',
  'java',
  'wasm',
]);

/** Card rule: a network's prefix and length, Luhn, and either no separators or 4-digit groups (Amex 4-6-5). */
function checkCard(digits: string, grouped: string): Severity | undefined {
  if (!hasKnownIssuer(digits) || !isLuhnValid(digits) || isOneRepeatedDigit(digits))
    return undefined;
  const groups = grouped.split(/[ -]/);
  if (groups.length > 1) {
    const separators = new Set(grouped.replace(/[0-9]/g, ''));
    const sizes = groups.map((group) => group.length).join('-');
    const isFourGrouped =
      groups.slice(0, -1).every((group) => group.length === 4) && (groups.at(-1)?.length ?? 0) <= 4;
    if (separators.size > 1 || !(isFourGrouped || sizes === '4-6-5' || sizes === '4-6-4'))
      return undefined;
  }
  return TEST_CARD_NUMBERS.has(digits) ? 'low' : 'high';
}

/**
 * Greedy patterns may swallow a following group (`4111 1111 1111 1111 2024`); try the whole match,
 * then drop trailing groups one at a time while at least `minimumLength` characters remain.
 */
function longestValidPrefix(
  match: string,
  separator: RegExp,
  minimumLength: number,
  validate: (compact: string, grouped: string) => Severity | undefined,
): PiiVerdict | undefined {
  let grouped = match;
  for (;;) {
    const compact = grouped.replace(new RegExp(separator.source, 'g'), '');
    if (compact.length < minimumLength) return undefined;
    const severity = validate(compact, grouped);
    if (severity !== undefined) return { severity, length: grouped.length };
    const cut = grouped.search(new RegExp(`${separator.source}[^ -]*$`));
    if (cut <= 0) return undefined;
    grouped = grouped.slice(0, cut);
  }
}

/** NANP numbers 555-0100 to 555-0199 are reserved for fiction and documentation. */
function isFictionalNanp(digits: string): boolean {
  return /^(?:1)?[2-9][0-9]{2}55501[0-9]{2}$/.test(digits);
}

/** True for a dotted-quad address outside private, loopback, link-local, CGNAT, documentation and reserved ranges. */
function isPublicIpv4(address: string): boolean {
  const [a = 0, b = 0, c = 0] = address.split('.').map(Number);
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false;
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  return true;
}

/** True when every digit is the same (`4444…`): a filler, not a card number. */
function isOneRepeatedDigit(digits: string): boolean {
  for (let index = 1; index < digits.length; index++) if (digits[index] !== digits[0]) return false;
  return true;
}

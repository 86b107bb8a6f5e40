import type { Severity } from '../../spec/finding.ts';
import { resolveOverlaps } from '../resolve-overlaps.ts';
import { PII_PATTERNS } from './patterns.ts';

/** One piece of personal data found in a text, `[start, end)`. */
export type PiiMatch = {
  /** `email`, `phone`, `credit_card`, `iban`, `us_ssn`, `uk_nino`, `in_aadhaar`, `br_cpf` or `ip_address`. */
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
};

/**
 * Finds personal data in a text. Identifiers with a checksum are validated (Luhn plus a known card
 * network, IBAN mod 97, CPF check digits, Aadhaar Verhoeff), formats without one must be distinctive
 * (hyphenated SSN within the issued ranges, UK NINO letters, phone numbers with `+` or separators).
 * Only public IPv4 addresses are reported, with severity `low`. Linear in `text.length`.
 *
 * @example
 * detectPii('card 4539 1488 0343 6467, mail ana@corp.io');
 * // → [{ kind: 'credit_card', start: 5, end: 24, severity: 'high' },
 * //    { kind: 'email', start: 31, end: 42, severity: 'medium' }]
 */
export function detectPii(text: string): PiiMatch[] {
  const candidates: (PiiMatch & { readonly priority: number })[] = [];
  if (!ANY_DIGIT_OR_AT.test(text)) return [];
  PII_PATTERNS.forEach((definition, priority) => {
    const regex = GLOBAL_PATTERNS[priority] as RegExp;
    if (definition.kind === 'email') {
      // Addresses are found from their `@`: only the text around each one is matched.
      for (const window of windowsAround(text, '@', 70, 260)) {
        const slice = text.slice(window.start, window.end);
        regex.lastIndex = 0;
        for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
          const verdict = definition.check(match[0]);
          if (verdict === undefined) continue;
          const start = window.start + match.index;
          candidates.push({
            kind: definition.kind,
            start,
            end: start + verdict.length,
            severity: verdict.severity,
            priority,
          });
        }
      }
      return;
    }
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      const verdict = definition.check(match[0]);
      if (verdict === undefined) continue;
      candidates.push({
        kind: definition.kind,
        start: match.index,
        end: match.index + verdict.length,
        severity: verdict.severity,
        priority,
      });
    }
  });
  return resolveOverlaps(candidates).map(({ kind, start, end, severity }) => ({
    kind,
    start,
    end,
    severity,
  }));
}

// --- internal ---

/** Merged `[start, end)` windows around each occurrence of `needle`. */
function windowsAround(
  text: string,
  needle: string,
  before: number,
  after: number,
): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) {
    const start = Math.max(0, index - before);
    const end = Math.min(text.length, index + after);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows;
}

/** Every kind holds a digit, except e-mail addresses, which hold an `@`. */
const ANY_DIGIT_OR_AT = /[0-9@]/;

/** Global copies of the patterns, compiled once; reset before each use (scanning is synchronous). */
const GLOBAL_PATTERNS: readonly RegExp[] = PII_PATTERNS.map(
  (definition) => new RegExp(definition.pattern.source, `${definition.pattern.flags}g`),
);

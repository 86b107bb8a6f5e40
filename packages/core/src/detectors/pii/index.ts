/**
 * PII detection: emails, phone numbers, payment cards, IBANs and national identifiers, validated by
 * checksum where one exists, with spans ready for redaction.
 *
 * @module
 */

export { isCpfValid, isIbanValid, isLuhnValid, isVerhoeffValid } from './checksums.ts';
export type { PiiMatch } from './detect-pii.ts';
export { detectPii } from './detect-pii.ts';
export type { PiiPattern, PiiVerdict } from './patterns.ts';
export { PII_PATTERNS } from './patterns.ts';

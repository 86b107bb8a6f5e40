/**
 * Redaction of detector spans: `[REDACTED:<kind>]` markers with overlapping spans merged.
 *
 * @module
 */

export type { RedactionSpan } from './redact.ts';
export { redact } from './redact.ts';

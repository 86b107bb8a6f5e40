import { detectPii } from '../detectors/pii/index.ts';
import { type RedactionSpan, redact } from '../detectors/redaction/index.ts';
import { detectSecrets } from '../detectors/secrets/index.ts';

/** Which kinds of data to mask. */
export type RedactionCategories = readonly ('pii' | 'secrets')[];

const MAX_DEPTH = 64;

/**
 * Masks secrets and/or personal data in every string of `value`, keeping its shape (a string stays a string,
 * an object keeps its keys). Returns the same reference when nothing was masked.
 */
export function redactValue(value: unknown, categories: RedactionCategories): unknown {
  return redactAt(value, categories, 0);
}

/** Masks secrets and/or personal data in one text. */
export function redactText(text: string, categories: RedactionCategories): string {
  const spans: RedactionSpan[] = [];
  if (categories.includes('secrets')) for (const match of detectSecrets(text)) spans.push(match);
  if (categories.includes('pii')) for (const match of detectPii(text)) spans.push(match);
  return spans.length === 0 ? text : redact(text, spans);
}

// --- internal ---

function redactAt(value: unknown, categories: RedactionCategories, depth: number): unknown {
  if (typeof value === 'string') return redactText(value, categories);
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = redactAt(item, categories, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const next = redactAt(item, categories, depth + 1);
    if (next !== item) changed = true;
    return [key, next] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}

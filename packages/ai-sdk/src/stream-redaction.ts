import { redactText, type Verdict } from '@portcullis/core';

type Categories = Parameters<typeof redactText>[1];

/**
 * The redaction categories behind a `redact` verdict on `text`: the combination of the categories found
 * (`secrets`, `pii`) that reproduces the guard's replacement; both when none does (masking more is safe).
 */
export function redactionCategories(verdict: Verdict, text: string): Categories {
  const found = new Set(verdict.findings.map((finding) => finding.category));
  const candidates: Categories[] = [['secrets'], ['pii'], ['secrets', 'pii']];
  for (const categories of candidates) {
    if (!categories.every((category) => found.has(category))) continue;
    if (redactText(text, categories) === verdict.replacement) return categories;
  }
  return ['secrets', 'pii'];
}

/**
 * How much of the held-back text `pending` can be emitted, redacted: at most `limit` characters, cut where
 * no secret or personal datum straddles the cut (masking the two sides apart gives the same text as
 * masking the whole). `undefined` when no such cut was found yet: the text stays held back.
 */
export function redactedCut(
  pending: string,
  limit: number,
  categories: Categories,
): { readonly length: number; readonly text: string } | undefined {
  const whole = redactText(pending, categories);
  if (limit >= pending.length) return { length: pending.length, text: whole };
  let cut = limit;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && cut > 0; attempt += 1) {
    const head = redactText(pending.slice(0, cut), categories);
    if (head + redactText(pending.slice(cut), categories) === whole)
      return { length: cut, text: head };
    // Try the previous word boundary: secrets and addresses rarely contain spaces.
    cut = lastSpaceBefore(pending, cut);
  }
  return undefined;
}

// --- internal ---

const MAX_ATTEMPTS = 8;

function lastSpaceBefore(text: string, end: number): number {
  for (let index = end - 1; index > 0; index -= 1)
    if (/\s/.test(text[index] as string)) return index;
  return 0;
}

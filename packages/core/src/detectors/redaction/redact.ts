/** A span to hide: any detector match (`SecretMatch`, `PiiMatch`, a finding's span plus a kind). */
export type RedactionSpan = { readonly kind: string; readonly start: number; readonly end: number };

/**
 * Replaces each span of `text` with `[REDACTED:<kind>]`.
 *
 * Spans may come unsorted and from several detectors. Overlapping spans are merged into one
 * replacement labelled with the kind of the longest span in the group (ties: the earliest), so
 * no fragment of a secret survives between two markers. Spans are clamped to the text; empty
 * or invalid spans are ignored. Linear in `text.length` plus `O(n log n)` in the number of spans.
 *
 * @example
 * redact('mail ana@corp.io now', [{ kind: 'email', start: 5, end: 16 }]);
 * // → 'mail [REDACTED:email] now'
 */
export function redact(text: string, matches: readonly RedactionSpan[]): string {
  const spans = matches
    .map((match) => ({
      kind: match.kind,
      start: clamp(Math.floor(match.start), text.length),
      end: clamp(Math.ceil(match.end), text.length),
    }))
    .filter((span) => span.end > span.start)
    .sort((left, right) => left.start - right.start || right.end - left.end);

  const parts: string[] = [];
  let cursor = 0;
  let index = 0;
  while (index < spans.length) {
    const first = spans[index];
    if (first === undefined) break;
    let groupEnd = first.end;
    let label = first;
    index += 1;
    // Merge every following span that starts before the group ends.
    for (
      let next = spans[index];
      next !== undefined && next.start < groupEnd;
      next = spans[index]
    ) {
      groupEnd = Math.max(groupEnd, next.end);
      if (next.end - next.start > label.end - label.start) label = next;
      index += 1;
    }
    parts.push(text.slice(cursor, first.start), `[REDACTED:${label.kind}]`);
    cursor = groupEnd;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

// --- internal ---

/** Clamps an offset into `[0, length]`; `NaN` becomes 0. */
function clamp(offset: number, length: number): number {
  if (!(offset > 0)) return 0;
  return Math.min(offset, length);
}

/** A candidate match with the rank of the pattern that found it (lower wins). */
export type RankedSpan = {
  readonly start: number;
  readonly end: number;
  readonly priority: number;
};

/**
 * Keeps one match per overlapping cluster: the one from the best-ranked (lowest `priority`) pattern, so a
 * `sk-ant-…` key is reported once as an Anthropic key and not again as a generic secret.
 */
export function resolveOverlaps<T extends RankedSpan>(candidates: T[]): T[] {
  candidates.sort((left, right) => left.start - right.start || left.priority - right.priority);
  const kept: T[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last !== undefined && candidate.start < last.end) {
      if (candidate.priority < last.priority) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

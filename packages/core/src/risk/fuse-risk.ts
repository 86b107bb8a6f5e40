import { type Finding, SEVERITY_SCORE } from '../spec/finding.ts';
import type { Thresholds } from './profiles.ts';

/** The three decisions. */
export type Decision = 'allow' | 'review' | 'block';

/** Per-category weights applied to a finding's severity before fusion (missing categories weigh 1). */
export type CategoryWeights = Readonly<Record<string, number>>;

/** Options of {@link fuseRisk}. */
export type FuseRiskOptions = {
  readonly findings: readonly Finding[];
  readonly weights?: CategoryWeights;
};

/**
 * Noisy-OR fusion: `risk = 1 − Π(1 − weight · severity)`. A rule that fires many times in one long text
 * counts once (the strongest hit per category and subcategory), so length alone does not raise the risk;
 * findings quoted in a text about attacks count once together (the strongest of them).
 *
 * @example
 * fuseRisk({ findings: [{ category: 'instruction_override', severity: 'high', … }] }); // 0.8
 */
export function fuseRisk({ findings, weights = {} }: FuseRiskOptions): number {
  const strongest = new Map<string, number>();
  for (const finding of findings) {
    const weight = weights[finding.category] ?? 1;
    const value = Math.min(
      1,
      Math.max(0, weight * (finding.probability ?? SEVERITY_SCORE[finding.severity])),
    );
    // Quoted findings count as one: a text that quotes several attacks only mentions them.
    const key = finding.quoted === true ? QUOTED : `${finding.category}/${finding.subcategory}`;
    if ((strongest.get(key) ?? 0) < value) strongest.set(key, value);
  }
  let keep = 1;
  for (const value of strongest.values()) keep *= 1 - value;
  return Math.round((1 - keep) * 1e6) / 1e6;
}

const QUOTED = '(quoted)';

/** Maps a risk score to a decision. */
export function decide(riskScore: number, thresholds: Thresholds): Decision {
  if (riskScore >= thresholds.block) return 'block';
  if (riskScore >= thresholds.review) return 'review';
  return 'allow';
}

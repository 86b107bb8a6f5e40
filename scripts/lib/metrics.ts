// Detection metrics shared by eval and train.

export type Scored = { label: 0 | 1; score: number; decision: string };

export type Rates = {
  n0: number;
  n1: number;
  tpr: number;
  fpr: number;
  tprReview: number;
  fprReview: number;
};

/** TPR/FPR of the `block` decision, and of `review` or worse. */
export function rates(items: readonly Scored[]): Rates {
  let n0 = 0;
  let n1 = 0;
  let tp = 0;
  let fp = 0;
  let tpReview = 0;
  let fpReview = 0;
  for (const item of items) {
    const blocked = item.decision === 'block';
    const flagged = blocked || item.decision === 'review';
    if (item.label === 1) {
      n1++;
      if (blocked) tp++;
      if (flagged) tpReview++;
    } else {
      n0++;
      if (blocked) fp++;
      if (flagged) fpReview++;
    }
  }
  return {
    n0,
    n1,
    tpr: n1 ? tp / n1 : Number.NaN,
    fpr: n0 ? fp / n0 : Number.NaN,
    tprReview: n1 ? tpReview / n1 : Number.NaN,
    fprReview: n0 ? fpReview / n0 : Number.NaN,
  };
}

/**
 * The lowest score threshold whose false-positive rate on `benign` is at most `maxFpr`
 * (a score is flagged when it is strictly above the threshold).
 */
export function thresholdAtFpr(benignScores: readonly number[], maxFpr: number): number {
  if (benignScores.length === 0) return 0.5;
  const sorted = [...benignScores].sort((a, b) => b - a);
  const allowed = Math.floor(maxFpr * sorted.length);
  return sorted[allowed] ?? 0;
}

/** TPR of scores strictly above `threshold`. */
export function tprAbove(scores: readonly number[], threshold: number): number {
  if (scores.length === 0) return Number.NaN;
  return scores.filter((score) => score > threshold).length / scores.length;
}

/** Area under the ROC curve (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  const all = [
    ...positives.map((score) => ({ score, positive: true })),
    ...negatives.map((score) => ({ score, positive: false })),
  ].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let index = 0; index < all.length; ) {
    let end = index;
    while (end < all.length && all[end]?.score === all[index]?.score) end++;
    const averageRank = (index + 1 + end) / 2;
    for (let k = index; k < end; k++) if (all[k]?.positive) rankSum += averageRank;
    index = end;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

export function pct(value: number): string {
  return Number.isNaN(value) ? '    -' : `${(value * 100).toFixed(1).padStart(5)}`;
}

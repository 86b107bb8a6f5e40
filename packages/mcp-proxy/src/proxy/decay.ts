/** How fast a runtime incident stops counting against a server's trust. */
export type DecayOptions = {
  /**
   * `exponential` (default: halves every `halfLifeMs`), `linear` (to zero at twice the half-life), `step`
   * (counts fully until the half-life, then not at all) or `sigmoid` (a smooth step around the half-life).
   */
  readonly kind?: 'exponential' | 'linear' | 'step' | 'sigmoid';
  /** Default one hour. */
  readonly halfLifeMs?: number;
};

/**
 * The weight (1 → 0) an incident `ageMs` old still carries.
 *
 * @example
 * decayWeight(3_600_000, { kind: 'exponential', halfLifeMs: 3_600_000 }); // 0.5
 */
export function decayWeight(
  ageMs: number,
  { kind = 'exponential', halfLifeMs = 3_600_000 }: DecayOptions = {},
): number {
  const age = Math.max(0, ageMs);
  const half = Math.max(1, halfLifeMs);
  switch (kind) {
    case 'linear':
      return Math.max(0, 1 - age / (2 * half));
    case 'step':
      return age < half ? 1 : 0;
    case 'sigmoid':
      return 1 / (1 + Math.exp((age - half) / (half / 6)));
    default:
      return 0.5 ** (age / half);
  }
}

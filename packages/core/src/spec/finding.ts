/** How bad a finding is on its own, before fusion. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Numeric value of each severity, used by noisy-OR fusion. */
export const SEVERITY_SCORE: Readonly<Record<Severity, number>> = {
  low: 0.3,
  medium: 0.55,
  high: 0.8,
  critical: 0.95,
};

/**
 * One thing a detector saw. Findings are plain data: they can be logged, serialised and compared.
 * `span` points into the original input string (or the string leaf at `path`), never into a normalised copy.
 */
export type Finding = {
  /** The detector that produced the finding, e.g. `rules` or `structure`. */
  readonly detector: string;
  /** The rule family, e.g. `instruction_override`, `exfiltration`, `secrets`. */
  readonly category: string;
  /** A finer label inside the family, e.g. `ignore_previous`. */
  readonly subcategory: string;
  readonly severity: Severity;
  /** One line a user can read. */
  readonly message: string;
  /** The matched text (truncated), so a reviewer sees what fired. */
  readonly evidence: string;
  /** Why this is dangerous, in one or two sentences. */
  readonly explanation: string;
  /** Offsets in the original text, `[start, end)`. */
  readonly span?: { readonly start: number; readonly end: number };
  /** JSON path of the string leaf (or key) the finding is in, e.g. `$.items[2].body`. */
  readonly path?: string;
  /** The id of the rule that fired, when a rule did. */
  readonly ruleId?: string;
  /** How the text was hidden before decoding, e.g. `base64`, `unicode_tags`, `leetspeak`. */
  readonly encoding?: string;
  /** Language of the rule that fired (ISO 639-1), when it is language specific. */
  readonly language?: string;
  /** A calibrated probability (statistical detectors); fusion uses it instead of the severity's value. */
  readonly probability?: number;
  /**
   * Set when the attack is quoted in a text about attacks (a filter's unit test, an incident report): the
   * finding is downgraded one level, and quoted findings together weigh no more than the strongest of them.
   */
  readonly quoted?: true;
};

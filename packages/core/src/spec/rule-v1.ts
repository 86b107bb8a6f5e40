import type { Severity } from './finding.ts';
import type { Surface } from './surface.ts';

/**
 * A detection rule as data. Rules describe a phenomenon (an instruction aimed at the agent, a forged turn,
 * a data-carrying URL), not the strings of one dataset.
 *
 * Matching contract:
 * - `pattern` runs against the *normalised* text: NFKC, invisible characters removed, confusables folded,
 *   and lower-cased. Write patterns in lower case and without the `i` flag.
 * - `triggers` are lower-case literals; the pattern only runs when at least one of them occurs in the
 *   normalised text. They are a cheap prefilter, so every possible match must contain one of them.
 * - Patterns must be linear: bounded repetitions such as `[^.\n]{0,60}`, no nested unbounded quantifiers.
 *   A test proves every pattern free of catastrophic backtracking.
 */
export type RuleV1 = {
  readonly specificationVersion: 'v1';
  /** Stable id, `family.name.lang`, e.g. `instruction_override.ignore_previous.en`. */
  readonly id: string;
  readonly category: string;
  readonly subcategory: string;
  readonly severity: Severity;
  /** Surfaces the rule applies to. */
  readonly surfaces: readonly Surface[];
  /** ISO 639-1 code, or `*` for language-neutral rules. */
  readonly language: string;
  readonly triggers: readonly string[];
  readonly pattern: RegExp;
  readonly message: string;
  readonly explanation: string;
};

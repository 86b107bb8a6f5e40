import type { ModelBundleV1 } from '../classifier/linear-model.ts';
import type { CategoryWeights } from '../risk/fuse-risk.ts';
import type { ProfileName, Thresholds } from '../risk/profiles.ts';
import type { RuleV1 } from '../spec/rule-v1.ts';
import type { Surface } from '../spec/surface.ts';

/** Options of {@link createScanner}. Every field is optional; the defaults are the `copilot` profile. */
export type ScannerOptions = {
  /** Named thresholds: `consumer-chat`, `copilot` (default), `autonomous-agent`, `internal-tools`. */
  readonly profile?: ProfileName;
  /** Overrides the profile's thresholds. */
  readonly thresholds?: Partial<Thresholds>;
  /** Per-surface category weights, merged over the defaults. */
  readonly weights?: Partial<Record<Surface, CategoryWeights>>;
  /** Extra rules, run beside the built-in ones. */
  readonly rules?: readonly RuleV1[];
  /** Rule ids or whole categories to switch off. */
  readonly disabledRules?: readonly string[];
  /** Secret strings planted in the system prompt; seeing one in model output means the prompt leaked. */
  readonly canaries?: readonly string[];
  /** Inputs longer than this (in UTF-16 code units) are scanned at both ends only. Default 4,000,000. */
  readonly maxInputChars?: number;
  /** Report secrets and personal data (default true). */
  readonly dataProtection?: boolean;
  /**
   * The statistical models: a bundle from `portcullis train` (read it with `parseModelBundle`), or `false`
   * to run the rules alone. Default: the models shipped with Portcullis.
   */
  readonly model?: ModelBundleV1 | false;
};

/** Options of one `scan` call. */
export type ScanOptions = {
  /** Where the input comes from; `prompt` by default. */
  readonly surface?: Surface;
  /** Thresholds for this call only. */
  readonly profile?: ProfileName;
};

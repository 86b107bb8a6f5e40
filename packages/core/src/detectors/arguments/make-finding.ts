import type { Finding, Severity } from '../../spec/finding.ts';
import type { FieldKind } from './field-kind.ts';

/** The detector name on every finding of this folder. */
export const ARGUMENTS_DETECTOR = 'arguments';

const EVIDENCE_LIMIT = 120;
const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** What a check knows about one hit, before the finding is assembled. */
export type ArgumentHit = {
  readonly category: 'ssrf' | 'path_traversal' | 'sqli' | 'sandbox_escape';
  readonly subcategory: string;
  readonly severity: Severity;
  readonly message: string;
  readonly explanation: string;
  readonly start: number;
  readonly end: number;
  /** How the payload was hidden, e.g. `url_encoding`, `decimal_ip`. */
  readonly encoding?: string;
};

/**
 * Builds a `Finding` from a hit on the string leaf at `path`. Free-text fields (a chat message, a
 * document body) cap the severity at `low`: shell or SQL there is usually talk about it, not an attack.
 */
export function makeFinding(
  hit: ArgumentHit,
  value: string,
  path: string,
  kind: FieldKind,
): Finding {
  const severity = kind === 'free_text' ? minSeverity(hit.severity, 'low') : hit.severity;
  const raw = value.slice(hit.start, hit.end);
  const evidence = raw.length > EVIDENCE_LIMIT ? `${raw.slice(0, EVIDENCE_LIMIT - 1)}…` : raw;
  return {
    detector: ARGUMENTS_DETECTOR,
    category: hit.category,
    subcategory: hit.subcategory,
    severity,
    message: hit.message,
    evidence,
    explanation: hit.explanation,
    span: { start: hit.start, end: hit.end },
    path,
    ...(hit.encoding === undefined ? {} : { encoding: hit.encoding }),
  };
}

/** The lower of two severities. */
export function minSeverity(left: Severity, right: Severity): Severity {
  return SEVERITY_ORDER.indexOf(left) <= SEVERITY_ORDER.indexOf(right) ? left : right;
}

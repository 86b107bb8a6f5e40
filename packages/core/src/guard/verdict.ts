import type { Decision } from '../risk/fuse-risk.ts';
import type { Finding, Severity } from '../spec/finding.ts';
import type { Surface } from '../spec/surface.ts';

/** `monitoring` evaluates and records everything but never blocks; `strict` enforces. */
export type GuardMode = 'monitoring' | 'strict';

/**
 * What happens to the content:
 * - `allow`: passed on unchanged;
 * - `annotate`: passed on wrapped as untrusted data (spotlighting), see `Verdict.replacement`;
 * - `redact`: passed on with secrets and personal data masked, see `Verdict.replacement`;
 * - `replace`: a short notice is passed on instead (a blocked tool output), see `Verdict.replacement`;
 * - `refuse`: the tool call never runs; the caller gets `Verdict.replacement` as the tool's answer;
 * - `throw`: the caller throws `PortcullisBlockedError` (a blocked prompt or model output).
 */
export type Action = 'allow' | 'annotate' | 'redact' | 'replace' | 'refuse' | 'throw';

/** What one policy concluded about one event. */
export type PolicyResult = {
  readonly policyId: string;
  readonly policyName: string;
  readonly type: string;
  readonly severity: Severity;
  /** The policy's own mode: `alert` never blocks, `block` blocks in strict mode. */
  readonly mode: 'alert' | 'block';
  /** True when the policy's conditions were met (a violation). */
  readonly triggered: boolean;
  /** One line a user can read. */
  readonly message: string;
};

/** The guard's answer for one event. Plain data: it can be logged, serialised and compared. */
export type Verdict = {
  readonly eventId: string;
  /** When the event was inspected (ms since the epoch). */
  readonly timestamp: number;
  readonly surface: Surface;
  /** What the scanner and the policies concluded, whatever the mode. */
  readonly decision: Decision;
  /** What is done to the content (always `allow` when `enforced` is false). */
  readonly action: Action;
  /** True when the action is applied; false in monitoring mode, under the kill switch or outside the canary. */
  readonly enforced: boolean;
  readonly mode: GuardMode;
  readonly riskScore: number;
  readonly findings: readonly Finding[];
  readonly policyResults: readonly PolicyResult[];
  /**
   * The content to pass on instead of the original when `action` is `annotate`, `redact`, `replace` or
   * `refuse` (a string notice, or the redacted value with the original's shape).
   */
  readonly replacement?: unknown;
  /** Set when Portcullis itself failed; strict mode then blocks (fail closed), monitoring allows. */
  readonly error?: { readonly message: string; readonly failClosed: boolean };
  readonly sessionId?: string;
  readonly agentId?: string;
  readonly tenantId?: string;
  /** The tool the event concerns, if any. */
  readonly toolName?: string;
  readonly server?: string;
};

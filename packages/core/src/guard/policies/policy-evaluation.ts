import type { Policy, PolicyType } from '../../config/policy-schema.ts';
import type { ScanResult } from '../../scanner/create-scanner.ts';
import type { CounterStore } from '../../state/counter-store.ts';
import type { StateStore } from '../../state/state-store.ts';
import type { GuardContext, GuardEvent, ServerInfo } from '../events.ts';

/** Everything a policy may look at for one event. */
export type PolicyEvaluation = {
  readonly event: GuardEvent;
  readonly context: GuardContext;
  readonly scan: ScanResult;
  readonly now: number;
  /** Key prefix of the tenant (tenants never see each other's state). */
  readonly namespace: string;
  /** Who the session is: the session id, else the agent, else the IP. */
  readonly sessionKey: string;
  /** The session's running maximum risk before this event. */
  readonly sessionRisk: number;
  readonly state: StateStore;
  readonly counters: CounterStore;
  /** The block threshold of the active profile. */
  readonly blockThreshold: number;
  /** The names of the tool the event concerns (upstream and exposed), if any. */
  readonly toolNames: readonly string[];
  readonly server: ServerInfo | undefined;
};

/** What one policy concluded. */
export type PolicyOutcome = {
  readonly triggered: boolean;
  readonly message: string;
  /** Overrides the policy's mode for this outcome (an `mcp_trust` score between the thresholds only alerts). */
  readonly mode?: 'alert' | 'block';
  /** Ask for the content to be masked instead of blocked (`data_protection` with `redact`). */
  readonly redact?: readonly ('pii' | 'secrets')[];
};

/** Evaluates one policy of type `T`. */
export type PolicyEvaluator<T extends PolicyType> = (
  policy: Extract<Policy, { type: T }>,
  evaluation: PolicyEvaluation,
) => PolicyOutcome | Promise<PolicyOutcome>;

/** The outcome of a policy with nothing to say about this event. */
export const NOT_TRIGGERED: PolicyOutcome = { triggered: false, message: 'not triggered' };

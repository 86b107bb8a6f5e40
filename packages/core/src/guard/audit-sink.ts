/** One thing worth recording: a verdict, a policy change, a replay, a kill-switch flip, a failed webhook. */
export type AuditEntry = {
  /** e.g. `verdict`, `policy_change`, `mode_change`, `kill_switch`, `replay`, `intrusion`, `webhook_failure`. */
  readonly type: string;
  /** ms since the epoch. */
  readonly timestamp: number;
  readonly sessionId?: string;
  readonly tenantId?: string;
  /** Who did it, for changes made by people (`policy_change`, `replay`, `kill_switch`). */
  readonly actor?: string;
  /** The payload: the verdict, the policy before and after, the replay's reason. JSON-serialisable. */
  readonly data: unknown;
};

/**
 * Where audit entries go. `append` resolves once the entry is durable (the sink redacts it first and
 * chains it to the previous one). The guard never awaits a sink on the request path.
 */
export type AuditSink = {
  append(entry: AuditEntry): Promise<void>;
  /** Resolves once everything appended so far is durable. */
  flush?(): Promise<void>;
  close?(): Promise<void>;
};

import {
  type AuditEntry,
  createGuard,
  type Guard,
  type PortcullisConfigInput,
  type Verdict,
} from '@portcullis/core';

/** A guard whose audit trail is kept in memory, for tests. */
export type AuditedGuard = {
  readonly guard: Guard;
  /** Every audit entry so far (the guard appends in the background, so settle first). */
  readonly entries: AuditEntry[];
  /** The verdicts in the audit trail, once the background appends have run. */
  verdicts(): Promise<Verdict[]>;
};

/** Creates a guard with an in-memory audit sink. */
export function auditedGuard(config: PortcullisConfigInput = {}): AuditedGuard {
  const entries: AuditEntry[] = [];
  const guard = createGuard(config, {
    audit: {
      append: async (entry) => {
        entries.push(entry);
      },
    },
  });
  return {
    guard,
    entries,
    async verdicts() {
      // Appends run on promise callbacks after each inspect: one macrotask lets them all land.
      await new Promise((resolve) => setImmediate(resolve));
      return entries
        .filter((entry) => entry.type === 'verdict')
        .map((entry) => entry.data as Verdict);
    },
  };
}

import type { CounterStore } from '../state/counter-store.ts';
import type { StateStore } from '../state/state-store.ts';
import type { GuardContext } from './events.ts';
import type { Verdict } from './verdict.ts';

/** Breaches per category within the window that raise an alert (DESIGN.md). */
export const DEFAULT_INTRUSION_THRESHOLDS: Readonly<Record<string, number>> = {
  sandbox_escape: 1,
  ssrf: 5,
  sqli: 3,
  auth_failure: 10,
  pii_exfil: 3,
  path_traversal: 5,
  rate_limit: 20,
};

/** One alert: who crossed which threshold. */
export type IntrusionAlert = {
  readonly category: string;
  /** `session` or `ip`. */
  readonly scope: 'session' | 'ip';
  readonly subject: string;
  readonly count: number;
  readonly threshold: number;
  readonly windowMs: number;
  readonly tenantId?: string;
  readonly lastEventId?: string;
};

const BUCKETS = 10;

/** Counts verdicts and failed logins toward the intrusion windows. */
export type IntrusionDetector = {
  observe(verdict: Verdict, context: GuardContext): Promise<void>;
  authFailure(context: GuardContext, now?: number): Promise<void>;
};

/**
 * Sliding-window counts per category and per session or IP (ten buckets per window, in the shared counter
 * store, so every process sees the same counts). Crossing a threshold raises one alert per subject, category
 * and window.
 */
export function createIntrusionDetector({
  counters,
  state,
  windowMs = 600_000,
  thresholds = {},
  alert,
}: {
  counters: CounterStore;
  state: StateStore;
  windowMs?: number;
  thresholds?: Readonly<Record<string, number>>;
  alert: (alert: IntrusionAlert) => void;
}): IntrusionDetector {
  const limits = { ...DEFAULT_INTRUSION_THRESHOLDS, ...thresholds };
  const bucketMs = Math.ceil(windowMs / BUCKETS);

  const count = async (
    category: string,
    scope: 'session' | 'ip',
    subject: string,
    now: number,
    namespace: string,
    lastEventId?: string,
    tenantId?: string,
  ) => {
    const threshold = limits[category];
    if (threshold === undefined) return;
    const prefix = `${namespace}ids:${category}:${scope}:${subject}:`;
    const bucket = Math.floor(now / bucketMs);
    await counters.incr(`${prefix}${bucket}`, windowMs + bucketMs);
    const keys = Array.from({ length: BUCKETS }, (_, index) => `${prefix}${bucket - index}`);
    const total = (await counters.getMany(keys)).reduce((sum, value) => sum + value, 0);
    if (total < threshold) return;
    const alertedKey = `${prefix}alerted`;
    if ((await state.get(alertedKey)) !== undefined) return;
    await state.set(alertedKey, now, windowMs);
    alert({
      category,
      scope,
      subject,
      count: total,
      threshold,
      windowMs,
      ...(tenantId === undefined ? {} : { tenantId }),
      ...(lastEventId === undefined ? {} : { lastEventId }),
    });
  };

  const subjects = (context: GuardContext) => {
    const list: ['session' | 'ip', string][] = [];
    if (context.sessionId !== undefined) list.push(['session', context.sessionId]);
    if (context.ip !== undefined) list.push(['ip', context.ip]);
    return list;
  };

  return {
    /** Counts the intrusion categories of a verdict. */
    async observe(verdict: Verdict, context: GuardContext): Promise<void> {
      const categories = intrusionCategories(verdict);
      if (categories.size === 0) return;
      const namespace = context.tenantId === undefined ? '' : `t:${context.tenantId}:`;
      for (const category of categories) {
        for (const [scope, subject] of subjects(context)) {
          await count(
            category,
            scope,
            subject,
            verdict.timestamp,
            namespace,
            verdict.eventId,
            context.tenantId,
          );
        }
      }
    },
    /** Counts a failed login (the HTTP service calls this). */
    async authFailure(context: GuardContext, now: number = Date.now()): Promise<void> {
      const namespace = context.tenantId === undefined ? '' : `t:${context.tenantId}:`;
      for (const [scope, subject] of subjects(context)) {
        await count('auth_failure', scope, subject, now, namespace, undefined, context.tenantId);
      }
    },
  };
}

/** The intrusion categories a verdict counts toward. */
export function intrusionCategories(verdict: Verdict): Set<string> {
  const categories = new Set<string>();
  for (const finding of verdict.findings) {
    if (
      finding.category === 'ssrf' ||
      finding.category === 'sqli' ||
      finding.category === 'path_traversal' ||
      finding.category === 'sandbox_escape'
    ) {
      categories.add(finding.category);
    }
    // Personal data in a tool call's arguments is data on its way out.
    if (verdict.surface === 'tool_call' && finding.category === 'pii') categories.add('pii_exfil');
  }
  for (const result of verdict.policyResults) {
    if (result.triggered && result.type === 'rate_limit') categories.add('rate_limit');
  }
  return categories;
}

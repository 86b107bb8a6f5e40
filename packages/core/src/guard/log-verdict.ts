import type { GuardLogger } from './guard-types.ts';
import type { Verdict } from './verdict.ts';

/** One log line per verdict: never content or evidence, only what happened and why. */
export function logVerdict(logger: GuardLogger, verdict: Verdict): void {
  const line = {
    eventId: verdict.eventId,
    surface: verdict.surface,
    decision: verdict.decision,
    action: verdict.action,
    enforced: verdict.enforced,
    mode: verdict.mode,
    riskScore: Math.round(verdict.riskScore * 1000) / 1000,
    categories: [...new Set(verdict.findings.map((finding) => finding.category))],
    policies: verdict.policyResults.map((result) => result.policyId),
    ...(verdict.sessionId === undefined ? {} : { sessionId: verdict.sessionId }),
    ...(verdict.toolName === undefined ? {} : { toolName: verdict.toolName }),
    ...(verdict.error === undefined ? {} : { error: verdict.error }),
  };
  if (verdict.error !== undefined) logger.error(line, 'portcullis verdict (internal error)');
  else if (verdict.decision === 'block') logger.warn(line, 'portcullis blocked');
  else if (verdict.decision === 'review') logger.info(line, 'portcullis review');
  else logger.debug(line, 'portcullis allowed');
}

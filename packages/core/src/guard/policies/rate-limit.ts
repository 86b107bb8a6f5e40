import { matchesAny } from '../glob.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

/**
 * Fixed-window call counting per agent, session, tool, IP or tenant, shared by every process using the same
 * counter store (the increment is atomic, so concurrent processes never let more through than the limit).
 * `burst` adds headroom; `adaptive` shrinks the limit as the session's risk grows, down to a quarter.
 */
export const evaluateRateLimit: PolicyEvaluator<'rate_limit'> = async (policy, evaluation) => {
  const { event, context, toolNames, now, counters, namespace, sessionKey, sessionRisk } =
    evaluation;
  if (event.surface !== 'tool_call') return NOT_TRIGGERED;
  const { max, windowMs, per, burst, adaptive, tools } = policy.conditions;
  if (tools !== undefined && !matchesAny(tools, toolNames)) return NOT_TRIGGERED;
  const parts = per.map((dimension) => {
    switch (dimension) {
      case 'agent':
        return `a=${context.agentId ?? '-'}`;
      case 'session':
        return `s=${sessionKey}`;
      case 'tool':
        return `t=${toolNames[0] ?? '-'}`;
      case 'ip':
        return `i=${context.ip ?? '-'}`;
      case 'tenant':
        return `n=${context.tenantId ?? '-'}`;
    }
    return '';
  });
  const window = Math.floor(now / windowMs);
  const key = `${namespace}rate:${policy.id}:${parts.join('|')}:${window}`;
  const count = await counters.incr(key, windowMs + 1000);
  let limit = max + burst;
  if (adaptive) limit = Math.max(1, Math.floor(limit * (1 - 0.75 * Math.min(1, sessionRisk))));
  if (count <= limit) return NOT_TRIGGERED;
  return {
    triggered: true,
    message: `Rate limit of ${limit} calls per ${Math.round(windowMs / 1000)} s exceeded (${per.join(', ')})`,
  };
};

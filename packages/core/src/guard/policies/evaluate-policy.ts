import type { Policy } from '../../config/policy-schema.ts';
import { matchesAny } from '../glob.ts';
import type { PinStore } from '../pins.ts';
import { evaluateAccess } from './access.ts';
import { configDriftEvaluator } from './config-drift.ts';
import { evaluateDataProtection } from './data-protection.ts';
import { evaluateInjection } from './injection.ts';
import { evaluateLoop } from './loop.ts';
import { evaluateMcpCapabilities, evaluateMcpDomains, evaluateMcpTrust } from './mcp-server.ts';
import {
  NOT_TRIGGERED,
  type PolicyEvaluation,
  type PolicyEvaluator,
  type PolicyOutcome,
} from './policy-evaluation.ts';
import { evaluateRateLimit } from './rate-limit.ts';
import { evaluateToolAccess } from './tool-access.ts';
import { evaluateUnusualActivity } from './unusual-activity.ts';

/** Evaluates any policy, after checking that its agent and server scope covers the event. */
export function createPolicyEvaluator(
  pins: (evaluation: PolicyEvaluation) => PinStore,
): (policy: Policy, evaluation: PolicyEvaluation) => PolicyOutcome | Promise<PolicyOutcome> {
  const evaluators: { [T in Policy['type']]: PolicyEvaluator<T> } = {
    tool_access: evaluateToolAccess,
    rate_limit: evaluateRateLimit,
    loop: evaluateLoop,
    mcp_trust: evaluateMcpTrust,
    mcp_domains: evaluateMcpDomains,
    mcp_capabilities: evaluateMcpCapabilities,
    data_protection: evaluateDataProtection,
    access: evaluateAccess,
    unusual_activity: evaluateUnusualActivity,
    config_drift: configDriftEvaluator(pins),
    injection: evaluateInjection,
  };
  return (policy, evaluation) => {
    const { agents, servers } = policy.conditions;
    if (agents !== undefined && !matchesAny(agents, [evaluation.context.agentId]))
      return NOT_TRIGGERED;
    if (servers !== undefined && !matchesAny(servers, [evaluation.server?.name]))
      return NOT_TRIGGERED;
    const evaluate = evaluators[policy.type] as PolicyEvaluator<typeof policy.type>;
    return evaluate(policy as never, evaluation);
  };
}

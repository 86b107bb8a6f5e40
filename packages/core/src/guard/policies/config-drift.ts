import { matchesAny } from '../glob.ts';
import type { PinStore } from '../pins.ts';
import { NOT_TRIGGERED, type PolicyEvaluation, type PolicyEvaluator } from './policy-evaluation.ts';

/**
 * A tool whose definition changed since it was first seen (a "rug pull"): the change is held as pending
 * until approved, and calls to the tool are refused meanwhile. With `escalationOnly`, only changes that give
 * the tool more power (new arguments, lost read-only or non-destructive hints) trigger.
 */
export function configDriftEvaluator(
  pins: (evaluation: PolicyEvaluation) => PinStore,
): PolicyEvaluator<'config_drift'> {
  return async (policy, evaluation) => {
    const { event, toolNames, server, now } = evaluation;
    const { tools, escalationOnly } = policy.conditions;
    if (toolNames.length === 0) return NOT_TRIGGERED;
    if (tools !== undefined && !matchesAny(tools, toolNames)) return NOT_TRIGGERED;
    const serverName = server?.name ?? 'local';
    const store = pins(evaluation);
    if (event.surface === 'tool_description') {
      const check = await store.check(serverName, event.tool, now);
      if (check.status !== 'changed') return NOT_TRIGGERED;
      if (escalationOnly && check.escalation.length === 0) return NOT_TRIGGERED;
      const detail = check.escalation.length === 0 ? '' : ` (${check.escalation.join(', ')})`;
      return {
        triggered: true,
        message: `Definition of tool "${event.tool.name}" changed since it was pinned${detail}; held until approved`,
      };
    }
    if (event.surface === 'tool_call') {
      const pin = await store.get(serverName, event.name);
      if (pin?.pending === undefined) return NOT_TRIGGERED;
      return {
        triggered: true,
        message: `Tool "${event.name}" changed since it was pinned and awaits approval`,
      };
    }
    return NOT_TRIGGERED;
  };
}

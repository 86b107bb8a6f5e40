import { stableJson } from '../../util/stable-json.ts';
import { matchesAny } from '../glob.ts';
import { NOT_TRIGGERED, type PolicyEvaluator, type PolicyOutcome } from './policy-evaluation.ts';

const HISTORY_TTL_MS = 3_600_000;

/**
 * The same tool with the same arguments `threshold` times among the session's last `window` calls is a
 * loop (an agent stuck retrying, or an injection making it repeat an action).
 */
export const evaluateLoop: PolicyEvaluator<'loop'> = (policy, evaluation) => {
  const { event, toolNames, state, namespace, sessionKey } = evaluation;
  if (event.surface !== 'tool_call') return NOT_TRIGGERED;
  const { window, threshold, tools } = policy.conditions;
  if (tools !== undefined && !matchesAny(tools, toolNames)) return NOT_TRIGGERED;
  const signature = `${event.name}\u0000${stableJson(event.arguments).slice(0, 4096)}`;
  const key = `${namespace}s:${sessionKey}:loop:${policy.id}`;
  const record = (previous: unknown) => {
    const recent = [...((previous as string[] | undefined) ?? []).slice(-(window - 1)), signature];
    let repeats = 0;
    for (const item of recent) if (item === signature) repeats += 1;
    const outcome: PolicyOutcome =
      repeats < threshold
        ? NOT_TRIGGERED
        : {
            triggered: true,
            message: `Tool "${event.name}" called ${repeats} times with the same arguments in the last ${recent.length} calls`,
          };
    return { recent, outcome };
  };
  const local = state.sync;
  if (local !== undefined) {
    const { recent, outcome } = record(local.get(key));
    local.set(key, recent, HISTORY_TTL_MS);
    return outcome;
  }
  return (async () => {
    const { recent, outcome } = record(await state.get(key));
    await state.set(key, recent, HISTORY_TTL_MS);
    return outcome;
  })();
};

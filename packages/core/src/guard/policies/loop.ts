import { stableJson } from '../../util/stable-json.ts';
import { matchesAny } from '../glob.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

const HISTORY_TTL_MS = 3_600_000;

/**
 * The same tool with the same arguments `threshold` times among the session's last `window` calls is a
 * loop (an agent stuck retrying, or an injection making it repeat an action).
 */
export const evaluateLoop: PolicyEvaluator<'loop'> = async (policy, evaluation) => {
  const { event, toolNames, state, namespace, sessionKey } = evaluation;
  if (event.surface !== 'tool_call') return NOT_TRIGGERED;
  const { window, threshold, tools } = policy.conditions;
  if (tools !== undefined && !matchesAny(tools, toolNames)) return NOT_TRIGGERED;
  const signature = `${event.name}\u0000${stableJson(event.arguments).slice(0, 4096)}`;
  const key = `${namespace}s:${sessionKey}:loop:${policy.id}`;
  const previous = ((await state.get(key)) as string[] | undefined) ?? [];
  const recent = [...previous.slice(-(window - 1)), signature];
  await state.set(key, recent, HISTORY_TTL_MS);
  let repeats = 0;
  for (const item of recent) if (item === signature) repeats += 1;
  if (repeats < threshold) return NOT_TRIGGERED;
  return {
    triggered: true,
    message: `Tool "${event.name}" called ${repeats} times with the same arguments in the last ${recent.length} calls`,
  };
};

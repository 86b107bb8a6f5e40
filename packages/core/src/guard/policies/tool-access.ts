import { matchesAny, matchesGlob } from '../glob.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

/**
 * Which tools may be called, and with which arguments. Deny wins over allow; with an allow list, a tool on
 * neither list is refused. Applies to tool calls and to tool definitions (so a proxy hides denied tools).
 */
export const evaluateToolAccess: PolicyEvaluator<'tool_access'> = (
  policy,
  { event, toolNames },
) => {
  if (toolNames.length === 0) return NOT_TRIGGERED;
  const { allow, deny, arguments: constraints } = policy.conditions;
  const shown = toolNames[toolNames.length - 1] as string;
  if (deny !== undefined && matchesAny(deny, toolNames)) {
    return { triggered: true, message: `Tool "${shown}" is denied by policy` };
  }
  if (allow !== undefined && !matchesAny(allow, toolNames)) {
    return { triggered: true, message: `Tool "${shown}" is not on the allow list` };
  }
  if (event.surface !== 'tool_call' || constraints === undefined) return NOT_TRIGGERED;
  const args =
    typeof event.arguments === 'object' && event.arguments !== null
      ? (event.arguments as Record<string, unknown>)
      : {};
  for (const [toolGlob, byArgument] of Object.entries(constraints)) {
    if (!matchesAny([toolGlob], toolNames)) continue;
    for (const [name, constraint] of Object.entries(byArgument)) {
      const value = args[name];
      if (value === undefined) continue;
      if (constraint.enum !== undefined && !constraint.enum.some((allowed) => allowed === value)) {
        return { triggered: true, message: `Argument "${name}" is not one of the allowed values` };
      }
      if (typeof value !== 'string') continue;
      if (constraint.maxLength !== undefined && value.length > constraint.maxLength) {
        return {
          triggered: true,
          message: `Argument "${name}" is longer than ${constraint.maxLength}`,
        };
      }
      if (
        constraint.pattern !== undefined &&
        (value.length > MAX_PATTERN_INPUT || !patternOf(constraint.pattern).test(value))
      ) {
        return {
          triggered: true,
          message: `Argument "${name}" does not match the allowed pattern`,
        };
      }
      if (constraint.deny?.some((glob) => matchesGlob(glob, value))) {
        return { triggered: true, message: `Argument "${name}" matches a denied value` };
      }
    }
  }
  return NOT_TRIGGERED;
};

// --- internal ---

/** Values longer than this never match an operator's pattern (bounds the regex's work). */
const MAX_PATTERN_INPUT = 10_000;
const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let regex = patterns.get(source);
  if (regex === undefined) {
    // Anchored, so `pattern: "[a-z]+"` means the whole value; authored by the operator, not the attacker.
    regex = new RegExp(`^(?:${source})$`, 'u');
    patterns.set(source, regex);
  }
  return regex;
}

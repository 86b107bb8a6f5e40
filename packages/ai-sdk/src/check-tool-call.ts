import { safeParseJson, stableJson, type Verdict } from '@portcullis/core';
import { rememberCheckedCall } from './checked-tool-calls.ts';
import type { Tagged } from './model-shapes.ts';
import type { OutputGuardOptions } from './output-guard-options.ts';
import { isBlocking } from './verdict-effects.ts';

/**
 * Inspects a tool call the model requests (a `tool-call` content or stream part) against the policies
 * (tool access, arguments, rate limits, loops). Resolves with the verdict when the call is refused;
 * `undefined` when it may run. Provider-executed calls already ran at the provider: they are not checked.
 */
export async function checkToolCall(
  part: Tagged,
  { guard, context }: Pick<OutputGuardOptions, 'guard' | 'context'>,
): Promise<Verdict | undefined> {
  if (part.providerExecuted === true || typeof part.toolName !== 'string') return undefined;
  const toolName = part.toolName;
  const input = inputOf(part.input);
  const verdict = await guard.inspect(
    { surface: 'tool_call', name: toolName, arguments: input },
    context,
  );
  if (isBlocking(verdict)) return verdict;
  if (typeof part.toolCallId === 'string') {
    rememberCheckedCall(guard, {
      toolCallId: part.toolCallId,
      toolName,
      argumentsJson: stableJson(input),
    });
  }
  return undefined;
}

// --- internal ---

/** The arguments as a value: the input is JSON text in V3 and V4 (empty means no arguments). */
function inputOf(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  if (input.trim() === '') return {};
  const parsed = safeParseJson(input);
  return parsed.success ? parsed.value : input;
}

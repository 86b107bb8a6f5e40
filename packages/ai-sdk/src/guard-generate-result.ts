import type { Verdict } from '@portcullis/core';
import { checkToolCall } from './check-tool-call.ts';
import { GuardBlockedError } from './guard-blocked-error.ts';
import { CONTENT_FILTER, type GenerateResultShape, isTagged } from './model-shapes.ts';
import type { OutputGuardOptions } from './output-guard-options.ts';
import { blockStyleFor, changesContent, isBlocking, noticeOf } from './verdict-effects.ts';

/**
 * Guards the answer of `doGenerate`:
 * - each text part is inspected as `model_output`: a blocked one (a canary or system-prompt leak, say)
 *   turns the whole answer into a refusal with `content-filter`, or throws `GuardBlockedError`; secrets
 *   and personal data are redacted;
 * - each tool call is inspected as `tool_call`: a refused call is removed, so it never executes, and the
 *   guard's notice takes its place as text. When no tool call is left, the finish reason becomes
 *   `content-filter` and the multi-step loop ends there.
 */
export async function guardGenerateResult<RESULT extends GenerateResultShape>(
  result: RESULT,
  options: OutputGuardOptions,
): Promise<RESULT> {
  const { guard, context } = options;
  let content: unknown[] | undefined;
  if (options.scanOutput) {
    for (const [index, part] of result.content.entries()) {
      if (!isTagged(part) || part.type !== 'text' || typeof part.text !== 'string') continue;
      if (part.text.trim() === '') continue;
      const verdict = await guard.inspect({ surface: 'model_output', text: part.text }, context);
      if (isBlocking(verdict)) return blockedAnswer(result, verdict, options);
      if (changesContent(verdict) && typeof verdict.replacement === 'string') {
        content ??= [...result.content];
        content[index] = { ...part, text: verdict.replacement };
      }
    }
  }
  let refused = 0;
  let allowed = 0;
  if (options.checkToolCalls) {
    for (const [index, part] of result.content.entries()) {
      if (!isTagged(part) || part.type !== 'tool-call' || part.providerExecuted === true) continue;
      const verdict = await checkToolCall(part, options);
      if (verdict === undefined) {
        allowed += 1;
        continue;
      }
      refused += 1;
      content ??= [...result.content];
      content[index] = { type: 'text', text: noticeOf(verdict) };
    }
  }
  if (content === undefined) return result;
  if (refused > 0 && allowed === 0) return { ...result, content, finishReason: CONTENT_FILTER };
  return { ...result, content };
}

// --- internal ---

function blockedAnswer<RESULT extends GenerateResultShape>(
  result: RESULT,
  verdict: Verdict,
  options: OutputGuardOptions,
): RESULT {
  if (blockStyleFor(options.onBlockedOutput, verdict) === 'throw')
    throw new GuardBlockedError({ verdict });
  // Nothing of the blocked answer is passed on: no text, no reasoning, no tool calls.
  return {
    ...result,
    content: [{ type: 'text', text: options.refusalText(verdict) }],
    finishReason: CONTENT_FILTER,
  } as RESULT;
}

import {
  contentAfter,
  type Guard,
  type GuardContext,
  invalidConfig,
  stableJson,
} from '@portcullis/core';
import { rememberGuardedOutput, takeCheckedCall } from './checked-tool-calls.ts';
import { GuardBlockedError } from './guard-blocked-error.ts';
import { conversationId } from './guard-context.ts';
import { isRecord } from './model-shapes.ts';
import { isBlocking, noticeOf } from './verdict-effects.ts';

/** What the `context` option of {@link guardTools} receives for each tool call. */
export type ToolContextInfo = {
  readonly toolName: string;
  readonly toolCallId: string | undefined;
  readonly input: unknown;
  /** An id derived from the conversation's first user message, the same the middleware derives. */
  readonly sessionId: string | undefined;
};

/** Options of {@link guardTools}. */
export type GuardToolsOptions = {
  /**
   * Who is acting. A plain object is merged over `{ sessionId }`; a function is asked on every tool call and
   * its answer used as is. Pass the same session as to the middleware when you set one there.
   */
  readonly context?: GuardContext | ((info: ToolContextInfo) => GuardContext);
  /**
   * A refused call (the tool never runs): `'notice'` makes the tool return the guard's notice, so the model
   * reads why and the loop goes on; `'throw'` throws {@link GuardBlockedError}, which the AI SDK reports to
   * the model as a tool error. Default `'notice'`.
   */
  readonly onRefusedCall?: 'notice' | 'throw';
};

/**
 * Wraps the `execute` of every tool in an AI SDK tool set: the call is checked against the policies before
 * the tool runs (a refused call never runs), and the output is scanned after; a blocked output is replaced
 * by the guard's notice, a doubtful one annotated as untrusted data, secrets and personal data redacted
 * (or, when the guard's `enforcement.onBlock.tool_output` is `throw`, the tool throws
 * {@link GuardBlockedError}). Streaming tools (`async *execute`) have every value they yield scanned.
 * Tools without `execute` (client-side or provider-executed) are returned as they are: the middleware
 * covers their results. With the middleware on the same guard, each call and output is inspected once.
 *
 * @example
 * import { guardTools } from '@portcullis/ai-sdk';
 * import { generateText, tool } from 'ai';
 * import { z } from 'zod';
 *
 * const tools = guardTools({
 *   fetchPage: tool({ inputSchema: z.object({ url: z.string() }), execute: async ({ url }) => fetchText(url) }),
 * }, guard);
 * await generateText({ model, tools, prompt: 'What does example.com say?' });
 */
export function guardTools<TOOLS extends Record<string, unknown>>(
  tools: TOOLS,
  guard: Guard,
  options: GuardToolsOptions = {},
): TOOLS {
  const onRefusedCall = options.onRefusedCall ?? 'notice';
  if (onRefusedCall !== 'notice' && onRefusedCall !== 'throw') {
    throw invalidConfig(['onRefusedCall'], "must be 'notice' or 'throw'");
  }
  const guarded: Record<string, unknown> = {};
  for (const [toolName, tool] of Object.entries(tools)) {
    guarded[toolName] =
      isRecord(tool) && typeof tool.execute === 'function'
        ? { ...tool, execute: guardedExecute(toolName, tool, guard, { ...options, onRefusedCall }) }
        : tool;
  }
  return guarded as TOOLS;
}

// --- internal ---

type Execute = (input: unknown, options?: unknown) => unknown;

function guardedExecute(
  toolName: string,
  tool: Record<string, unknown>,
  guard: Guard,
  options: GuardToolsOptions & { onRefusedCall: 'notice' | 'throw' },
): Execute {
  const execute = tool.execute as Execute;
  const contextOf = async (input: unknown, executionOptions: unknown): Promise<GuardContext> => {
    const toolCallId = toolCallIdOf(executionOptions);
    const sessionId = await conversationId(
      isRecord(executionOptions) ? executionOptions.messages : undefined,
    );
    if (typeof options.context === 'function')
      return options.context({ toolName, toolCallId, input, sessionId });
    return { ...(sessionId === undefined ? {} : { sessionId }), ...options.context };
  };

  /** The notice when the call is refused (or throws), `undefined` when the tool may run. */
  const checkCall = async (
    input: unknown,
    executionOptions: unknown,
    context: GuardContext,
  ): Promise<string | undefined> => {
    const call = {
      toolCallId: toolCallIdOf(executionOptions),
      toolName,
      argumentsJson: stableJson(input),
    };
    // The middleware already checked this very call when the model requested it.
    if (takeCheckedCall(guard, call)) return undefined;
    const verdict = await guard.inspect(
      { surface: 'tool_call', name: toolName, arguments: input },
      context,
    );
    if (!isBlocking(verdict)) return undefined;
    if (options.onRefusedCall === 'throw') throw new GuardBlockedError({ verdict });
    return noticeOf(verdict);
  };

  const guardOutput = async (output: unknown, context: GuardContext): Promise<unknown> => {
    const verdict = await guard.inspect(
      { surface: 'tool_output', name: toolName, output },
      context,
    );
    if (verdict.enforced && verdict.action === 'throw') throw new GuardBlockedError({ verdict });
    return contentAfter(verdict, output);
  };

  const remember = (executionOptions: unknown, output: unknown) =>
    rememberGuardedOutput(guard, {
      toolCallId: toolCallIdOf(executionOptions),
      toolName,
      outputJson: stableJson(output),
    });

  if (isAsyncGeneratorFunction(execute)) {
    // A streaming tool: every value it yields is a preliminary result (shown to the user); the last one is
    // the final result (sent to the model). Each is scanned before it is passed on.
    return async function* guardedStreamingExecute(input: unknown, executionOptions?: unknown) {
      const context = await contextOf(input, executionOptions);
      const notice = await checkCall(input, executionOptions, context);
      if (notice !== undefined) {
        remember(executionOptions, notice);
        yield notice;
        return;
      }
      let last: unknown;
      for await (const value of execute.call(
        tool,
        input,
        executionOptions,
      ) as AsyncIterable<unknown>) {
        last = await guardOutput(value, context);
        yield last;
      }
      remember(executionOptions, last);
    };
  }

  return async function guardedToolExecute(input: unknown, executionOptions?: unknown) {
    const context = await contextOf(input, executionOptions);
    const notice = await checkCall(input, executionOptions, context);
    if (notice !== undefined) {
      remember(executionOptions, notice);
      return notice;
    }
    const result = await execute.call(tool, input, executionOptions);
    let output: unknown;
    if (isAsyncIterable(result)) {
      // A plain function that returned a stream: it cannot be streamed on from here (the AI SDK decides
      // before awaiting), so its values are scanned and the last one is the result.
      for await (const value of result) output = await guardOutput(value, context);
    } else {
      output = await guardOutput(result, context);
    }
    remember(executionOptions, output);
    return output;
  };
}

function toolCallIdOf(executionOptions: unknown): string | undefined {
  return isRecord(executionOptions) && typeof executionOptions.toolCallId === 'string'
    ? executionOptions.toolCallId
    : undefined;
}

function isAsyncGeneratorFunction(fn: Execute): boolean {
  return Object.prototype.toString.call(fn) === '[object AsyncGeneratorFunction]';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

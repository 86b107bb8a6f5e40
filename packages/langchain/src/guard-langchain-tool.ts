import type { DynamicTool, StructuredToolInterface } from '@langchain/core/tools';
import { type Guard, type GuardContext, invalidConfig } from '@portcullis/core';
import { type ContextOption, resolveContext, threadIdOf } from './context-option.ts';

/** Options of {@link guardLangChainTool}. */
export type GuardLangChainToolOptions = {
  /**
   * Who is calling. Defaults to `{ sessionId }` from the call's `configurable.thread_id`, if any; pass a
   * session id for loop detection and rate limits per user.
   */
  readonly context?: ContextOption;
};

/**
 * Guards one LangChain tool wherever it is used (a chain, a graph, `tool.invoke` by hand): the call is
 * checked after LangChain validated its arguments and before the tool runs, and the output is scanned
 * before it is returned.
 *
 * - a refused call throws `PortcullisBlockedError` and the tool never runs (inside an agent, the tool node
 *   turns the error into an error `ToolMessage`);
 * - a blocked output is replaced by a notice that never quotes the attack, a doubtful one is wrapped as
 *   untrusted data, secrets are masked (or it throws, if the guard's config says so);
 * - called with a `ToolCall`, the result is still a `ToolMessage` with the same `tool_call_id`.
 *
 * The returned tool is the same tool (same name, schema, class) with its invocation guarded; the original
 * is left untouched. Artifacts of `content_and_artifact` tools are not sent to the model and not scanned.
 *
 * @param tool - A tool from `tool()`, a `DynamicStructuredTool` or a `StructuredTool` subclass.
 * @param guard - The guard from `createGuard`.
 * @param options.context - Who is calling.
 * @example
 * import { tool } from 'langchain';
 * import { guardLangChainTool } from '@portcullis/langchain';
 *
 * const fetchPage = guardLangChainTool(tool(async ({ url }) => download(url), { name: 'fetch_page', schema }), guard);
 * const text = await fetchPage.invoke({ url: 'https://example.com' }); // injected pages come back as a notice
 * @throws {PortcullisError} `INVALID_CONFIG` when `tool` is not a LangChain tool with an implementation.
 */
export function guardLangChainTool<Tool extends StructuredToolInterface | DynamicTool>(
  tool: Tool,
  guard: Guard,
  options: GuardLangChainToolOptions = {},
): Tool {
  // `_call` is where every LangChain tool runs its implementation, after `call` has validated the input
  // and before it formats the output (ToolMessage, callbacks): guarding there keeps all of that intact.
  const run = (tool as unknown as { _call?: unknown })._call;
  if (typeof run !== 'function') {
    throw invalidConfig(
      ['tool'],
      'a LangChain tool with an implementation (tool(), StructuredTool)',
    );
  }
  const name = tool.name;
  const isContentAndArtifact =
    (tool as { responseFormat?: unknown }).responseFormat === 'content_and_artifact';

  const scanOutput = async (raw: unknown, context: GuardContext): Promise<unknown> => {
    if (isContentAndArtifact && Array.isArray(raw) && raw.length === 2) {
      const { content } = await guard.enforce(
        { surface: 'tool_output', name, output: raw[0] },
        context,
      );
      return [content, raw[1]];
    }
    return (await guard.enforce({ surface: 'tool_output', name, output: raw }, context)).content;
  };

  const guardedCall: GuardedCall = async function guardedCall(input, runManager, config) {
    const threadId = threadIdOf(config?.configurable);
    const context = resolveContext(options.context, { threadId, sessionId: threadId });
    await guard.enforce({ surface: 'tool_call', name, arguments: input }, context);
    // The original keeps `this`: a tool's private fields only exist on the original instance.
    const raw: unknown = await run.call(tool, input, runManager, config);
    return isAsyncGenerator(raw)
      ? guardStream(raw, (value) => scanOutput(value, context))
      : scanOutput(raw, context);
  };
  // Same prototype chain, so the copy is the same kind of tool with the same name, schema and options.
  const guarded = Object.create(tool) as Tool;
  (guarded as unknown as { _call: GuardedCall })._call = guardedCall;
  return guarded;
}

// --- internal ---

type GuardedCall = (
  input: unknown,
  runManager: unknown,
  config?: { configurable?: unknown },
) => Promise<unknown>;

function isAsyncGenerator(value: unknown): value is AsyncGenerator<unknown, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { next?: unknown }).next === 'function' &&
    Symbol.asyncIterator in value
  );
}

/**
 * A streaming tool yields progress events (shown to the app, not the model) and returns its output: the
 * events pass through, the returned output is scanned.
 */
async function* guardStream(
  source: AsyncGenerator<unknown, unknown>,
  scan: (output: unknown) => Promise<unknown>,
): AsyncGenerator<unknown, unknown> {
  const output = yield* source;
  return await scan(output);
}

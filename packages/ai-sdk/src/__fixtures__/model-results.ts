/**
 * Model answers for `MockLanguageModelV3` (the V3 shapes, which ai 6 uses as they are and ai 7 converts),
 * built once here so the tests read as scenarios.
 */

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};

/** A `doGenerate` result that answers with text. */
export function textAnswer(text: string): unknown {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage,
    warnings: [],
  };
}

/** A `doGenerate` result that calls tools. */
export function toolCallAnswer(
  ...calls: readonly { toolCallId: string; toolName: string; input: unknown }[]
): unknown {
  return {
    content: calls.map((call) => ({
      type: 'tool-call',
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      input: JSON.stringify(call.input),
    })),
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

/** A `doStream` result whose text arrives in the given deltas. */
export function textStream(deltas: readonly string[]): unknown {
  return {
    stream: streamOf([
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 'text-1' },
      ...deltas.map((delta) => ({ type: 'text-delta', id: 'text-1', delta })),
      { type: 'text-end', id: 'text-1' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
    ]),
  };
}

/** A `doStream` result that calls one tool (input streamed, then the call). */
export function toolCallStream(call: {
  toolCallId: string;
  toolName: string;
  input: unknown;
}): unknown {
  const input = JSON.stringify(call.input);
  return {
    stream: streamOf([
      { type: 'stream-start', warnings: [] },
      { type: 'tool-input-start', id: call.toolCallId, toolName: call.toolName },
      { type: 'tool-input-delta', id: call.toolCallId, delta: input },
      { type: 'tool-input-end', id: call.toolCallId },
      { type: 'tool-call', toolCallId: call.toolCallId, toolName: call.toolName, input },
      { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage },
    ]),
  };
}

/** A readable stream of the given parts, as a provider would produce. */
export function streamOf(parts: readonly unknown[]): ReadableStream<unknown> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  type MessageContent,
  ToolMessage,
} from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import {
  blockedMessage,
  blockedNotice,
  contentAfter,
  type Guard,
  type GuardContext,
  invalidConfig,
  PortcullisBlockedError,
  type Verdict,
} from '@portcullis/core';
import { type AgentMiddleware, createMiddleware } from 'langchain';
import { BoundedMap } from './bounded-map.ts';
import { type ContextOption, resolveContext, threadIdOf } from './context-option.ts';
import { textOf, withText } from './message-content.ts';
import { SeenMessages } from './seen-messages.ts';
import { verdictBlocks } from './verdict-blocks.ts';

/** Options of {@link portcullisMiddleware}. */
export type PortcullisMiddlewareOptions = {
  /**
   * Who is acting. Defaults to `{ sessionId }`: the run's `thread_id`, else the id of the conversation's
   * first message (one session per conversation, so loop detection never spans unrelated runs).
   */
  readonly context?: ContextOption;
  /**
   * What a blocked user message or model answer does (when the guard's action for it is `throw`, the
   * default): `'end'` ends the run gracefully with a notice as the last AI message; `'throw'` rejects
   * `invoke` with the `PortcullisBlockedError`.
   * @default 'end'
   */
  readonly onBlock?: 'end' | 'throw';
};

/**
 * Agent middleware for `createAgent`: the guard sees every user message, model answer, tool call and tool
 * result, and can change what the model sees next.
 *
 * - `beforeModel` scans user messages not scanned yet. A blocked one is replaced in the history by a notice
 *   (it never reaches the model, now or in later turns) and the run ends with an AI notice.
 * - `afterModel` scans the answer (secrets are masked; a canary leak ends the run) and checks every tool
 *   call the model asks for: allow list, arguments, rate limits, loops.
 * - `wrapToolCall` refuses a blocked call without running the tool, and scans the result: a blocked
 *   `ToolMessage` is replaced by a notice that never quotes the attack, a doubtful one is wrapped as
 *   untrusted data, secrets are masked; `tool_call_id` is kept, so the run goes on.
 *
 * Every verdict is audited by the guard. In monitoring mode everything goes through unchanged.
 *
 * @param guard - The guard from `createGuard`.
 * @param options.context - Who is acting (session, agent, tenant).
 * @param options.onBlock - `'end'` (default) or `'throw'` for a blocked prompt or answer.
 * @example
 * import { createAgent } from 'langchain';
 * import { createGuard } from '@portcullis/core';
 * import { portcullisMiddleware } from '@portcullis/langchain';
 *
 * const guard = createGuard({ mode: 'strict' });
 * const agent = createAgent({ model, tools, middleware: [portcullisMiddleware(guard)] });
 * @throws {PortcullisError} `INVALID_CONFIG` for an unknown `onBlock`.
 */
export function portcullisMiddleware(
  guard: Guard,
  options: PortcullisMiddlewareOptions = {},
): AgentMiddleware {
  const { context, onBlock = 'end' } = options;
  if (onBlock !== 'end' && onBlock !== 'throw') {
    throw invalidConfig(['onBlock'], "must be 'end' or 'throw'");
  }
  const seen = new SeenMessages();
  // Tool calls checked in afterModel, so wrapToolCall does not count them twice (rate limits, loops).
  const checkedCalls = new BoundedMap<string, CheckedCall>(1000);

  const contextOf = (
    messages: readonly BaseMessage[],
    runtime: { configurable?: unknown },
  ): GuardContext => {
    const threadId = threadIdOf(runtime.configurable);
    return resolveContext(context, { threadId, sessionId: threadId ?? messages[0]?.id });
  };

  const inspectCall = (toolCall: ToolCall, guardContext: GuardContext): Promise<Verdict> =>
    guard.inspect(
      { surface: 'tool_call', name: toolCall.name, arguments: toolCall.args },
      guardContext,
    );

  const scanToolMessage = async (
    message: ToolMessage,
    name: string,
    guardContext: GuardContext,
  ): Promise<ToolMessage> => {
    const output = message.content;
    const verdict = await guard.inspect({ surface: 'tool_output', name, output }, guardContext);
    if (verdict.enforced && verdict.action === 'throw')
      throw new PortcullisBlockedError({ verdict });
    const content = contentAfter(verdict, output);
    if (content === output) return message;
    const withheld = verdict.action === 'replace';
    return new ToolMessage({
      content: content as MessageContent,
      tool_call_id: message.tool_call_id,
      name: message.name ?? name,
      ...(message.id === undefined ? {} : { id: message.id }),
      // A withheld output reads as a failed call; its artifact goes with it.
      status: withheld ? 'error' : (message.status ?? 'success'),
      ...(withheld || message.artifact === undefined ? {} : { artifact: message.artifact }),
    });
  };

  return createMiddleware({
    name: 'portcullis',
    beforeModel: {
      canJumpTo: ['end'],
      hook: async function portcullisBeforeModel(state, runtime) {
        const guardContext = contextOf(state.messages, runtime);
        const updates: BaseMessage[] = [];
        for (const message of state.messages) {
          if (!HumanMessage.isInstance(message)) continue;
          const text = textOf(message);
          if (seen.has(message.id, text)) continue;
          const verdict = await guard.inspect({ surface: 'prompt', text }, guardContext);
          let kept = text;
          if (verdictBlocks(verdict)) {
            // Without an id the message cannot be replaced in the history: fail closed.
            if (message.id === undefined || (verdict.action === 'throw' && onBlock === 'throw')) {
              throw new PortcullisBlockedError({ verdict });
            }
            // Same id, so the reducer replaces it: the blocked text leaves the history for good.
            kept =
              typeof verdict.replacement === 'string'
                ? verdict.replacement
                : blockedNotice(verdict);
            updates.push(new HumanMessage({ id: message.id, content: kept }));
            seen.add(message.id, kept);
            if (verdict.action === 'throw') {
              return { messages: [...updates, stopNotice(verdict)], jumpTo: 'end' };
            }
            continue;
          }
          const redacted = redactedText(verdict);
          if (redacted !== undefined && message.id !== undefined) {
            const replaced = new HumanMessage({
              ...messageFields(message),
              id: message.id,
              content: withText(message.content, redacted),
            });
            updates.push(replaced);
            kept = textOf(replaced);
          }
          seen.add(message.id, kept);
        }
        return updates.length === 0 ? undefined : { messages: updates };
      },
    },
    afterModel: {
      canJumpTo: ['end'],
      hook: async function portcullisAfterModel(state, runtime) {
        const answer = state.messages.at(-1);
        if (!AIMessage.isInstance(answer)) return undefined;
        const guardContext = contextOf(state.messages, runtime);
        const text = textOf(answer);
        let replaced: AIMessage | undefined;
        if (text.trim() !== '') {
          const verdict = await guard.inspect({ surface: 'model_output', text }, guardContext);
          if (verdictBlocks(verdict)) {
            if (answer.id === undefined || (verdict.action === 'throw' && onBlock === 'throw')) {
              throw new PortcullisBlockedError({ verdict });
            }
            // The answer and the tool calls it asked for are dropped; the run ends on a notice.
            return { messages: [stopNotice(verdict, answer.id)], jumpTo: 'end' };
          }
          const redacted = redactedText(verdict);
          if (redacted !== undefined && answer.id !== undefined) {
            replaced = new AIMessage({
              ...messageFields(answer),
              id: answer.id,
              content: withText(answer.content, redacted),
              tool_calls: answer.tool_calls ?? [],
              invalid_tool_calls: answer.invalid_tool_calls ?? [],
              ...(answer.usage_metadata === undefined
                ? {}
                : { usage_metadata: answer.usage_metadata }),
            });
          }
        }
        // Checked here, in order, before any tool runs; wrapToolCall applies the verdicts.
        for (const toolCall of answer.tool_calls ?? []) {
          const verdict = await inspectCall(toolCall, guardContext);
          if (toolCall.id !== undefined) {
            checkedCalls.set(toolCall.id, {
              name: toolCall.name,
              args: stableArgs(toolCall.args),
              verdict,
            });
          }
        }
        return replaced === undefined ? undefined : { messages: [replaced] };
      },
    },
    wrapToolCall: async function portcullisWrapToolCall(request, handler) {
      const { toolCall } = request;
      const guardContext = contextOf(request.state.messages, request.runtime);
      const checked = toolCall.id === undefined ? undefined : checkedCalls.take(toolCall.id);
      // Reuse afterModel's verdict only for the very same call (another middleware may have edited it).
      const verdict =
        checked !== undefined &&
        checked.name === toolCall.name &&
        checked.args !== undefined &&
        checked.args === stableArgs(toolCall.args)
          ? checked.verdict
          : await inspectCall(toolCall, guardContext);
      if (verdictBlocks(verdict)) {
        return new ToolMessage({
          content:
            typeof verdict.replacement === 'string' ? verdict.replacement : blockedNotice(verdict),
          tool_call_id: toolCall.id ?? '',
          name: toolCall.name,
          status: 'error',
        });
      }
      const result = await handler(request);
      if (ToolMessage.isInstance(result)) {
        return scanToolMessage(result, toolCall.name, guardContext);
      }
      // A Command: the tool messages it adds reach the model too.
      const messages = (result as { update?: { messages?: unknown } }).update?.messages;
      if (Array.isArray(messages)) {
        for (const [index, message] of messages.entries()) {
          if (ToolMessage.isInstance(message)) {
            messages[index] = await scanToolMessage(message, toolCall.name, guardContext);
          }
        }
      }
      return result;
    },
  });
}

// --- internal ---

type CheckedCall = {
  readonly name: string;
  readonly args: string | undefined;
  readonly verdict: Verdict;
};

/** The AI message that ends a stopped run; it says what was stopped, never what it said. */
function stopNotice(verdict: Verdict, id?: string): AIMessage {
  return new AIMessage({
    ...(id === undefined ? {} : { id }),
    content: `[portcullis] ${blockedMessage(verdict)}`,
  });
}

/** The masked text when the enforced action is `redact`. */
function redactedText(verdict: Verdict): string | undefined {
  return verdict.enforced && verdict.action === 'redact' && typeof verdict.replacement === 'string'
    ? verdict.replacement
    : undefined;
}

/** The fields a replaced message keeps. */
function messageFields(message: BaseMessage): {
  name?: string;
  additional_kwargs?: Record<string, unknown>;
  response_metadata?: Record<string, unknown>;
} {
  return {
    ...(message.name === undefined ? {} : { name: message.name }),
    additional_kwargs: message.additional_kwargs,
    response_metadata: message.response_metadata,
  };
}

/** The arguments as JSON, to tell whether a call changed; `undefined` when they cannot be serialised. */
function stableArgs(args: unknown): string | undefined {
  try {
    return JSON.stringify(args);
  } catch {
    return undefined;
  }
}

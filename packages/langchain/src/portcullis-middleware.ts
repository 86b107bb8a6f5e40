import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  type MessageContent,
  ToolMessage,
} from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import { Command } from '@langchain/langgraph';
import {
  BoundedMap,
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
import { type ContextOption, resolveContext, threadIdOf } from './context-option.ts';
import { textOf, withNewText } from './message-content.ts';
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
   * `invoke` with LangChain's `MiddlewareError`, whose `cause` is the `PortcullisBlockedError`.
   * @default 'end'
   */
  readonly onBlock?: 'end' | 'throw';
};

/**
 * Agent middleware for `createAgent`: the guard sees every user message, model answer, tool call and tool
 * result, and can change what the model sees next.
 *
 * It uses only the two wrapping hooks, which run inside LangGraph's model and tool nodes and so add no node
 * to the agent's graph:
 *
 * - `wrapModelCall`, before the model: scans the user messages the model is about to see, each once. A
 *   blocked one never reaches the model: it is replaced in the history by a notice (by id, through a
 *   LangGraph `Command`), the model is not called, and the run ends on an AI notice. Secrets are masked.
 * - `wrapModelCall`, after the model: scans the answer (secrets are masked; a canary leak replaces the answer
 *   and the tool calls it asked for by a notice, which ends the run) and checks every tool call the model
 *   asks for, in order, before any of them runs: allow list, arguments, rate limits, loops.
 * - `wrapToolCall` refuses a blocked call without running the tool, and scans the result: a blocked
 *   `ToolMessage` is replaced by a notice that never quotes the attack, a doubtful one is wrapped as
 *   untrusted data, secrets are masked; `tool_call_id` is kept, so the run goes on.
 *
 * Every verdict is audited by the guard. In monitoring mode everything goes through unchanged. Put it last
 * in `middleware` so that it sees exactly what reaches the model and the tools.
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
  // Tool calls checked with the answer, so wrapToolCall does not count them twice (rate limits, loops).
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

  /** Scans the user messages not scanned yet, in order; see {@link PromptScan}. */
  const scanPrompts = async (
    messages: BaseMessage[],
    guardContext: GuardContext,
  ): Promise<PromptScan> => {
    let sent = messages;
    const updates: HumanMessage[] = [];
    for (const [index, message] of messages.entries()) {
      if (!HumanMessage.isInstance(message)) continue;
      const text = textOf(message);
      if (seen.has(message.id, text)) continue;
      const verdict = await guard.inspect({ surface: 'prompt', text }, guardContext);
      let replaced: HumanMessage | undefined;
      if (verdictBlocks(verdict)) {
        // Without an id the message cannot be replaced in the history: fail closed.
        if (message.id === undefined || (verdict.action === 'throw' && onBlock === 'throw')) {
          throw new PortcullisBlockedError({ verdict });
        }
        // Same id, so the reducer replaces it: the blocked text leaves the history for good.
        replaced = new HumanMessage({
          id: message.id,
          content:
            typeof verdict.replacement === 'string' ? verdict.replacement : blockedNotice(verdict),
        });
        if (verdict.action === 'throw') {
          seen.add(message.id, textOf(replaced));
          return { sent, updates: [...updates, replaced], stop: verdict };
        }
      } else {
        const redacted = redactedText(verdict);
        if (redacted !== undefined) replaced = withNewText(message, redacted);
      }
      if (replaced === undefined) {
        seen.add(message.id, text);
        continue;
      }
      if (sent === messages) sent = [...messages];
      sent[index] = replaced;
      if (message.id !== undefined) updates.push(replaced);
      seen.add(message.id, textOf(replaced));
    }
    return { sent, updates };
  };

  /**
   * Scans the answer and checks the tool calls it asks for. Returns the answer to keep: the same message,
   * a masked copy (same id), or a notice without tool calls, which ends the run.
   */
  const checkAnswer = async (
    answer: AIMessage,
    guardContext: GuardContext,
    toolNames: ReadonlySet<string>,
  ): Promise<AIMessage> => {
    const text = textOf(answer);
    let kept = answer;
    if (text.trim() !== '') {
      const verdict = await guard.inspect({ surface: 'model_output', text }, guardContext);
      if (verdictBlocks(verdict)) {
        if (verdict.action === 'throw' && onBlock === 'throw') {
          throw new PortcullisBlockedError({ verdict });
        }
        // The answer and the tool calls it asked for never enter the history; the run ends on a notice.
        return stopNotice(verdict, answer.id);
      }
      const redacted = redactedText(verdict);
      if (redacted !== undefined) kept = withNewText(answer, redacted);
    }
    // Checked here, in order, before any tool runs; wrapToolCall applies the verdicts. Calls to other
    // names (a structured response format's tools) are parsed by the agent and never run as tools; if one
    // reached the tool node all the same, wrapToolCall would check it there.
    for (const toolCall of kept.tool_calls ?? []) {
      if (!toolNames.has(toolCall.name)) continue;
      const verdict = await inspectCall(toolCall, guardContext);
      if (toolCall.id !== undefined) {
        checkedCalls.set(toolCall.id, {
          name: toolCall.name,
          args: stableArgs(toolCall.args),
          verdict,
        });
      }
    }
    return kept;
  };

  /**
   * What the model call returns besides an AI message: a structured response (`{ structuredResponse,
   * messages }`) or a `Command` from a middleware inside this one. Their AI messages are scanned and
   * masked in place; a block throws, since a structured response cannot be taken back (fail closed).
   */
  const checkOtherResult = async (
    messages: unknown[],
    guardContext: GuardContext,
  ): Promise<void> => {
    for (const [index, message] of messages.entries()) {
      if (!AIMessage.isInstance(message)) continue;
      const text = textOf(message);
      if (text.trim() === '') continue;
      const verdict = await guard.inspect({ surface: 'model_output', text }, guardContext);
      if (verdictBlocks(verdict)) throw new PortcullisBlockedError({ verdict });
      const redacted = redactedText(verdict);
      if (redacted !== undefined) messages[index] = withNewText(message, redacted);
    }
  };

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
    wrapModelCall: async function portcullisWrapModelCall(request, handler) {
      const guardContext = contextOf(request.state.messages, request.runtime);
      const prompts = await scanPrompts(request.messages, guardContext);
      if (prompts.stop !== undefined) {
        // The model is not called. The notice (an AI message without tool calls) ends the run, and the
        // Command replaces the blocked message in the history by id.
        return new Command({
          update: { messages: [...prompts.updates, stopNotice(prompts.stop)] },
        });
      }
      const result: unknown = await handler(
        prompts.sent === request.messages ? request : { ...request, messages: prompts.sent },
      );
      if (AIMessage.isInstance(result)) {
        if (prompts.updates.length > 0 && result.id === undefined) {
          // The agent stores this very answer too (see below); give it now the id the reducer would, so
          // a masked copy or a notice replaces it instead of being stored beside it.
          const id = crypto.randomUUID();
          result.id = id;
          result.lc_kwargs.id = id;
        }
        const kept = await checkAnswer(result, guardContext, toolNamesOf(request.tools));
        if (prompts.updates.length === 0) return kept;
        // A masked user message goes into the history by id. Returning a Command, the agent stores the
        // answer its handler returned, then applies this update: a changed answer replaces it by id.
        return new Command({
          update: { messages: kept === result ? prompts.updates : [...prompts.updates, kept] },
        });
      }
      // A structured response or a Command: the agent takes them back from wrapModelCall too, although
      // the declared return type names only AIMessage and Command.
      const messages = otherResultMessages(result);
      if (messages === undefined) return result as AIMessage;
      await checkOtherResult(messages, guardContext);
      // Stored before the result's own messages, each replacing its original by id.
      messages.unshift(...prompts.updates);
      return result as AIMessage;
    },
    wrapToolCall: async function portcullisWrapToolCall(request, handler) {
      const { toolCall } = request;
      const guardContext = contextOf(request.state.messages, request.runtime);
      const checked = toolCall.id === undefined ? undefined : checkedCalls.take(toolCall.id);
      // Reuse the verdict from the answer only for the very same call (another middleware may have edited it).
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

/**
 * The user messages of one model request, scanned: `sent` is what the model gets (blocked messages
 * replaced by a notice, secrets masked), `updates` the replacements for the history (by id), `stop` the
 * verdict when a blocked message ends the run before the model is called.
 */
type PromptScan = {
  readonly sent: BaseMessage[];
  readonly updates: HumanMessage[];
  readonly stop?: Verdict;
};

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

/** The messages of a structured response or of a `Command`, when the model call returned one of those. */
function otherResultMessages(result: unknown): unknown[] | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  if ('structuredResponse' in result) {
    const messages = (result as { messages?: unknown }).messages;
    return Array.isArray(messages) ? messages : undefined;
  }
  const messages = (result as { update?: { messages?: unknown } }).update?.messages;
  return Array.isArray(messages) ? messages : undefined;
}

/** The names of the tools the agent runs (not the provider's built-in tools, which have no name). */
function toolNamesOf(tools: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  for (const tool of tools) {
    const name = (tool as { name?: unknown }).name;
    if (typeof name === 'string') names.add(name);
  }
  return names;
}

/** The arguments as JSON, to tell whether a call changed; `undefined` when they cannot be serialised. */
function stableArgs(args: unknown): string | undefined {
  try {
    return JSON.stringify(args);
  } catch {
    return undefined;
  }
}

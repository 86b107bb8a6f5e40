import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { DocumentInterface } from '@langchain/core/documents';
import type { Serialized } from '@langchain/core/load/serializable';
import { BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import type { LLMResult } from '@langchain/core/outputs';
import {
  BoundedMap,
  type Guard,
  type GuardContext,
  type GuardEvent,
  PortcullisBlockedError,
  safeParseJson,
} from '@portcullis/core';
import { type ContextOption, resolveContext, threadIdOf } from './context-option.ts';
import { textOf } from './message-content.ts';
import { SeenMessages } from './seen-messages.ts';
import { verdictBlocks } from './verdict-blocks.ts';

/** Options of {@link portcullisCallbacks}. */
export type PortcullisCallbacksOptions = {
  /**
   * Who is acting. Defaults to `{ sessionId }`: the run's `thread_id`, else the id of the outermost run
   * (one session per `invoke`, so loop detection never spans unrelated runs).
   */
  readonly context?: ContextOption;
};

/**
 * A LangChain callback handler that shows the guard every prompt, model answer, tool call, tool result and
 * retrieved document, and stops the run when an enforced verdict blocks.
 *
 * Callbacks observe; they cannot change content. So where the middleware would replace, mask or annotate,
 * the handler can only throw `PortcullisBlockedError` (for blocks) or let it pass (everything else is
 * audited). A throw before the model call (`handleChatModelStart`, `handleLLMStart`) rejects the run with
 * zero model calls; a throw in a tool callback is turned by the agent's tool node into an error
 * `ToolMessage`, so the model sees the error instead of the tool's output and the run goes on.
 *
 * `raiseError` is passed to the base constructor, which also makes LangChain await the handler: declared
 * as a class field it would not, and the throw would become an unhandled rejection.
 */
export class PortcullisCallbackHandler extends BaseCallbackHandler {
  name = 'portcullis';
  readonly #guard: Guard;
  readonly #options: PortcullisCallbacksOptions;
  readonly #seen = new SeenMessages();
  /** Every open run: its outermost run, thread and (for tools and retrievers) name. */
  readonly #runs = new BoundedMap<string, RunInfo>(10_000);

  constructor(guard: Guard, options: PortcullisCallbacksOptions = {}) {
    super({ raiseError: true });
    this.#guard = guard;
    this.#options = options;
  }

  /** A handler for the same guard and options (LangChain copies handlers by calling the constructor). */
  override copy(): PortcullisCallbackHandler {
    return new PortcullisCallbackHandler(this.#guard, this.#options);
  }

  /**
   * Records the run's place in the tree. LangChain calls this with the parent run id fourth and the
   * metadata sixth, whatever the declared parameter names say.
   */
  override handleChainStart(
    _chain: Serialized,
    _inputs: unknown,
    runId: string,
    parentRunId?: string,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): void {
    this.#track(runId, parentRunId, metadata);
  }

  override handleChainEnd(_outputs: unknown, runId: string): void {
    this.#runs.delete(runId);
  }

  override handleChainError(_error: unknown, runId: string): void {
    this.#runs.delete(runId);
  }

  /** Scans the user messages not scanned yet; a block rejects the run before the model is called. */
  override async handleChatModelStart(
    _llm: Serialized,
    messages: BaseMessage[][],
    runId: string,
    parentRunId?: string,
    _extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): Promise<void> {
    const context = this.#contextOf(this.#track(runId, parentRunId, metadata));
    for (const batch of messages) {
      for (const message of batch) {
        if (!HumanMessage.isInstance(message)) continue;
        const text = textOf(message);
        if (this.#seen.has(message.id, text)) continue;
        await this.#check({ surface: 'prompt', text }, context);
        this.#seen.add(message.id, text);
      }
    }
  }

  /** Scans the prompts of a text-completion model; a block rejects the run before the model is called. */
  override async handleLLMStart(
    _llm: Serialized,
    prompts: string[],
    runId: string,
    parentRunId?: string,
    _extraParams?: Record<string, unknown>,
    _tags?: string[],
    metadata?: Record<string, unknown>,
  ): Promise<void> {
    const context = this.#contextOf(this.#track(runId, parentRunId, metadata));
    for (const text of prompts) await this.#check({ surface: 'prompt', text }, context);
  }

  /** Scans the answer (secrets, canary leaks); a block rejects the model call. */
  override async handleLLMEnd(output: LLMResult, runId: string): Promise<void> {
    const info = this.#runs.take(runId);
    const context = this.#contextOf(info);
    for (const generations of output.generations) {
      for (const generation of generations) {
        const message = (generation as { message?: unknown }).message;
        const text = BaseMessage.isInstance(message) ? textOf(message) : generation.text;
        if (text.trim() !== '') await this.#check({ surface: 'model_output', text }, context);
      }
    }
  }

  override handleLLMError(_error: unknown, runId: string): void {
    this.#runs.delete(runId);
  }

  /** Checks the call (allow list, arguments, rate, loops); a refusal keeps the tool from running. */
  override async handleToolStart(
    tool: Serialized,
    input: string,
    runId: string,
    parentRunId?: string,
    _tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> {
    const name = runName ?? serializedName(tool);
    const context = this.#contextOf(this.#track(runId, parentRunId, metadata, name));
    await this.#check(
      { surface: 'tool_call', name, arguments: argumentsOf(input as unknown) },
      context,
    );
  }

  /** Scans the tool's output; a block turns it into an error the model sees instead. */
  override async handleToolEnd(output: unknown, runId: string): Promise<void> {
    const info = this.#runs.take(runId);
    const content = ToolMessage.isInstance(output) ? output.content : output;
    await this.#check(
      {
        surface: 'tool_output',
        ...(info?.name === undefined ? {} : { name: info.name }),
        output: content,
      },
      this.#contextOf(info),
    );
  }

  override handleToolError(_error: unknown, runId: string): void {
    this.#runs.delete(runId);
  }

  override handleRetrieverStart(
    retriever: Serialized,
    _query: string,
    runId: string,
    parentRunId?: string,
    _tags?: string[],
    metadata?: Record<string, unknown>,
    name?: string,
  ): void {
    this.#track(runId, parentRunId, metadata, name ?? serializedName(retriever));
  }

  /** Scans the retrieved documents (their text, as the model will read it); a block rejects the retrieval. */
  override async handleRetrieverEnd(documents: DocumentInterface[], runId: string): Promise<void> {
    const info = this.#runs.take(runId);
    if (documents.length === 0) return;
    await this.#check(
      {
        surface: 'tool_output',
        ...(info?.name === undefined ? {} : { name: info.name }),
        output: documents.map((document) => document.pageContent),
      },
      this.#contextOf(info),
    );
  }

  override handleRetrieverError(_error: unknown, runId: string): void {
    this.#runs.delete(runId);
  }

  // --- internal ---

  /** Inspects (the guard audits the verdict) and throws when the enforced verdict blocks. */
  async #check(event: GuardEvent, context: GuardContext): Promise<void> {
    const verdict = await this.#guard.inspect(event, context);
    if (verdictBlocks(verdict)) throw new PortcullisBlockedError({ verdict });
  }

  #track(
    runId: string,
    parentRunId: string | undefined,
    metadata: Record<string, unknown> | undefined,
    name?: string,
  ): RunInfo {
    const parent = parentRunId === undefined ? undefined : this.#runs.get(parentRunId);
    const threadId = threadIdOf(metadata) ?? parent?.threadId;
    const info: RunInfo = {
      root: parent?.root ?? parentRunId ?? runId,
      ...(threadId === undefined ? {} : { threadId }),
      ...(name === undefined ? {} : { name }),
    };
    this.#runs.set(runId, info);
    return info;
  }

  #contextOf(info: RunInfo | undefined): GuardContext {
    return resolveContext(this.#options.context, {
      threadId: info?.threadId,
      sessionId: info?.threadId ?? info?.root,
    });
  }
}

/**
 * Creates the callback handler: pass it in `callbacks` of any LangChain call, or of `agent.invoke`.
 *
 * @param guard - The guard from `createGuard`.
 * @param options.context - Who is acting (session, agent, tenant).
 * @example
 * import { createGuard } from '@portcullis/core';
 * import { portcullisCallbacks } from '@portcullis/langchain';
 *
 * const guard = createGuard({ mode: 'strict' });
 * await agent.invoke({ messages }, { callbacks: [portcullisCallbacks(guard)] });
 * // rejects with PortcullisBlockedError (code 'BLOCKED') when the prompt is an injection
 */
export function portcullisCallbacks(
  guard: Guard,
  options: PortcullisCallbacksOptions = {},
): PortcullisCallbackHandler {
  return new PortcullisCallbackHandler(guard, options);
}

// --- internal ---

type RunInfo = { readonly root: string; readonly threadId?: string; readonly name?: string };

/** The name a serialized tool or retriever carries: its `name`, else its class. */
function serializedName(serialized: Serialized): string {
  const name = (serialized as { name?: unknown }).name;
  if (typeof name === 'string' && name !== '') return name;
  return serialized.id.at(-1) ?? 'unknown';
}

/** Tool input reaches callbacks as the arguments object, or as a string (JSON or plain). */
function argumentsOf(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const parsed = safeParseJson(input);
  return parsed.success && typeof parsed.value === 'object' && parsed.value !== null
    ? parsed.value
    : { input };
}

import { type Guard, type GuardContext, invalidConfig, type Verdict } from '@portcullis/core';
import { GuardBlockedError } from './guard-blocked-error.ts';
import { callContext, conversationId } from './guard-context.ts';
import { guardGenerateResult } from './guard-generate-result.ts';
import { guardStream } from './guard-stream.ts';
import type { CallParams, GenerateResultShape, StreamResultShape } from './model-shapes.ts';
import type { OutputGuardOptions } from './output-guard-options.ts';
import { createPromptGuard } from './prompt-guard.ts';
import { refusalResult, refusalStream } from './refusal.ts';
import { type BlockStyle, blockStyleFor, noticeOf } from './verdict-effects.ts';

/** What the `context` option receives for each model call. */
export type MiddlewareContextInfo = {
  /**
   * `providerOptions.portcullis.sessionId` of the call when set; otherwise an id derived from the
   * conversation's first user message (stable over the steps of a run).
   */
  readonly sessionId: string | undefined;
  /** The call options of the model call (prompt, providerOptions, headers, ...). */
  readonly params: CallParams;
};

/** Options of {@link portcullisMiddleware}. */
export type PortcullisMiddlewareOptions = {
  /**
   * Who is acting, for policies, rate limits, loop detection and session risk. A plain object is merged over
   * `{ sessionId }`; a function is asked on every model call and its answer used as is. A call can also
   * carry `providerOptions: { portcullis: { sessionId, agentId, tenantId } }`, which wins over both.
   */
  readonly context?: GuardContext | ((info: MiddlewareContextInfo) => GuardContext);
  /**
   * A blocked user message: `'throw'` rejects the call with {@link GuardBlockedError}; `'refuse'` answers
   * with a refusal and finish reason `content-filter`. The model is not called either way. Default: the
   * guard's `enforcement.onBlock.prompt` (`throw`, or `refuse` when set to `replace`).
   */
  readonly onBlockedPrompt?: BlockStyle;
  /**
   * A blocked model answer (a canary or system-prompt leak, say): `'throw'` rejects (generate) or puts
   * {@link GuardBlockedError} in the stream as an `error` part; `'refuse'` replaces it by a refusal. Both
   * finish with `content-filter`. Default: the guard's `enforcement.onBlock.model_output`.
   */
  readonly onBlockedOutput?: BlockStyle;
  /** Inspect the tool calls the model requests; a refused call is dropped. Default `true`. */
  readonly checkToolCalls?: boolean;
  /** Inspect the model's text (generated and streamed). Default `true`. */
  readonly scanOutput?: boolean;
  /**
   * Characters of streamed text held back until what follows them has been inspected. Default 256, and at
   * least the longest configured canary.
   */
  readonly holdBack?: number;
  /** The text of a refusal. Default: the guard's notice, which names the findings but quotes nothing. */
  readonly refusalText?: (verdict: Verdict) => string;
};

/**
 * A language-model middleware for the AI SDK: a plain object with `specificationVersion: 'v3'` that uses
 * only what V3 and V4 share, so the same object works with `wrapLanguageModel` of ai 6 and ai 7.
 * Its hooks are generic so that the object type-checks against both versions' middleware types.
 */
export type PortcullisMiddleware = {
  readonly specificationVersion: 'v3';
  readonly transformParams: <PARAMS extends CallParams>(options: {
    readonly type: 'generate' | 'stream';
    readonly params: PARAMS;
    readonly model: unknown;
  }) => Promise<PARAMS>;
  readonly wrapGenerate: <RESULT extends GenerateResultShape>(options: {
    readonly doGenerate: () => PromiseLike<RESULT>;
    readonly doStream: () => PromiseLike<unknown>;
    readonly params: CallParams;
    readonly model: unknown;
  }) => Promise<RESULT>;
  readonly wrapStream: <RESULT extends StreamResultShape>(options: {
    readonly doGenerate: () => PromiseLike<unknown>;
    readonly doStream: () => PromiseLike<RESULT>;
    readonly params: CallParams;
    readonly model: unknown;
  }) => Promise<RESULT>;
};

const DEFAULT_HOLD_BACK = 256;

/**
 * Guards every call of a language model:
 * - `transformParams` inspects new user messages (`prompt`) and every `tool-result` in the prompt
 *   (`tool_output`, all output types, JSON walked). A blocked message throws {@link GuardBlockedError}
 *   (or is answered with a refusal) and the model is never called; a blocked tool result is replaced by the
 *   guard's notice and the agent loop goes on; doubtful results are annotated as untrusted data; secrets
 *   and personal data are redacted. Content seen on an earlier step is not inspected again.
 * - `wrapGenerate` inspects the answer: its text (`model_output`) and the tool calls it requests
 *   (`tool_call`); a refused call is removed and never executes.
 * - `wrapStream` does the same on the stream, holding text back until it is inspected, so nothing blocked
 *   is ever emitted; a block ends the stream with `content-filter`.
 *
 * @example
 * import { createGuard } from '@portcullis/core';
 * import { portcullisMiddleware } from '@portcullis/ai-sdk';
 * import { generateText, wrapLanguageModel } from 'ai';
 *
 * const guard = createGuard({ mode: 'strict' });
 * const model = wrapLanguageModel({ model: openai('gpt-5-mini'), middleware: portcullisMiddleware(guard) });
 * const { text } = await generateText({ model, prompt: 'Summarise https://example.com' });
 *
 * @throws {PortcullisError} `INVALID_CONFIG` for a bad option.
 */
export function portcullisMiddleware(
  guard: Guard,
  options: PortcullisMiddlewareOptions = {},
): PortcullisMiddleware {
  const settings = checkedOptions(guard, options);
  const guardPrompt = createPromptGuard(guard);
  /** Per model call (keyed by the params `transformParams` returned): its context, or its refusal. */
  const calls = new WeakMap<object, { context: GuardContext; refusal?: Verdict }>();

  const contextOf = async (params: CallParams): Promise<GuardContext> => {
    const fromCall = callContext(params.providerOptions);
    const sessionId = fromCall.sessionId ?? (await conversationId(params.prompt));
    if (typeof options.context === 'function') return options.context({ sessionId, params });
    return { ...(sessionId === undefined ? {} : { sessionId }), ...options.context, ...fromCall };
  };
  const outputOptions = (context: GuardContext): OutputGuardOptions => ({
    guard,
    context,
    scanOutput: settings.scanOutput,
    checkToolCalls: settings.checkToolCalls,
    onBlockedOutput: options.onBlockedOutput,
    refusalText: settings.refusalText,
  });
  const callOf = async (params: CallParams) =>
    calls.get(params) ?? { context: await contextOf(params) };

  return {
    specificationVersion: 'v3',
    async transformParams({ params }) {
      const context = await contextOf(params);
      const outcome = await guardPrompt(params.prompt, context);
      if (outcome.kind === 'blocked') {
        if (blockStyleFor(options.onBlockedPrompt, outcome.verdict) === 'throw')
          throw new GuardBlockedError({ verdict: outcome.verdict });
        // A new object: wrapGenerate / wrapStream receive exactly what this returns and answer for it.
        const refused = { ...params };
        calls.set(refused, { context, refusal: outcome.verdict });
        return refused;
      }
      const next =
        outcome.prompt === params.prompt
          ? params
          : ({ ...params, prompt: outcome.prompt } as typeof params);
      calls.set(next, { context });
      return next;
    },
    async wrapGenerate({ doGenerate, params }) {
      const call = await callOf(params);
      if (call.refusal !== undefined) {
        // The refusal has the generate-result shape of V3 and V4 alike.
        return refusalResult(settings.refusalText(call.refusal)) as unknown as Awaited<
          ReturnType<typeof doGenerate>
        >;
      }
      return guardGenerateResult(await doGenerate(), outputOptions(call.context));
    },
    async wrapStream({ doStream, params }) {
      const call = await callOf(params);
      if (call.refusal !== undefined) {
        return {
          stream: refusalStream(settings.refusalText(call.refusal)),
        } as unknown as Awaited<ReturnType<typeof doStream>>;
      }
      const result = await doStream();
      return {
        ...result,
        stream: result.stream.pipeThrough(
          guardStream({ ...outputOptions(call.context), holdBack: settings.holdBack }),
        ),
      };
    },
  };
}

// --- internal ---

function checkedOptions(guard: Guard, options: PortcullisMiddlewareOptions) {
  const { holdBack = DEFAULT_HOLD_BACK } = options;
  if (!Number.isInteger(holdBack) || holdBack < 1)
    throw invalidConfig(['holdBack'], 'must be a positive integer');
  for (const key of ['onBlockedPrompt', 'onBlockedOutput'] as const) {
    const value = options[key];
    if (value !== undefined && value !== 'throw' && value !== 'refuse')
      throw invalidConfig([key], "must be 'throw' or 'refuse'");
  }
  const longestCanary = Math.max(0, ...guard.config.canaries.map((canary) => canary.length));
  return {
    holdBack: Math.max(holdBack, longestCanary),
    checkToolCalls: options.checkToolCalls ?? true,
    scanOutput: options.scanOutput ?? true,
    refusalText: options.refusalText ?? noticeOf,
  };
}

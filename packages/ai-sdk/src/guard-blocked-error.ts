import { AISDKError } from '@ai-sdk/provider';
import { blockedMessage, type Verdict } from '@portcullis/core';

const NAME = 'AI_GuardBlockedError';
/** The AI SDK's per-class marker convention (`vercel.ai.error.AI_XxxError`). */
const MARKER = `vercel.ai.error.${NAME}`;
/** The brand `@portcullis/core` uses for its errors (`PortcullisError.isInstance`). */
const PORTCULLIS_MARKER = Symbol.for('portcullis.error');

/**
 * Thrown (or put in the stream as an `error` part) when Portcullis blocks a prompt, a model output, a tool
 * call or a tool output. Its message names what was found but never quotes the blocked text.
 *
 * It is an `AISDKError`: it extends the class of `@ai-sdk/provider` (v3 with ai 6, v4 with ai 7) and both
 * versions recognise it, because `AISDKError.isInstance` checks the `Symbol.for('vercel.ai.error')` brand
 * that every AI SDK error carries, not the class. It also carries the `@portcullis/core` brand and
 * `code: 'BLOCKED'`, so `PortcullisBlockedError.isInstance(error)` is true as well.
 *
 * @example
 * try {
 *   await generateText({ model: guardedModel, prompt });
 * } catch (error) {
 *   if (GuardBlockedError.isInstance(error)) console.log(error.verdict.findings);
 * }
 */
export class GuardBlockedError extends AISDKError {
  /** Always `'BLOCKED'`, as on `PortcullisBlockedError`. */
  readonly code: 'BLOCKED' = 'BLOCKED';
  /** The guard's verdict: decision, findings, policies, event id. */
  readonly verdict: Verdict;
  /** `{ eventId }`, as on `PortcullisBlockedError`. */
  readonly data: { readonly eventId: string };

  constructor({ verdict, message }: { verdict: Verdict; message?: string }) {
    super({ name: NAME, message: `[portcullis] ${message ?? blockedMessage(verdict)}` });
    // Symbol brands as non-enumerable properties (not declared fields), so the checks work across bundles
    // and the declarations stay emittable under isolatedDeclarations.
    Object.defineProperty(this, Symbol.for(MARKER), { value: true });
    Object.defineProperty(this, PORTCULLIS_MARKER, { value: true });
    this.verdict = verdict;
    this.data = { eventId: verdict.eventId };
  }

  /** True for a `GuardBlockedError` from any copy of this package. */
  static override isInstance(error: unknown): error is GuardBlockedError {
    return AISDKError.hasMarker(error, MARKER);
  }
}

/**
 * The few shapes of the AI SDK's language-model specification this package reads, written structurally so
 * one implementation serves `LanguageModelV3` (ai 6) and `LanguageModelV4` (ai 7). Only fields that have the
 * same meaning in both versions appear here; everything else is passed through untouched.
 *
 * @module
 */

/** Call options of a language model, as far as the middleware reads them. */
export type CallParams = {
  readonly prompt: readonly unknown[];
  readonly providerOptions?: unknown;
};

/** The result of `doGenerate`, as far as the middleware reads it. */
export type GenerateResultShape = {
  readonly content: readonly unknown[];
};

/** The result of `doStream`, as far as the middleware reads it. */
export type StreamResultShape = {
  readonly stream: ReadableStream<unknown>;
};

/** A message or a part: any object with a string discriminant. */
export type Tagged = { readonly type: string; readonly [key: string]: unknown };

/** `finishReason` of a generate result or a `finish` stream part (object form in V3 and V4). */
export const CONTENT_FILTER: { readonly unified: 'content-filter'; readonly raw: string } = {
  unified: 'content-filter',
  raw: 'portcullis',
};

/** Token usage for an answer the model never gave (a refusal or a cut stream). */
export function emptyUsage(): {
  inputTokens: {
    total: undefined;
    noCache: undefined;
    cacheRead: undefined;
    cacheWrite: undefined;
  };
  outputTokens: { total: undefined; text: undefined; reasoning: undefined };
} {
  return {
    inputTokens: {
      total: undefined,
      noCache: undefined,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: undefined, text: undefined, reasoning: undefined },
  };
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an object with a string `type`. */
export function isTagged(value: unknown): value is Tagged {
  return isRecord(value) && typeof value.type === 'string';
}

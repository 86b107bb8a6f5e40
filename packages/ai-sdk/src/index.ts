/**
 * `@portcullis/ai-sdk`: Portcullis for the Vercel AI SDK (ai 6 and ai 7). A language-model middleware that
 * guards prompts, tool results, model answers and requested tool calls, and a wrapper that guards tool
 * execution. Any new export added here becomes public API; `index.test.ts` pins the list.
 *
 * @module
 */
export { GuardBlockedError } from './guard-blocked-error.ts';
export { type GuardToolsOptions, guardTools, type ToolContextInfo } from './guard-tools.ts';
export type { CallParams, GenerateResultShape, StreamResultShape } from './model-shapes.ts';
export {
  type MiddlewareContextInfo,
  type PortcullisMiddleware,
  type PortcullisMiddlewareOptions,
  portcullisMiddleware,
} from './portcullis-middleware.ts';
export type { BlockStyle } from './verdict-effects.ts';

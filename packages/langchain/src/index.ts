/**
 * `@portcullis/langchain`: Portcullis for LangChain.js v1 — agent middleware, a callback handler and a tool
 * wrapper. Any new export added here becomes public API; `index.test.ts` pins the list.
 *
 * @module
 */
export type { ContextInfo, ContextOption } from './context-option.ts';
export { type GuardLangChainToolOptions, guardLangChainTool } from './guard-langchain-tool.ts';
export {
  PortcullisCallbackHandler,
  type PortcullisCallbacksOptions,
  portcullisCallbacks,
} from './portcullis-callbacks.ts';
export { type PortcullisMiddlewareOptions, portcullisMiddleware } from './portcullis-middleware.ts';

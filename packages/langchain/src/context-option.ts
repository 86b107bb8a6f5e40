import type { GuardContext } from '@portcullis/core';

/** What the adapter knows about the run when it asks for the guard context. */
export type ContextInfo = {
  /** The session Portcullis would use on its own: the LangGraph `thread_id`, else one id per conversation or run. */
  readonly sessionId: string | undefined;
  /** `configurable.thread_id` of the run, when one was passed. */
  readonly threadId: string | undefined;
};

/**
 * Who is acting, for policies, rate limits, loop detection and session risk. A plain object is merged over
 * the default (`{ sessionId }`); a function is asked on every event and its answer used as is.
 *
 * @example
 * portcullisMiddleware(guard, { context: ({ sessionId }) => ({ sessionId, agentId: 'support-bot', tenantId: 'acme' }) });
 */
export type ContextOption = GuardContext | ((info: ContextInfo) => GuardContext);

/** Resolves the `context` option for one event. */
export function resolveContext(option: ContextOption | undefined, info: ContextInfo): GuardContext {
  if (typeof option === 'function') return option(info);
  const base: GuardContext = info.sessionId === undefined ? {} : { sessionId: info.sessionId };
  return option === undefined ? base : { ...base, ...option };
}

/** `configurable.thread_id` of a LangChain config or LangGraph runtime, when it is a usable string. */
export function threadIdOf(configurable: unknown): string | undefined {
  if (typeof configurable !== 'object' || configurable === null) return undefined;
  const threadId = (configurable as { thread_id?: unknown }).thread_id;
  if (typeof threadId === 'string' && threadId !== '') return threadId;
  return typeof threadId === 'number' ? String(threadId) : undefined;
}

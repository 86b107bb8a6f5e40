import type { Guard } from './create-guard.ts';
import type { GuardContext } from './events.ts';

/** Options of {@link guardTool}. */
export type GuardToolOptions = {
  /** The tool's name, as policies see it. */
  readonly name: string;
  /** Who is calling: session, agent, tenant. A function is asked on every call. */
  readonly context?: GuardContext | (() => GuardContext);
};

/**
 * Wraps any async tool function: the call is checked before it runs (a refused call throws
 * `PortcullisBlockedError` and the function never runs), the output is scanned after, and the verdict
 * applied (a blocked output is replaced by a notice, a doubtful one annotated, secrets masked).
 *
 * @example
 * const search = guardTool(async (query: string) => fetchResults(query), guard, { name: 'search' });
 */
export function guardTool<Args extends unknown[], Result>(
  fn: (...args: Args) => Promise<Result> | Result,
  guard: Guard,
  { name, context }: GuardToolOptions,
): (...args: Args) => Promise<Result | string> {
  return async (...args: Args) => {
    const callContext = typeof context === 'function' ? context() : (context ?? {});
    const callArguments = args.length === 1 ? args[0] : args;
    await guard.enforce({ surface: 'tool_call', name, arguments: callArguments }, callContext);
    const output = await fn(...args);
    const { content } = await guard.enforce({ surface: 'tool_output', name, output }, callContext);
    return content as Result | string;
  };
}

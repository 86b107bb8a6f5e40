import type { Guard, GuardContext, Verdict } from '@portcullis/core';
import type { BlockStyle } from './verdict-effects.ts';

/** What guarding one model answer (generated or streamed) needs. */
export type OutputGuardOptions = {
  readonly guard: Guard;
  readonly context: GuardContext;
  /** Inspect the model's text as `model_output`. */
  readonly scanOutput: boolean;
  /** Inspect the tool calls the model requests as `tool_call`. */
  readonly checkToolCalls: boolean;
  /** Fixed by the user, or `undefined` to follow the guard's `enforcement.onBlock.model_output`. */
  readonly onBlockedOutput: BlockStyle | undefined;
  /** The text of a refusal answer. */
  readonly refusalText: (verdict: Verdict) => string;
};

import type { Verdict } from '@portcullis/core';
import { checkToolCall } from './check-tool-call.ts';
import { GuardBlockedError } from './guard-blocked-error.ts';
import { CONTENT_FILTER, emptyUsage, isTagged, type Tagged } from './model-shapes.ts';
import type { OutputGuardOptions } from './output-guard-options.ts';
import { textBlock } from './refusal.ts';
import { redactedCut, redactionCategories } from './stream-redaction.ts';
import { blockStyleFor, changesContent, isBlocking, noticeOf } from './verdict-effects.ts';

/** Options of {@link guardStream}. */
export type GuardStreamOptions = OutputGuardOptions & {
  /** Characters of streamed text held back until the text after them has been inspected. */
  readonly holdBack: number;
};

/**
 * Guards a model stream (V3 or V4 stream parts) as it flows:
 * - text is held back by `holdBack` characters and inspected as `model_output` before it is emitted (with
 *   the last emitted characters as context), so nothing blocked is ever emitted, even when it arrives split
 *   over many deltas. A block ends the stream at once: the open text blocks are closed, a refusal text (or
 *   an `error` part with `GuardBlockedError`) follows, then `finish` with `content-filter`; the rest of the
 *   model's stream is cancelled. Secrets and personal data are redacted, never cut in half;
 * - tool calls are held back (with their `tool-input-*` parts) until checked: a refused call is dropped,
 *   so it never executes, and the guard's notice is emitted as text in its place.
 * Other parts pass through.
 */
export function guardStream({
  holdBack,
  ...options
}: GuardStreamOptions): TransformStream<unknown, unknown> {
  const { scanOutput, checkToolCalls } = options;
  // Inspect once enough text is waiting, so a long answer costs a few inspections, not one per delta.
  const batch = Math.max(32, Math.floor(holdBack / 2));
  const contextLength = Math.min(holdBack, 128);
  const texts = new Map<string, TextState>();
  const toolInputs = new Map<string, Tagged[]>();
  let blocked = false;
  let refusedCalls = 0;
  let allowedCalls = 0;

  const block = (verdict: Verdict, controller: TransformStreamDefaultController<unknown>) => {
    blocked = true;
    for (const id of texts.keys()) controller.enqueue({ type: 'text-end', id });
    texts.clear();
    toolInputs.clear();
    if (blockStyleFor(options.onBlockedOutput, verdict) === 'refuse') {
      for (const part of textBlock('portcullis-refusal', options.refusalText(verdict)))
        controller.enqueue(part);
    } else {
      controller.enqueue({ type: 'error', error: new GuardBlockedError({ verdict }) });
    }
    controller.enqueue({ type: 'finish', finishReason: CONTENT_FILTER, usage: emptyUsage() });
    controller.terminate();
  };

  /** Inspects the held-back text of one block and emits what is safe; `final` emits all of it. */
  const release = async (
    id: string,
    state: TextState,
    final: boolean,
    controller: TransformStreamDefaultController<unknown>,
  ) => {
    const limit = final ? state.pending.length : state.pending.length - holdBack;
    if (limit <= 0) return;
    const window = state.context + state.pending;
    const verdict = await options.guard.inspect(
      { surface: 'model_output', text: window },
      options.context,
    );
    if (isBlocking(verdict)) {
      block(verdict, controller);
      return;
    }
    let length = limit;
    let text = state.pending.slice(0, limit);
    if (changesContent(verdict) && verdict.action === 'redact') {
      const cut = redactedCut(state.pending, limit, redactionCategories(verdict, window));
      if (cut === undefined) return;
      ({ length, text } = cut);
    }
    state.context = (state.context + state.pending.slice(0, length)).slice(-contextLength);
    state.pending = state.pending.slice(length);
    if (text !== '') controller.enqueue({ type: 'text-delta', id, delta: text });
  };

  /** Emits all held-back text (inspected), so parts that follow keep their order. */
  const releaseAll = async (controller: TransformStreamDefaultController<unknown>) => {
    for (const [id, state] of texts) {
      if (blocked) return;
      await release(id, state, true, controller);
    }
  };

  const flushToolInputs = (controller: TransformStreamDefaultController<unknown>) => {
    for (const parts of toolInputs.values()) for (const part of parts) controller.enqueue(part);
    toolInputs.clear();
  };

  return new TransformStream<unknown, unknown>({
    async transform(part, controller) {
      if (blocked) return;
      if (!isTagged(part)) {
        controller.enqueue(part);
        return;
      }
      switch (part.type) {
        case 'text-start':
          if (scanOutput) texts.set(String(part.id), { pending: '', context: '' });
          controller.enqueue(part);
          return;
        case 'text-delta': {
          if (!scanOutput || typeof part.delta !== 'string') {
            controller.enqueue(part);
            return;
          }
          const id = String(part.id);
          let state = texts.get(id);
          if (state === undefined) {
            state = { pending: '', context: '' };
            texts.set(id, state);
          }
          state.pending += part.delta;
          if (state.pending.length >= holdBack + batch) await release(id, state, false, controller);
          return;
        }
        case 'text-end': {
          const id = String(part.id);
          const state = texts.get(id);
          if (state !== undefined) {
            await release(id, state, true, controller);
            if (blocked) return;
            texts.delete(id);
          }
          controller.enqueue(part);
          return;
        }
        case 'tool-input-start':
          await releaseAll(controller);
          if (blocked) return;
          if (checkToolCalls && part.providerExecuted !== true)
            toolInputs.set(String(part.id), [part]);
          else controller.enqueue(part);
          return;
        case 'tool-input-delta':
        case 'tool-input-end': {
          const held = toolInputs.get(String(part.id));
          if (held === undefined) controller.enqueue(part);
          else held.push(part);
          return;
        }
        case 'tool-call': {
          await releaseAll(controller);
          if (blocked) return;
          const held = toolInputs.get(String(part.toolCallId)) ?? [];
          toolInputs.delete(String(part.toolCallId));
          const verdict = checkToolCalls ? await checkToolCall(part, options) : undefined;
          if (verdict === undefined) {
            if (part.providerExecuted !== true) allowedCalls += 1;
            for (const input of held) controller.enqueue(input);
            controller.enqueue(part);
            return;
          }
          refusedCalls += 1;
          for (const notice of textBlock(
            `portcullis-${String(part.toolCallId)}`,
            noticeOf(verdict),
          ))
            controller.enqueue(notice);
          return;
        }
        case 'finish':
        case 'error':
          await releaseAll(controller);
          if (blocked) return;
          flushToolInputs(controller);
          if (part.type === 'finish' && refusedCalls > 0 && allowedCalls === 0) {
            controller.enqueue({ ...part, finishReason: CONTENT_FILTER });
            return;
          }
          controller.enqueue(part);
          return;
        default:
          controller.enqueue(part);
      }
    },
    async flush(controller) {
      if (blocked) return;
      await releaseAll(controller);
      if (!blocked) flushToolInputs(controller);
    },
  });
}

// --- internal ---

type TextState = {
  /** Received, not yet emitted. */
  pending: string;
  /** The last emitted characters, inspected again with what follows them. */
  context: string;
};

import type { Guard, GuardContext, Verdict } from '@portcullis/core';
import { BoundedMap, stableJson } from '@portcullis/core';
import { takeGuardedOutput } from './checked-tool-calls.ts';
import { contentKey } from './content-key.ts';
import { fileText } from './file-text.ts';
import { GuardBlockedError } from './guard-blocked-error.ts';
import { isRecord, isTagged, type Tagged } from './model-shapes.ts';
import { outputAfter, outputScan } from './tool-result-output.ts';
import { changesContent, isBlocking } from './verdict-effects.ts';

/** What guarding a prompt gives: the prompt to send (changed or not), or the verdict of a blocked message. */
export type PromptOutcome =
  | { readonly kind: 'pass'; readonly prompt: readonly unknown[] }
  | { readonly kind: 'blocked'; readonly verdict: Verdict };

/** Guards the prompt of one model call. */
export type PromptGuard = (
  prompt: readonly unknown[],
  context: GuardContext,
) => Promise<PromptOutcome>;

const MAX_CACHED = 4096;

/**
 * Guards model prompts. User text is inspected as `prompt`; every `tool-result` part (in `tool` and, when
 * provider-executed, `assistant` messages) and every textual file a user attached as `tool_output`, i.e. as
 * untrusted content. The enforced verdict is applied to the part: a blocked tool result is replaced by the
 * guard's notice, a doubtful one annotated, secrets and personal data redacted.
 *
 * A multi-step run resends the whole conversation on every step. Each part's outcome is remembered by the
 * session, the tool call id and a hash of the content, so earlier messages are neither inspected nor
 * counted again; only new content reaches the guard. Blocked user messages are never remembered: sending
 * one again is inspected (and audited) again.
 */
export function createPromptGuard(guard: Guard): PromptGuard {
  const remembered = new BoundedMap<string, unknown>(MAX_CACHED);

  /** The part unchanged (`undefined`), a new part, or a blocked verdict. */
  const guardPart = async (
    role: unknown,
    part: Tagged,
    context: GuardContext,
    scope: string,
  ): Promise<Tagged | Verdict | undefined> => {
    if (role === 'user' && part.type === 'text' && typeof part.text === 'string') {
      const { text } = part;
      if (text.trim() === '') return undefined;
      const key = `prompt\u0000${scope}\u0000${await contentKey(text)}`;
      const known = remembered.get(key);
      if (known !== undefined) return known === KEEP ? undefined : { ...part, text: known };
      const verdict = await guard.inspect({ surface: 'prompt', text }, context);
      if (isBlocking(verdict)) return verdict;
      const next = changesContent(verdict) && typeof verdict.replacement === 'string';
      remembered.set(key, next ? verdict.replacement : KEEP);
      return next ? { ...part, text: verdict.replacement as string } : undefined;
    }
    if (role === 'user' && part.type === 'file') {
      const text = fileText(part.data, part.mediaType);
      if (text === undefined || text.trim() === '') return undefined;
      const key = `file\u0000${scope}\u0000${await contentKey(text)}`;
      let next = remembered.get(key) as FileOutcome | typeof KEEP | undefined;
      if (next === undefined) {
        // A document the user attached is content from elsewhere: scanned as untrusted, like a tool output.
        const verdict = await guard.inspect({ surface: 'tool_output', output: text }, context);
        if (verdict.enforced && verdict.action === 'throw')
          throw new GuardBlockedError({ verdict });
        next = changesContent(verdict)
          ? { text: String(verdict.replacement), redacted: verdict.action === 'redact' }
          : KEEP;
        remembered.set(key, next);
      }
      if (next === KEEP) return undefined;
      // A redaction keeps inline text inline; a notice or an annotation replaces the file by a text part.
      return next.redacted && isRecord(part.data) && part.data.type === 'text'
        ? { ...part, data: { ...part.data, text: next.text } }
        : { type: 'text', text: next.text };
    }
    if ((role === 'tool' || role === 'assistant') && part.type === 'tool-result') {
      const scan = outputScan(part.output);
      if (scan === undefined) return undefined;
      const toolName = typeof part.toolName === 'string' ? part.toolName : undefined;
      const toolCallId = typeof part.toolCallId === 'string' ? part.toolCallId : undefined;
      const json = stableJson(scan.value);
      const key = `result\u0000${scope}\u0000${toolCallId}\u0000${toolName}\u0000${await contentKey(json)}`;
      let next = remembered.get(key);
      if (next === undefined) {
        if (
          toolCallId !== undefined &&
          toolName !== undefined &&
          scan.kind !== 'content' &&
          takeGuardedOutput(guard, { toolCallId, toolName, outputJson: json })
        ) {
          // guardTools already scanned (and, if needed, replaced) exactly this output.
          next = KEEP;
        } else {
          const verdict = await guard.inspect(
            {
              surface: 'tool_output',
              ...(toolName === undefined ? {} : { name: toolName }),
              output: scan.value,
            },
            context,
          );
          if (verdict.enforced && verdict.action === 'throw')
            throw new GuardBlockedError({ verdict });
          next = changesContent(verdict) ? outputAfter(part.output, scan, verdict) : KEEP;
        }
        remembered.set(key, next);
      }
      return next === KEEP ? undefined : { ...part, output: next };
    }
    return undefined;
  };

  return async function guardPrompt(prompt, context) {
    const scope = stableJson(context);
    let nextPrompt: unknown[] | undefined;
    for (const [messageIndex, message] of prompt.entries()) {
      if (!isRecord(message) || !Array.isArray(message.content)) continue;
      const { role } = message;
      if (role !== 'user' && role !== 'tool' && role !== 'assistant') continue;
      let nextContent: unknown[] | undefined;
      for (const [partIndex, part] of message.content.entries()) {
        if (!isTagged(part)) continue;
        const outcome = await guardPart(role, part, context, scope);
        if (outcome === undefined) continue;
        if (isVerdict(outcome)) return { kind: 'blocked', verdict: outcome };
        nextContent ??= [...message.content];
        nextContent[partIndex] = outcome;
      }
      if (nextContent !== undefined) {
        nextPrompt ??= [...prompt];
        nextPrompt[messageIndex] = { ...message, content: nextContent };
      }
    }
    return { kind: 'pass', prompt: nextPrompt ?? prompt };
  };
}

// --- internal ---

/** Marks content the guard let through unchanged. */
const KEEP: unique symbol = Symbol('keep');

function isVerdict(value: Tagged | Verdict): value is Verdict {
  return !('type' in value) && typeof value.eventId === 'string';
}

/** What a textual file attached by the user became. */
type FileOutcome = { readonly text: string; readonly redacted: boolean };

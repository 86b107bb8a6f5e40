import type { GuardContext } from '@portcullis/core';
import { isRecord, isTagged } from './model-shapes.ts';
import { sha256 } from './sha256.ts';

/**
 * The guard context a call carries in `providerOptions.portcullis` (`sessionId`, `agentId`, `tenantId`),
 * e.g. `generateText({ ..., providerOptions: { portcullis: { sessionId: chatId } } })`.
 */
export function callContext(providerOptions: unknown): GuardContext {
  const options = isRecord(providerOptions) ? providerOptions.portcullis : undefined;
  if (!isRecord(options)) return {};
  const context: { sessionId?: string; agentId?: string; tenantId?: string } = {};
  if (typeof options.sessionId === 'string') context.sessionId = options.sessionId;
  if (typeof options.agentId === 'string') context.agentId = options.agentId;
  if (typeof options.tenantId === 'string') context.tenantId = options.tenantId;
  return context;
}

/**
 * A stable session id for a conversation when none was given: the hash of its first user message, which
 * every step of a multi-step run repeats (in the model prompt and in the `messages` tools receive). Keeps
 * loop detection and session risk per conversation instead of one shared `default` session.
 */
export async function conversationId(messages: unknown): Promise<string | undefined> {
  if (!Array.isArray(messages)) return undefined;
  const first = messages.find((message) => isRecord(message) && message.role === 'user');
  if (!isRecord(first)) return undefined;
  const text = messageText(first.content);
  if (text === '') return undefined;
  return `conversation-${(await sha256(text)).slice(0, 24)}`;
}

// --- internal ---

/** The text of a user message: a string (ai `ModelMessage`) or text parts (the model prompt). */
function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) =>
      isTagged(part) && part.type === 'text' && typeof part.text === 'string' ? part.text : '',
    )
    .join('\n');
}

import type { BaseMessage, MessageContent } from '@langchain/core/messages';

/** The text of a message: the string content, or its text blocks joined. */
export function textOf(message: BaseMessage): string {
  return typeof message.content === 'string' ? message.content : message.text;
}

/**
 * The content with its text replaced: a string stays a string; in a list of blocks the first text block
 * carries the new text, other text blocks are dropped and non-text blocks (images, tool use) are kept.
 */
export function withText(content: MessageContent, text: string): MessageContent {
  if (typeof content === 'string') return text;
  let placed = false;
  const blocks: Exclude<MessageContent, string> = [];
  for (const block of content) {
    if (block.type !== 'text') {
      blocks.push(block);
    } else if (!placed) {
      blocks.push({ ...block, text });
      placed = true;
    }
  }
  if (!placed) blocks.unshift({ type: 'text', text });
  return blocks;
}

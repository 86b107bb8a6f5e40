import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  type MessageContent,
} from '@langchain/core/messages';

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

/**
 * A copy of a user or AI message with its text replaced (masked secrets): same id, so it replaces the
 * original in the agent's history; same name and metadata; an answer keeps its tool calls and usage.
 */
export function withNewText(message: HumanMessage, text: string): HumanMessage;
export function withNewText(message: AIMessage, text: string): AIMessage;
export function withNewText(
  message: HumanMessage | AIMessage,
  text: string,
): HumanMessage | AIMessage;
export function withNewText(
  message: HumanMessage | AIMessage,
  text: string,
): HumanMessage | AIMessage {
  const fields = {
    ...(message.id === undefined ? {} : { id: message.id }),
    ...(message.name === undefined ? {} : { name: message.name }),
    additional_kwargs: message.additional_kwargs,
    response_metadata: message.response_metadata,
    content: withText(message.content, text),
  };
  if (HumanMessage.isInstance(message)) return new HumanMessage(fields);
  return new AIMessage({
    ...fields,
    tool_calls: message.tool_calls ?? [],
    invalid_tool_calls: message.invalid_tool_calls ?? [],
    ...(message.usage_metadata === undefined ? {} : { usage_metadata: message.usage_metadata }),
  });
}

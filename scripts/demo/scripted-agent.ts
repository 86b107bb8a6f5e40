// An agent loop with a scripted model: the model is a fixed list of tool calls (deterministic, no LLM, no
// API key), the loop is real. Tools are listed and called through an MCP client, and what each call
// returns is what goes into the model's context.
import type { Client } from './mcp-sdk.ts';

/** A tool call the model asks for. */
export type ToolCall = { readonly name: string; readonly arguments: Record<string, unknown> };

/** A tool result as the agent passes it to the model. */
export type ToolMessage = {
  readonly role: 'tool';
  readonly name: string;
  readonly text: string;
  readonly isError: boolean;
};

/** What the model has in its context. */
export type ModelMessage = { readonly role: 'user'; readonly text: string } | ToolMessage;

/** Options of {@link runAgent}. */
export type RunAgentOptions = {
  readonly client: Client;
  readonly request: string;
  /** The model's tool calls, in order; it answers once they are done. */
  readonly calls: readonly ToolCall[];
  /** After tools/list, with the names the model was given. */
  readonly onTools?: (names: readonly string[]) => void | Promise<void>;
  /** After each call, with what the model received. */
  readonly onResult?: (step: number, call: ToolCall, message: ToolMessage) => void | Promise<void>;
};

/**
 * Runs the agent: lists the tools, makes the model's calls one by one (an MCP error becomes an error
 * result, as agent frameworks do), and returns the model's answer.
 *
 * @example
 * const answer = await runAgent({ client, request: 'Add 2 and 40', calls: [{ name: 'get-sum', arguments: { a: 2, b: 40 } }] });
 */
export async function runAgent({
  client,
  request,
  calls,
  onTools,
  onResult,
}: RunAgentOptions): Promise<string> {
  const { tools } = await client.listTools();
  await onTools?.(tools.map((tool) => tool.name));
  const messages: ModelMessage[] = [{ role: 'user', text: request }];
  for (const [index, call] of calls.entries()) {
    const message = await callTool(client, call);
    messages.push(message);
    await onResult?.(index, call, message);
  }
  return answerFrom(messages);
}

// --- internal ---

async function callTool(client: Client, call: ToolCall): Promise<ToolMessage> {
  try {
    const result = await client.callTool({ name: call.name, arguments: call.arguments });
    const content = (result.content ?? []) as { type: string; text?: string }[];
    const text = content.map((item) => item.text ?? `[${item.type}]`).join('\n');
    return { role: 'tool', name: call.name, text, isError: result.isError === true };
  } catch (error) {
    return { role: 'tool', name: call.name, text: (error as Error).message, isError: true };
  }
}

/** The scripted model's final answer: what worked, and what it had to do without. */
function answerFrom(messages: readonly ModelMessage[]): string {
  const results = messages.filter((message) => message.role === 'tool');
  const found = results.filter((message) => !message.isError).map((message) => message.text);
  const failed = [...new Set(results.filter((m) => m.isError).map((message) => message.name))];
  return [
    found.length === 0 ? 'I found nothing.' : `Here is what I found: ${found.join(' ')}`,
    failed.length === 0 ? '' : ` I could not use ${failed.join(', ')}: Portcullis stopped them.`,
  ].join('');
}

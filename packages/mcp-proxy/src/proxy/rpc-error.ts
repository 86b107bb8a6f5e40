/**
 * An error the MCP SDK answers as a JSON-RPC error with this exact code and message. (Throwing an
 * `McpError` would double its "MCP error <code>:" prefix on the client.)
 */
export function rpcError(code: number, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Tool, prompt and resource names from clients and servers: printable and short in our messages. */
export function safeName(name: string): string {
  return name.replace(/[^\w.:/-]/g, '_').slice(0, 128);
}

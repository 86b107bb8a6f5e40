// The MCP SDK pieces the demo uses (a root dev dependency, the same version @portcullis/mcp-proxy uses).
export { Client } from '@modelcontextprotocol/sdk/client/index.js';
export { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
export { Server } from '@modelcontextprotocol/sdk/server/index.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
export {
  CallToolRequestSchema,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

/** server-everything, the reference MCP server from npm (a dev dependency of the proxy package). */
export const SERVER_EVERYTHING = new URL(
  '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/server-everything/dist/index.js',
  import.meta.url,
);

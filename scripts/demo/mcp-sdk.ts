// The demo has no dependencies of its own: it borrows the MCP SDK that @portcullis/mcp-proxy depends on
// (pnpm links a workspace package's dependencies into that package's node_modules, not the root's).
export { Client } from '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js';
export { InMemoryTransport } from '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/sdk/dist/esm/inMemory.js';
export { Server } from '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js';
export { StdioServerTransport } from '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js';
export {
  CallToolRequestSchema,
  ListToolsRequestSchema,
} from '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/sdk/dist/esm/types.js';

/** server-everything, the reference MCP server from npm (a dev dependency of the proxy package). */
export const SERVER_EVERYTHING = new URL(
  '../../packages/mcp-proxy/node_modules/@modelcontextprotocol/server-everything/dist/index.js',
  import.meta.url,
);

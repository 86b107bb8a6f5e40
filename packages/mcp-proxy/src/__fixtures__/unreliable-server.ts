/**
 * An MCP server that fails the ways real ones do: it crashes, freezes (a busy event loop), stalls on one
 * call, floods stdout with garbage, or never answers `initialize` at all (`--hang-on-start`).
 *
 * Run: `node unreliable-server.ts [--hang-on-start]` (stdio only).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { logCall } from './serve-fixture.ts';

/** One server instance. */
export function buildUnreliableServer(): McpServer {
  const server = new McpServer({ name: 'unreliable-fixture', version: '1.0.0' });
  server.registerTool(
    'whoami',
    { description: 'Returns the process id of this server.' },
    async () => {
      logCall('whoami');
      return { content: [{ type: 'text', text: `pid ${process.pid}` }] };
    },
  );
  server.registerTool('crash', { description: 'Exits the server process.' }, async () => {
    logCall('crash');
    process.exit(3);
  });
  server.registerTool('freeze', { description: 'Blocks the event loop for good.' }, async () => {
    logCall('freeze');
    // A server stuck in a loop answers nothing any more, not even pings.
    for (;;) {}
  });
  server.registerTool('stall', { description: 'Never answers this call.' }, async () => {
    logCall('stall');
    return new Promise(() => {});
  });
  server.registerTool(
    'wait_for_cancel',
    { description: 'Waits until the call is cancelled.' },
    async (extra) =>
      new Promise((resolve) => {
        logCall('wait_for_cancel');
        extra.signal.addEventListener('abort', () => {
          logCall('wait_for_cancel:cancelled');
          resolve({ content: [{ type: 'text', text: 'cancelled' }] });
        });
      }),
  );
  server.registerTool('garbage', { description: 'Writes garbage on stdout.' }, async () => {
    logCall('garbage');
    for (let line = 0; line < 50; line += 1)
      process.stdout.write(`garbage line ${line} {not json\n`);
    return new Promise(() => {});
  });
  return server;
}

if (import.meta.main) {
  if (process.argv.includes('--hang-on-start')) {
    // Reads stdin so the pipe stays open, and answers nothing.
    process.stdin.resume();
  } else {
    await buildUnreliableServer().connect(new StdioServerTransport());
  }
}

import type { Writable } from 'node:stream';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { batchWrites } from './batch-writes.ts';
import type { UpstreamSpec } from './upstream-spec.ts';

/**
 * The client transport of one upstream: Streamable HTTP with the configured headers, or a child process
 * over stdio whose stderr is forwarded, line by line and prefixed with the server's name, to `log`.
 */
export function createUpstreamTransport(
  spec: UpstreamSpec,
  log: (line: string) => void,
): Transport {
  if (spec.transport === 'http') {
    return new StreamableHTTPClientTransport(new URL(spec.url), {
      ...(spec.headers === undefined ? {} : { requestInit: { headers: { ...spec.headers } } }),
    });
  }
  const transport = new StdioClientTransport({
    command: spec.command,
    args: [...spec.args],
    ...(spec.env === undefined ? {} : { env: { ...spec.env } }),
    ...(spec.cwd === undefined ? {} : { cwd: spec.cwd }),
    // Piped and always drained: a child blocked on a full stderr pipe would look hung.
    stderr: 'pipe',
  });
  // Requests that leave in the same turn go to the child in one write, as responses to the client do.
  // The SDK keeps the child process private: without it (another SDK version), writes stay one by one.
  const start = transport.start.bind(transport);
  transport.start = async () => {
    await start();
    const stdin = (transport as unknown as { _process?: { stdin?: Writable | null } })._process
      ?.stdin;
    if (stdin != null) batchWrites(stdin);
  };
  let partial = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    if (partial.length > 4096) partial = partial.slice(0, 4096);
    for (const line of lines) if (line.trim() !== '') log(`[${spec.name}] ${line}`);
  });
  return transport;
}

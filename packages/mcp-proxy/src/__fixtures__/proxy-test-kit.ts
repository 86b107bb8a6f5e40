import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpProxy } from '../proxy/create-proxy.ts';

const PACKAGE = join(import.meta.dirname, '..', '..');

/** `node` and the arguments that start each upstream used in the tests, over stdio. */
export const SERVERS: Record<
  'everything' | 'poisoned' | 'unreliable' | 'paged',
  { command: string; args: string[] }
> = {
  everything: {
    command: process.execPath,
    args: [
      join(PACKAGE, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js'),
      'stdio',
    ],
  },
  poisoned: { command: process.execPath, args: [join(import.meta.dirname, 'poisoned-server.ts')] },
  unreliable: {
    command: process.execPath,
    args: [join(import.meta.dirname, 'unreliable-server.ts')],
  },
  paged: { command: process.execPath, args: [join(import.meta.dirname, 'paged-server.ts')] },
};

/** The built `portcullis` bin (run `pnpm --filter @portcullis/mcp-proxy build` first). */
export const BIN = join(PACKAGE, 'bin', 'portcullis.js');

/** A fresh temporary directory. */
export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'portcullis-proxy-'));
}

/** A file the fixtures append every tool they really ran to (`FIXTURE_CALL_LOG`). */
export function createCallLog(): { path: string; calls(): string[] } {
  const path = join(temporaryDirectory(), 'calls.log');
  return {
    path,
    calls: () => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []),
  };
}

/** A real MCP client connected to the proxy through an in-memory transport pair. */
export async function connectClient(
  proxy: McpProxy,
  name = 'test-client',
): Promise<{ client: Client; notifications: string[] }> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await proxy.connect(serverSide);
  const client = new Client({ name, version: '1.0.0' });
  const notifications: string[] = [];
  client.fallbackNotificationHandler = async (notification) => {
    notifications.push(notification.method);
  };
  await client.connect(clientSide);
  return { client, notifications };
}

/** Starts the poisoned fixture over Streamable HTTP and resolves with its URL. */
export async function startHttpFixture(
  env: Record<string, string> = {},
): Promise<{ url: string; stop(): void; process: ChildProcess }> {
  const child = spawn(process.execPath, [...SERVERS.poisoned.args, '--http'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`HTTP fixture exited with ${code}`)));
  });
  return { url, stop: () => child.kill(), process: child };
}

/** Polls `check` until it returns true (or fails after `timeoutMs`): waits for an eventual state. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The text of the first content item of a tool result. */
export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return content.map((item) => item.text ?? '').join('\n');
}

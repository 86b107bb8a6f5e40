import { createServer } from 'node:net';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectClient,
  createCallLog,
  eventually,
  SERVERS,
  textOf,
} from '../__fixtures__/proxy-test-kit.ts';
import { createProxy, type McpProxy, type ProxyOptions } from './create-proxy.ts';

const open: { proxy: McpProxy; client: Client }[] = [];
afterEach(async () => {
  for (const { proxy, client } of open.splice(0)) {
    await client.close();
    await proxy.close();
  }
});

async function start(
  mcpServers: NonNullable<ProxyOptions['config']['mcpServers']>,
  options: Partial<ProxyOptions> = {},
) {
  const proxy = createProxy({
    config: { mode: 'strict', mcpServers },
    timeouts: { connectMs: 5000, requestMs: 1500, pingMs: 500, startupMs: 8000 },
    restart: { initialDelayMs: 1000, maxDelayMs: 2000 },
    ...options,
  });
  const { client, notifications } = await connectClient(proxy);
  open.push({ proxy, client });
  return { proxy, client, notifications };
}

const stateOf = (proxy: McpProxy, name: string) =>
  proxy.status().find((status) => status.name === name);

const echo = async (client: Client, message: string) =>
  textOf(await client.callTool({ name: 'echo', arguments: { message } }));

describe('an upstream that crashes', () => {
  it('is marked unavailable, its tools leave the list, the others keep serving, and it comes back', async () => {
    const { proxy, client } = await start(
      { everything: SERVERS.everything, flaky: SERVERS.unreliable },
      { restart: { initialDelayMs: 3000 } },
    );
    const before = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
    expect(before).toMatch(/^pid \d+$/);

    const crashed = await client.callTool({ name: 'crash', arguments: {} });
    expect(crashed.isError).toBe(true);
    expect(textOf(crashed)).toMatch(/^\[portcullis\] Server "flaky" (went away|is unavailable)/);
    expect(stateOf(proxy, 'flaky')?.state).toBe('unavailable');
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).not.toContain('whoami');
    expect(names).toContain('echo');
    expect(await echo(client, 'still here')).toBe('Echo: still here');
    const meanwhile = await client.callTool({ name: 'whoami', arguments: {} });
    expect(meanwhile.isError).toBe(true);
    expect(textOf(meanwhile)).toMatch(/Server "flaky" is unavailable \(its connection closed\)/);

    await eventually(() => stateOf(proxy, 'flaky')?.state === 'ready');
    expect(stateOf(proxy, 'flaky')?.restarts).toBeGreaterThanOrEqual(1);
    const after = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
    expect(after).toMatch(/^pid \d+$/);
    expect(after).not.toBe(before);
  });
});

describe('an upstream that hangs', () => {
  it('is isolated and restarted when it stops answering pings, while the others keep serving', async () => {
    const { proxy, client } = await start({
      everything: SERVERS.everything,
      frozen: SERVERS.unreliable,
    });
    const before = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
    const frozen = await client.callTool({ name: 'freeze', arguments: {} });
    expect(frozen.isError).toBe(true);
    expect(textOf(frozen)).toBe(
      '[portcullis] Server "frozen" did not answer tools/call "freeze" within 1500 ms.',
    );
    expect(await echo(client, 'unaffected')).toBe('Echo: unaffected');
    await eventually(() => (stateOf(proxy, 'frozen')?.restarts ?? 0) >= 1);
    await eventually(() => stateOf(proxy, 'frozen')?.state === 'ready');
    const after = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
    expect(after).not.toBe(before);
  });

  it('times out one stalled call but keeps a server that still answers pings', async () => {
    const { proxy, client } = await start({ slow: SERVERS.unreliable });
    const before = textOf(await client.callTool({ name: 'whoami', arguments: {} }));
    const stalled = await client.callTool({ name: 'stall', arguments: {} });
    expect(stalled.isError).toBe(true);
    expect(textOf(stalled)).toContain('did not answer tools/call "stall" within 1500 ms');
    // Give the health check time to run, then check nothing was restarted.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(stateOf(proxy, 'slow')).toMatchObject({ state: 'ready', restarts: 0 });
    expect(textOf(await client.callTool({ name: 'whoami', arguments: {} }))).toBe(before);
  });

  it('serves the others when one never finishes starting, and reports why', async () => {
    const { proxy, client } = await start(
      {
        everything: SERVERS.everything,
        stuck: { ...SERVERS.unreliable, args: [...SERVERS.unreliable.args, '--hang-on-start'] },
      },
      {
        timeouts: { connectMs: 1000, requestMs: 1500, startupMs: 8000 },
        restart: { maxRestarts: 0 },
      },
    );
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toContain('echo');
    expect(names).not.toContain('whoami');
    expect(stateOf(proxy, 'stuck')).toMatchObject({
      state: 'unavailable',
      reason: 'it did not finish starting within 1000 ms; gave up after 0 restarts',
    });
  });

  it('forwards cancellation to the upstream', async () => {
    const log = createCallLog();
    const { client } = await start({
      waiting: { ...SERVERS.unreliable, env: { FIXTURE_CALL_LOG: log.path } },
    });
    const controller = new AbortController();
    const call = client.callTool({ name: 'wait_for_cancel', arguments: {} }, undefined, {
      signal: controller.signal,
    });
    await eventually(() => log.calls().includes('wait_for_cancel'));
    controller.abort();
    await expect(call).rejects.toThrow();
    await eventually(() => log.calls().includes('wait_for_cancel:cancelled'));
  });
});

describe('an upstream that sends garbage', () => {
  it('is isolated after too many malformed messages and restarted', async () => {
    const { proxy, client } = await start({
      everything: SERVERS.everything,
      noisy: SERVERS.unreliable,
    });
    const result = await client.callTool({ name: 'garbage', arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^\[portcullis\] Server "noisy" (went away|is unavailable)/);
    expect(stateOf(proxy, 'noisy')?.reason ?? 'restarted').toMatch(/malformed messages|restarted/);
    expect(await echo(client, 'fine')).toBe('Echo: fine');
    await eventually(() => stateOf(proxy, 'noisy')?.state === 'ready');
  });
});

describe('an upstream that cannot be reached', () => {
  it('reports a missing command and a closed port, and serves the rest', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() =>
          resolve(typeof address === 'object' && address !== null ? address.port : 0),
        );
      });
    });
    const { proxy, client } = await start(
      {
        everything: SERVERS.everything,
        missing: { command: '/nonexistent/mcp-server', args: [] },
        offline: { url: `http://127.0.0.1:${port}/mcp` },
      },
      { restart: { maxRestarts: 0 } },
    );
    expect(await echo(client, 'ok')).toBe('Echo: ok');
    for (const name of ['missing', 'offline']) {
      expect(stateOf(proxy, name)).toMatchObject({
        state: 'unavailable',
        reason: 'it failed to start; gave up after 0 restarts',
      });
    }
  });
});

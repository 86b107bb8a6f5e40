// Log messages of real upstream servers (server-everything and the paged fixture, over stdio) relayed
// through the proxy to real MCP clients connected in memory.
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { createGuard, type Guard, parseConfig } from '@portcullis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, SERVERS } from '../__fixtures__/proxy-test-kit.ts';
import { createProxy, type McpProxy, withProxyDefaults } from './create-proxy.ts';
import type { LogMessage } from './log-relay.ts';

let proxy: McpProxy;
let guard: Guard;
let client: Client;
const received: LogMessage[] = [];

async function connectClient(name: string, into: LogMessage[]): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await proxy.connect(serverSide);
  const connected = new Client({ name, version: '1.0.0' });
  connected.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
    into.push(notification.params);
  });
  await connected.connect(clientSide);
  return connected;
}

// Distinct arguments each time: the guard's loop policy refuses one call repeated.
let calls = 0;
const callPaged = (name: 'paged_c' | 'paged_d') =>
  client.callTool({ name, arguments: { message: `run ${++calls}` } });

const fromServer = (server: string) =>
  received.filter((message) => message.logger?.split('/')[0] === server);

beforeAll(async () => {
  const config = parseConfig({
    mode: 'strict',
    mcpServers: { everything: SERVERS.everything, paged: SERVERS.paged },
  });
  guard = createGuard(withProxyDefaults(config));
  proxy = createProxy({ config, guard });
  await proxy.ready();
  client = await connectClient('log-reader', received);
});

afterAll(async () => {
  await client?.close();
  await proxy?.close();
  await guard?.close();
});

describe('log messages of upstream servers', () => {
  it('reach the client under a logger named after the server', async () => {
    expect(client.getServerCapabilities()?.logging).toBeDefined();
    // server-everything logs once at once, then every 5 s, until toggled off.
    await client.callTool({ name: 'toggle-simulated-logging', arguments: {} });
    try {
      await eventually(() => fromServer('everything').length > 0);
    } finally {
      await client.callTool({ name: 'toggle-simulated-logging', arguments: {} });
    }
    const [message] = fromServer('everything');
    expect(message?.logger).toBe('everything');
    expect(String(message?.data)).toMatch(/level[ -]message/i);

    await callPaged('paged_c');
    await eventually(() => fromServer('paged').length > 0);
    expect(fromServer('paged')).toEqual([
      { level: 'info', logger: 'paged/indexer', data: 'Indexed 3 documents in 12 ms.' },
    ]);
  });

  it('replace a message that carries an injection by a notice that does not quote it', async () => {
    const before = fromServer('paged').length;
    await callPaged('paged_d');
    await eventually(() => fromServer('paged').length > before);
    const notice = fromServer('paged').at(-1);
    expect(notice?.level).toBe('warning');
    expect(String(notice?.data)).toContain('[portcullis]');
    expect(String(notice?.data)).not.toMatch(/id_rsa|evil\.example|ignore all previous/i);
  });

  it("are filtered by the client's logging level", async () => {
    await client.setLoggingLevel('error');
    try {
      const before = fromServer('paged').length;
      await callPaged('paged_c');
      await sleep(300);
      expect(fromServer('paged').length).toBe(before);
    } finally {
      await client.setLoggingLevel('debug');
    }
  });

  it('go to no one while several clients are connected, since either could be meant', async () => {
    const other: LogMessage[] = [];
    const second = await connectClient('second-reader', other);
    try {
      const before = fromServer('paged').length;
      await callPaged('paged_c');
      await sleep(300);
      expect(fromServer('paged').length).toBe(before);
      expect(other).toEqual([]);
    } finally {
      await second.close();
    }
    await eventually(async () => {
      const before = fromServer('paged').length;
      await callPaged('paged_c');
      await sleep(100);
      return fromServer('paged').length > before;
    });
  });
});

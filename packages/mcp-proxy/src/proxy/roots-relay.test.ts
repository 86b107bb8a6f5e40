// Roots through the proxy: the real server-filesystem (over stdio) asks the client for its roots and
// serves those folders instead of the ones on its command line, only when its config says `roots: true`.
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ListRootsRequestSchema, type Root } from '@modelcontextprotocol/sdk/types.js';
import { createGuard, type Guard, parseConfig } from '@portcullis/core';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDirectory, textOf } from '../__fixtures__/proxy-test-kit.ts';
import { createProxy, type McpProxy, withProxyDefaults } from './create-proxy.ts';

const FILESYSTEM = join(
  import.meta.dirname,
  '../../node_modules/@modelcontextprotocol/server-filesystem/dist/index.js',
);

const opened: { proxy: McpProxy; guard: Guard; client: Client }[] = [];

afterEach(async () => {
  for (const { client, proxy, guard } of opened.splice(0)) {
    await client.close();
    await proxy.close();
    await guard.close();
  }
});

/** A directory under a fresh temporary one, by its real path (the server resolves symlinks). */
function folder(name: string): string {
  const path = join(realpathSync(temporaryDirectory()), name);
  mkdirSync(path);
  return path;
}

/** The proxy in front of server-filesystem started on `served`, and a client whose roots are `roots`. */
async function start({ served, roots: allowRoots }: { served: string; roots: boolean }) {
  const config = parseConfig({
    mode: 'strict',
    // The tests poll one tool with the same (empty) arguments: the default loop policy would stop that.
    policies: [
      { id: 'loop', name: 'Loop', type: 'loop', conditions: { window: 8, threshold: 1000 } },
    ],
    mcpServers: {
      files: { command: process.execPath, args: [FILESYSTEM, served], roots: allowRoots },
    },
  });
  const guard = createGuard(withProxyDefaults(config));
  const proxy = createProxy({ config, guard });
  await proxy.ready();
  const state = { roots: [] as Root[], asked: 0 };
  const client = new Client(
    { name: 'roots-client', version: '1.0.0' },
    { capabilities: { roots: { listChanged: true } } },
  );
  client.setRequestHandler(ListRootsRequestSchema, async () => {
    state.asked += 1;
    return { roots: state.roots };
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  opened.push({ proxy, guard, client });
  return {
    client,
    state,
    async connect(roots: Root[]) {
      state.roots = roots;
      await proxy.connect(serverSide);
      await client.connect(clientSide);
    },
  };
}

async function allowedDirectories(client: Client): Promise<string> {
  return textOf(await client.callTool({ name: 'list_allowed_directories', arguments: {} }));
}

/** Polls until `read` returns text containing `expected` (the server re-reads roots asynchronously). */
async function eventually(read: () => Promise<string>, expected: string): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    last = await read();
    if (last.includes(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return last;
}

describe('roots', () => {
  it("serves the client's roots to a server whose config allows it, and follows their changes", async () => {
    const served = folder('served');
    const project = folder('project');
    const other = folder('other');
    const { client, state, connect } = await start({ served, roots: true });
    await connect([{ uri: pathToFileURL(project).href, name: 'project' }]);

    const first = await eventually(() => allowedDirectories(client), project);
    expect(first).toContain(project);
    expect(first).not.toContain(served);
    expect(state.asked).toBeGreaterThan(0);

    state.roots = [{ uri: pathToFileURL(other).href, name: 'other' }];
    await client.sendRootsListChanged();
    const second = await eventually(() => allowedDirectories(client), other);
    expect(second).toContain(other);
    expect(second).not.toContain(project);
  });

  it("never tells a server the client's roots unless its config allows it", async () => {
    const served = folder('served');
    const project = folder('project');
    const { client, state, connect } = await start({ served, roots: false });
    await connect([{ uri: pathToFileURL(project).href, name: 'project' }]);
    await client.sendRootsListChanged();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const directories = await allowedDirectories(client);
    expect(directories).toContain(served);
    expect(directories).not.toContain(project);
    expect(state.asked).toBe(0);
  });

  it('rejects a roots flag that is not a boolean, naming the field', () => {
    expect(() =>
      parseConfig({ mcpServers: { files: { command: 'node', args: [], roots: 'yes' } } }),
    ).toThrow(/mcpServers/);
  });
});

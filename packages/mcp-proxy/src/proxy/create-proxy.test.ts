import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpError, ResourceUpdatedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import {
  type AuditEntry,
  createGuard,
  type Guard,
  type PortcullisConfigInput,
  parseConfig,
  type Verdict,
} from '@portcullis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONFIG_WITH_SECRET,
  INJECTED_BIO,
  INJECTED_EMAIL,
  INJECTED_NOTES,
} from '../__fixtures__/poisoned-server.ts';
import {
  connectClient,
  createCallLog,
  eventually,
  SERVERS,
  startHttpFixture,
  textOf,
} from '../__fixtures__/proxy-test-kit.ts';
import { createProxy, type McpProxy, withProxyDefaults } from './create-proxy.ts';

const callLog = createCallLog();
const httpCallLog = createCallLog();
let httpFixture: Awaited<ReturnType<typeof startHttpFixture>>;
let proxy: McpProxy;
let guard: Guard;
let client: Client;
let notifications: string[];
const audited: AuditEntry[] = [];

beforeAll(async () => {
  httpFixture = await startHttpFixture({ FIXTURE_CALL_LOG: httpCallLog.path });
  const config: PortcullisConfigInput = {
    mode: 'strict',
    policies: [
      {
        id: 'no-delete',
        name: 'No deletes',
        type: 'tool_access',
        conditions: { deny: ['*delete*'] },
      },
      // Alert only: these tests feed the poisoned server many injections (trust enforcement has its own test).
      { id: 'trust', name: 'Server trust', type: 'mcp_trust', mode: 'alert' },
    ],
    mcpServers: {
      everything: SERVERS.everything,
      poison: { ...SERVERS.poisoned, env: { FIXTURE_CALL_LOG: callLog.path } },
      paged: SERVERS.paged,
      web: { url: httpFixture.url },
    },
  };
  guard = createGuard(withProxyDefaults(parseConfig(config)), {
    audit: { append: async (entry) => void audited.push(entry) },
  });
  proxy = createProxy({ config, guard });
  ({ client, notifications } = await connectClient(proxy));
});

afterAll(async () => {
  await client?.close();
  await proxy?.close();
  await guard?.close();
  httpFixture?.stop();
});

const verdicts = () =>
  audited.filter((entry) => entry.type === 'verdict').map((entry) => entry.data as Verdict);

describe('tools/list', () => {
  it('aggregates every server over stdio and Streamable HTTP, following pagination', async () => {
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    // server-everything over stdio, every one of its tools.
    expect(names).toEqual(
      expect.arrayContaining(['get-sum', 'get-env', 'trigger-long-running-operation']),
    );
    // The paged server returns two tools per page: all five are there.
    expect(names).toEqual(expect.arrayContaining(['paged_a', 'paged_b', 'paged_c', 'paged_d']));
    // The same fixture over stdio ("poison") and HTTP ("web"): every shared name gets its prefix.
    expect(names).toEqual(expect.arrayContaining(['poison__get_weather', 'web__get_weather']));
    expect(names).not.toContain('get_weather');
  });

  it('prefixes only conflicting names by default', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['everything__echo', 'paged__echo', 'get-sum']));
    expect(names).not.toContain('echo');
  });

  it('holds back a poisoned tool while the same server keeps its honest tools', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names.some((name) => name.endsWith('lookup_contact'))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['poison__fetch_page', 'poison__read_config']));
    // The decision is the guard's, inspected with the server and the exposed name, and audited.
    const verdict = verdicts().find(
      (item) => item.surface === 'tool_description' && item.toolName === 'lookup_contact',
    );
    expect(verdict).toMatchObject({ decision: 'block', server: 'poison', enforced: true });
    expect(verdict?.findings.map((finding) => finding.category)).toContain('tool_poisoning');
  });

  it('hides every tool a deny policy matches', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names.filter((name) => /delete/i.test(name))).toEqual([]);
  });
});

describe('tools/call', () => {
  it('forwards an honest call and returns the result unchanged', async () => {
    const result = await client.callTool({
      name: 'everything__echo',
      arguments: { message: 'hello there' },
    });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe('Echo: hello there');
    const sum = await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 40 } });
    expect(textOf(sum)).toContain('42');
  });

  it('refuses a tool the deny policy matches under every name, without running it', async () => {
    // Two servers have the tool: the bare name is ambiguous and refused as such (the CLI tests call a
    // single server's tool by its bare name).
    await expect(
      client.callTool({ name: 'delete_everything', arguments: {} }),
    ).rejects.toMatchObject({
      code: -32602,
    });
    for (const name of ['poison__delete_everything', 'web__delete_everything']) {
      const result = await client.callTool({ name, arguments: {} });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/^\[portcullis\]/);
      expect(textOf(result)).toContain('policy "No deletes"');
    }
    expect(callLog.calls()).not.toContain('delete_everything');
    expect(httpCallLog.calls()).not.toContain('delete_everything');
  });

  it('refuses a poisoned tool even when called without listing, without running it', async () => {
    for (const name of ['poison__lookup_contact', 'web__lookup_contact']) {
      const result = await client.callTool({ name, arguments: { name: 'Ana', notes: 'x' } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('held back');
      expect(textOf(result)).toContain('tool poisoning');
    }
    expect(callLog.calls()).not.toContain('lookup_contact');
  });

  it('answers an unknown or ambiguous name with an InvalidParams error', async () => {
    const unknown = client.callTool({ name: 'no_such_tool', arguments: {} });
    await expect(unknown).rejects.toBeInstanceOf(McpError);
    await expect(unknown).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('Unknown tool'),
    });
    await expect(client.callTool({ name: 'echo', arguments: {} })).rejects.toMatchObject({
      message: expect.stringContaining('everything__echo, paged__echo'),
    });
  });

  it('replaces an injected text output with a notice and isError, over stdio and HTTP', async () => {
    for (const name of ['poison__fetch_page', 'web__fetch_page']) {
      const result = await client.callTool({
        name,
        arguments: { url: 'https://acme.example/pricing' },
      });
      expect(result.isError).toBe(true);
      const text = textOf(result);
      expect(text).toMatch(/^\[portcullis\] This tool output was withheld/);
      // The notice names what was found but never quotes the attack.
      expect(text).not.toContain('stats-collector.example');
      expect(text).not.toContain('disregard');
    }
    // The tool did run: it is its output that was withheld.
    expect(callLog.calls()).toContain('fetch_page');
    expect(httpCallLog.calls()).toContain('fetch_page');
  });

  it('withholds an injection in an embedded resource and in structured content', async () => {
    const inbox = await client.callTool({ name: 'poison__read_inbox', arguments: {} });
    expect(inbox.isError).toBe(true);
    expect(JSON.stringify(inbox)).not.toContain('corp-helpdesk.example');
    expect(JSON.stringify(inbox)).not.toContain(INJECTED_EMAIL.slice(0, 30));

    const profile = await client.callTool({ name: 'poison__get_profile', arguments: {} });
    expect(profile.isError).toBe(true);
    expect(profile.structuredContent).toBeUndefined();
    expect(JSON.stringify(profile)).not.toContain(INJECTED_BIO.slice(30, 60));
  });

  it('masks secrets in an honest output and keeps the rest', async () => {
    const result = await client.callTool({ name: 'poison__read_config', arguments: {} });
    expect(result.isError).toBeFalsy();
    const text = textOf(result);
    expect(text).toContain('region=eu-west-1');
    expect(text).toContain('[REDACTED:aws_secret_key]');
    expect(text).not.toContain(CONFIG_WITH_SECRET.split('=').at(-1)?.trim() as string);
  });

  it('inspects the call with both names and the server, and audits every verdict', async () => {
    await client.callTool({ name: 'poison__get_weather', arguments: { city: 'Porto' } });
    const forCall = verdicts().filter((item) => item.toolName === 'get_weather');
    expect(forCall.map((item) => item.surface)).toEqual(
      expect.arrayContaining(['tool_description', 'tool_call', 'tool_output']),
    );
    expect(forCall.every((item) => item.server === 'poison' || item.server === 'web')).toBe(true);
  });

  it('forwards progress notifications from the upstream', async () => {
    const progress: number[] = [];
    const result = await client.callTool(
      { name: 'trigger-long-running-operation', arguments: { duration: 1, steps: 3 } },
      undefined,
      { onprogress: (update) => progress.push(update.progress) },
    );
    expect(result.isError).toBeFalsy();
    expect(progress).toEqual([1, 2, 3]);
  });
});

describe('rug pull', () => {
  it('holds back a tool whose definition changed after it was pinned, until approved', async () => {
    const before = (await client.listTools()).tools.find(
      (tool) => tool.name === 'poison__translate',
    );
    expect(before?.description).toBe('Translates text into English.');
    const first = await client.callTool({ name: 'poison__translate', arguments: { text: 'hola' } });
    expect(textOf(first)).toBe('English: hola');
    // The fixture changed the definition and said so; the proxy forwards the notification.
    await eventually(async () => {
      const names = (await client.listTools()).tools.map((tool) => tool.name);
      return !names.includes('poison__translate');
    });
    expect(notifications).toContain('notifications/tools/list_changed');
    const refused = await client.callTool({
      name: 'poison__translate',
      arguments: { text: 'adeus' },
    });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain('policy "Pinned tool definitions"');
    expect(callLog.calls().filter((name) => name === 'translate')).toHaveLength(1);

    const [pin] = (await guard.pins.list(['poison'])).filter((item) => item.tool === 'translate');
    expect(pin?.pending?.definition.description).toContain('target_language');
    expect(await guard.pins.approve('poison', 'translate', { actor: 'test' })).toBe(true);
    const after = (await client.listTools()).tools.find(
      (tool) => tool.name === 'poison__translate',
    );
    expect(after?.description).toContain('target_language');
    const approved = await client.callTool({
      name: 'poison__translate',
      arguments: { text: 'obrigado' },
    });
    expect(textOf(approved)).toBe('English: obrigado');
  });
});

describe('resources and prompts', () => {
  it('aggregates resources across pages and servers, and reads templated ones', async () => {
    const { resources } = await client.listResources();
    const uris = resources.map((resource) => resource.uri);
    expect(uris).toEqual(
      expect.arrayContaining(['paged://doc/one', 'paged://doc/three', 'notes://team/todo']),
    );
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toContain(
      'paged://item/{id}',
    );
    const templated = await client.readResource({ uri: 'paged://item/42' });
    expect(templated.contents[0]).toMatchObject({ text: 'Contents of paged://item/42.' });
  });

  it('passes an honest resource and replaces an injected one with a notice', async () => {
    const honest = await client.readResource({ uri: 'notes://team/todo' });
    expect(honest.contents[0]).toMatchObject({ text: 'Write the release notes.' });
    const injected = await client.readResource({ uri: 'notes://team/sync' });
    const text = (injected.contents[0] as { text: string }).text;
    expect(text).toMatch(/^\[portcullis\]/);
    expect(text).not.toContain('delete_everything');
    await expect(client.readResource({ uri: 'nowhere://x' })).rejects.toMatchObject({
      code: -32002,
    });
  });

  it('passes resource updates to the sessions that subscribed, through one upstream subscription', async () => {
    const subscribe = async (name: string) => {
      const { client: session } = await connectClient(proxy, name);
      const updates: string[] = [];
      session.setNotificationHandler(ResourceUpdatedNotificationSchema, async (notification) => {
        updates.push(notification.params.uri);
      });
      return { session, updates };
    };
    const first = await subscribe('first');
    const second = await subscribe('second');
    const { resources } = await first.session.listResources();
    const uri = resources.find((resource) =>
      resource.uri.startsWith('demo://resource/static/document/'),
    )?.uri as string;
    await first.session.subscribeResource({ uri });
    await second.session.subscribeResource({ uri });
    // One session leaving keeps the upstream subscription the other still holds.
    await first.session.unsubscribeResource({ uri });
    // server-everything sends an update for each subscribed URI as soon as updates are switched on.
    await client.callTool({ name: 'toggle-subscriber-updates', arguments: {} });
    try {
      await eventually(() => second.updates.includes(uri));
    } finally {
      await client.callTool({ name: 'toggle-subscriber-updates', arguments: {} });
    }
    expect(first.updates).toEqual([]);
    await second.session.unsubscribeResource({ uri });
    // The poisoned server does not offer subscriptions; an unknown URI belongs to no server.
    await expect(first.session.subscribeResource({ uri: 'notes://team/sync' })).rejects.toThrow(
      /does not support resource subscriptions/,
    );
    await expect(first.session.subscribeResource({ uri: 'nowhere://x' })).rejects.toThrow(
      /Unknown resource/,
    );
    await Promise.all([first.session.close(), second.session.close()]);
  });

  it('passes an honest prompt with its arguments and replaces an injected one', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual(
      expect.arrayContaining(['args-prompt', 'paged_third', 'poison__weekly_report']),
    );
    const honest = await client.getPrompt({ name: 'args-prompt', arguments: { city: 'Lisbon' } });
    expect(JSON.stringify(honest.messages)).toContain('Lisbon');
    const injected = await client.getPrompt({ name: 'poison__sync_digest' });
    expect(injected.messages).toHaveLength(1);
    expect(JSON.stringify(injected.messages)).not.toContain(INJECTED_NOTES.slice(0, 20));
    expect(JSON.stringify(injected.messages)).toContain('[portcullis]');
  });

  it('forwards completions to the server that owns the prompt or the resource template', async () => {
    const departments = await client.complete({
      ref: { type: 'ref/prompt', name: 'completable-prompt' },
      argument: { name: 'department', value: 'Eng' },
    });
    expect(departments.completion.values).toEqual(['Engineering']);
    // The context of earlier arguments reaches the server too.
    const leads = await client.complete({
      ref: { type: 'ref/prompt', name: 'completable-prompt' },
      argument: { name: 'name', value: '' },
      context: { arguments: { department: 'Sales' } },
    });
    expect(leads.completion.values).toEqual(['David', 'Eve', 'Frank']);
    const ids = await client.complete({
      ref: { type: 'ref/resource', uri: 'demo://resource/dynamic/text/{resourceId}' },
      argument: { name: 'resourceId', value: '42' },
    });
    expect(ids.completion.values).toEqual(['42']);
    // Suggestions are screened: an injected one withholds the list; honest ones pass.
    const owners = await client.complete({
      ref: { type: 'ref/prompt', name: 'poison__assign_owner' },
      argument: { name: 'owner', value: 'A' },
    });
    expect(owners.completion.values).toEqual([]);
    const honestOwners = await client.complete({
      ref: { type: 'ref/prompt', name: 'poison__assign_owner' },
      argument: { name: 'owner', value: 'B' },
    });
    expect(honestOwners.completion.values).toEqual(['Ben', 'Bo']);
    await expect(
      client.complete({
        ref: { type: 'ref/prompt', name: 'no-such-prompt' },
        argument: { name: 'x', value: '' },
      }),
    ).rejects.toThrow(/Unknown prompt "no-such-prompt"/);
  });
});

describe('trust', () => {
  it('scores every server signal by signal and passes the score to the guard', async () => {
    const reports = proxy.trust();
    const poison = reports.find((report) => report.server === 'poison');
    const everything = reports.find((report) => report.server === 'everything');
    expect(everything?.score).toBe(100);
    expect(poison?.score).toBeLessThan(60);
    expect(poison?.signals.map((signal) => signal.id)).toEqual(
      expect.arrayContaining(['poisoned_descriptions', 'runtime_incidents', 'destructive']),
    );
    const web = reports.find((report) => report.server === 'web');
    expect(web?.signals[0]).toMatchObject({ id: 'transport', points: -5 });
    // The guard saw the score: the alert-mode trust policy triggered on the poisoned server's events.
    const alerted = verdicts().filter((item) =>
      item.policyResults.some((result) => result.policyId === 'trust' && result.triggered),
    );
    expect(alerted.length).toBeGreaterThan(0);
    expect(alerted.every((item) => item.server === 'poison' || item.server === 'web')).toBe(true);
  });
});

describe('handleMcpHttpRequest', () => {
  let http: HttpServer;
  let url: URL;
  beforeAll(async () => {
    http = createServer((request, response) => void proxy.handleMcpHttpRequest(request, response));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`);
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });

  it('serves each Streamable HTTP session its own server, guarded the same way', async () => {
    const first = new StreamableHTTPClientTransport(url);
    const second = new StreamableHTTPClientTransport(url);
    const alice = new Client({ name: 'alice', version: '1.0.0' });
    const bob = new Client({ name: 'bob', version: '1.0.0' });
    await alice.connect(first);
    await bob.connect(second);
    expect(first.sessionId).toBeDefined();
    expect(first.sessionId).not.toBe(second.sessionId);
    const names = (await alice.listTools()).tools.map((tool) => tool.name);
    expect(names).toContain('poison__get_weather');
    expect(names.some((name) => name.endsWith('lookup_contact'))).toBe(false);
    const injected = await bob.callTool({
      name: 'web__fetch_page',
      arguments: { url: 'https://b.example' },
    });
    expect(injected.isError).toBe(true);
    const sessions = new Set(
      verdicts()
        .filter((item) => item.surface === 'tool_call' && item.toolName === 'fetch_page')
        .map((item) => item.sessionId),
    );
    expect(sessions.has(second.sessionId)).toBe(true);
    await first.terminateSession();
    await alice.close();
    await bob.close();
  });

  it('closes a session left idle, so vanished clients do not hold servers', async () => {
    const idle = createProxy({
      config: { mcpServers: { paged: SERVERS.paged } },
      http: { sessionIdleMs: 500 },
    });
    const server = createServer(
      (request, response) => void idle.handleMcpHttpRequest(request, response),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
    try {
      const transport = new StreamableHTTPClientTransport(address);
      const quiet = new Client({ name: 'quiet', version: '1.0.0' });
      await quiet.connect(transport);
      expect((await quiet.listTools()).tools.map((tool) => tool.name)).toContain('paged_a');
      const sessionId = transport.sessionId as string;
      const status = async () =>
        (
          await fetch(address, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
              'mcp-session-id': sessionId,
              'mcp-protocol-version': '2025-06-18',
            },
            body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'ping' }),
          })
        ).status;
      // Any request would refresh the session: wait well past the idle limit without one, then ask once.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await status()).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await idle.close();
    }
  });

  it('refuses requests without a valid session', async () => {
    const unknown = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': 'not-a-session',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(unknown.status).toBe(404);
    const uninitialised = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(uninitialised.status).toBe(400);
  });
});

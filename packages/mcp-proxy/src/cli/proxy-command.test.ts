import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { describe, expect, it } from 'vitest';
import {
  BIN,
  createCallLog,
  eventually,
  SERVERS,
  temporaryDirectory,
  textOf,
} from '../__fixtures__/proxy-test-kit.ts';

// These tests run the real `portcullis` bin (bin/portcullis.js → dist/): build the package first.

/** A config file with the poisoned fixture (and server-everything), strict, denying `*delete*`. */
function writeConfig(
  directory: string,
  {
    env = {},
    withEverything = true,
  }: { env?: Record<string, string>; withEverything?: boolean } = {},
): string {
  const path = join(directory, 'portcullis.json');
  writeFileSync(
    path,
    JSON.stringify({
      mode: 'strict',
      policies: [
        {
          id: 'no-delete',
          name: 'No deletes',
          type: 'tool_access',
          conditions: { deny: ['*delete*'] },
        },
      ],
      storage: { type: 'sqlite', path: join(directory, 'state.db') },
      mcpServers: {
        ...(withEverything ? { everything: SERVERS.everything } : {}),
        poison: { ...SERVERS.poisoned, env },
      },
    }),
  );
  return path;
}

/** Runs `portcullis <args>` to completion. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A real MCP client speaking stdio to `portcullis proxy <args>`. */
async function proxyClient(args: string[]): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'proxy', ...args],
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: 'cli-test', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

describe('portcullis proxy --config (stdio)', () => {
  it('hides and refuses every tool a strict deny policy matches, under both names, and serves the rest', async () => {
    const directory = temporaryDirectory();
    const log = createCallLog();
    const { client } = await proxyClient([
      '--config',
      writeConfig(directory, { env: { FIXTURE_CALL_LOG: log.path } }),
    ]);
    try {
      const names = (await client.listTools()).tools.map((tool) => tool.name);
      expect(names).toEqual(expect.arrayContaining(['get_weather', 'fetch_page', 'get-sum']));
      expect(names.filter((name) => /delete/i.test(name))).toEqual([]);
      expect(names).not.toContain('lookup_contact');
      for (const name of ['delete_everything', 'poison__delete_everything']) {
        const result = await client.callTool({ name, arguments: {} });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toContain('policy "No deletes"');
      }
      expect(log.calls()).not.toContain('delete_everything');
      const honest = await client.callTool({ name: 'get_weather', arguments: { city: 'Braga' } });
      expect(textOf(honest)).toBe('Weather in Braga: sunny, 21 °C.');
      const injected = await client.callTool({
        name: 'fetch_page',
        arguments: { url: 'https://a.example' },
      });
      expect(injected.isError).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('writes nothing but protocol messages to stdout, logs to stderr, and exits when stdin closes', async () => {
    const directory = temporaryDirectory();
    const child = spawn(process.execPath, [BIN, 'proxy', '--config', writeConfig(directory)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'raw', version: '1' },
      },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    send({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'fetch_page', arguments: { url: 'https://a.example' } },
    });
    const answered = (id: number) => stdout.split('\n').some((line) => line.includes(`"id":${id}`));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await eventually(() => answered(3));
      child.stdin.end();
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
    // The upstreams' own stderr and the proxy's logs went to stderr.
    expect(stderr).toContain('portcullis: serving MCP on stdio');
    expect(stderr).toContain('[everything]');
  });
});

describe('portcullis proxy -- <command>', () => {
  it('fronts one stdio server with the default policies, named after the package', async () => {
    const directory = temporaryDirectory();
    const state = join(directory, 'state.db');
    const { client } = await proxyClient([
      '--state',
      state,
      '--',
      ...[SERVERS.everything.command],
      ...SERVERS.everything.args,
    ]);
    try {
      const names = (await client.listTools()).tools.map((tool) => tool.name);
      expect(names).toContain('echo');
      expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe(
        'Echo: hi',
      );
    } finally {
      await client.close();
    }
    const pins = run(['pins', 'list', '--server', 'server-everything', '--state', state, '--json']);
    expect(pins.status).toBe(0);
    const tools = (JSON.parse(pins.stdout) as { tool: string }[]).map((pin) => pin.tool);
    expect(tools).toEqual(expect.arrayContaining(['echo', 'get-sum']));
  });
});

describe('portcullis proxy --http', () => {
  it('serves Streamable HTTP sessions on the port it prints, and refuses foreign Host headers', async () => {
    const directory = temporaryDirectory();
    const child = spawn(
      process.execPath,
      [
        BIN,
        'proxy',
        '--config',
        writeConfig(directory, { withEverything: false }),
        '--http',
        '127.0.0.1:0',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    try {
      const url = await new Promise<string>((resolve) => {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /listening on (\S+)/.exec(stderr);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
      });
      const client = new Client({ name: 'http-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      const names = (await client.listTools()).tools.map((tool) => tool.name);
      expect(names).toContain('get_weather');
      expect(names).not.toContain('delete_everything');
      const injected = await client.callTool({ name: 'read_inbox', arguments: {} });
      expect(injected.isError).toBe(true);
      await client.close();

      // fetch() cannot set Host: a DNS-rebinding page reaches the proxy under its own host name.
      const rebinding = await new Promise<number | undefined>((resolve, reject) => {
        const request = httpRequest(url, {
          method: 'POST',
          headers: { host: 'attacker.example:80', 'content-type': 'application/json' },
        });
        request.once('response', (response) => {
          response.resume();
          resolve(response.statusCode);
        });
        request.once('error', reject);
        request.end('{}');
      });
      expect(rebinding).toBe(403);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stdout).toBe('');
    } finally {
      // A failed assertion must not leave the proxy (and its upstream) running.
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses bad arguments with exit status 1', () => {
    expect(run(['proxy']).status).toBe(1);
    expect(run(['proxy', '--config', 'x.json', '--http', 'nope']).stderr).toContain('HOST:PORT');
    expect(run(['proxy', '--bogus']).status).toBe(1);
    expect(run(['proxy', '--config', '/nonexistent/portcullis.json']).stderr).toContain(
      'cannot read config file',
    );
    expect(run(['proxy', '--help']).stdout).toContain('portcullis proxy --config');
  });
});

describe('portcullis pins', () => {
  it('keeps pins across runs: a definition changed between runs is held until approved or rejected', async () => {
    const directory = temporaryDirectory();
    const translate = async (env: Record<string, string>) => {
      const { client } = await proxyClient([
        '--config',
        writeConfig(directory, { env, withEverything: false }),
      ]);
      try {
        const tool = (await client.listTools()).tools.find((item) => item.name === 'translate');
        const call = await client.callTool({ name: 'translate', arguments: { text: 'bom dia' } });
        return {
          description: tool?.description,
          refused: call.isError === true,
          text: textOf(call),
        };
      } finally {
        await client.close();
      }
    };
    const config = join(directory, 'portcullis.json');

    // Run 1 pins the original definition.
    expect(await translate({})).toMatchObject({
      description: 'Translates text into English.',
      refused: false,
    });
    // Run 2: the server now serves a changed definition; the pin from run 1 catches it.
    const changed = await translate({ FIXTURE_RUG_PULLED: '1' });
    expect(changed).toMatchObject({ description: undefined, refused: true });
    expect(changed.text).toContain('policy "Pinned tool definitions"');

    const listed = run(['pins', 'list', '--config', config]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/poison {2}translate {2}CHANGED/);
    expect(listed.stdout).toContain('new argument: target_language');
    expect(listed.stdout).toMatch(/poison {2}get_weather {2}pinned/);

    expect(run(['pins', 'approve', 'poison', 'translate', '--config', config]).status).toBe(0);
    const approved = await translate({ FIXTURE_RUG_PULLED: '1' });
    expect(approved.refused).toBe(false);
    expect(approved.description).toContain('target_language');

    // Back to the old definition: a change again, this time rejected.
    expect((await translate({})).refused).toBe(true);
    expect(run(['pins', 'reject', 'poison', 'translate', '--config', config]).status).toBe(0);
    expect(run(['pins', 'list', '--config', config]).stdout).not.toContain('CHANGED');
    expect(run(['pins', 'reject', 'poison', 'translate', '--config', config]).status).toBe(1);
    expect(run(['pins', 'approve', 'poison', '--config', config]).status).toBe(1);
  });
});

describe('portcullis trust', () => {
  it('prints each server score signal by signal, as text and JSON, and fails below a threshold', () => {
    const directory = temporaryDirectory();
    const config = writeConfig(directory);
    const text = run(['trust', '--config', config]);
    expect(text.status).toBe(0);
    // 13 tools, and 2 more that server-everything offers to clients that can answer sampling and
    // elicitation requests, which the proxy relays.
    expect(text.stdout).toMatch(/^everything {2}100\/100 {2}\(15 tools\)$/m);
    expect(text.stdout).toMatch(/^poison {2}\d+\/100/m);
    expect(text.stdout).toMatch(
      /-25 {2}poisoned_descriptions: 1 tool description\(s\) blocked as poisoned: lookup_contact/,
    );

    const json = run(['trust', '--config', config, '--json']);
    const reports = JSON.parse(json.stdout) as {
      server: string;
      score: number;
      signals: { id: string }[];
    }[];
    const poison = reports.find((report) => report.server === 'poison');
    expect(poison?.score).toBeLessThan(100);
    expect(poison?.signals.map((signal) => signal.id)).toContain('dangerous_combination');

    expect(run(['trust', '--config', config, '--fail-below', '90']).status).toBe(2);
  });
});

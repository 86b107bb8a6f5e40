import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVERS } from '../__fixtures__/proxy-test-kit.ts';
import { ATTACK_PROMPT } from './test-kit.ts';

const COMMAND = fileURLToPath(new URL('./serve-command.ts', import.meta.url));
const KEY = 'cli-owner-key-0123456789abcdef';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

/**
 * Runs `portcullis serve ARGS` in its own process (the command module, run by Node's type stripping), or
 * `portcullis ARGS` through the CLI's dispatch with `viaCli`.
 */
function serve(args: string[], { viaCli = false } = {}) {
  const script = viaCli
    ? `import { main } from ${JSON.stringify(CLI)}; process.exitCode = await main(process.argv.slice(1));`
    : `import { runServeCommand } from ${JSON.stringify(COMMAND)};
       process.exitCode = await runServeCommand(process.argv.slice(1));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code) => resolve(code ?? -1)),
  );
  const listening = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match?.[1] !== undefined) resolve(match[1]);
    };
    child.stderr?.on('data', check);
    void exited.then((code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
  // Runs that are expected to fail never listen: only awaiting callers see the rejection.
  listening.catch(() => {});
  return { child, exited, listening, output: () => ({ stderr, stdout }) };
}

function configFile(content: (dir: string) => string): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-serve-'));
  const path = join(dir, 'portcullis.yaml');
  writeFileSync(path, content(dir));
  return { path, dir };
}

describe('portcullis serve', () => {
  it('serves with a YAML config, then drains and flushes the audit on SIGTERM', async () => {
    const { path, dir } = configFile(
      (dir) => `
mode: strict
audit:
  file: ${join(dir, 'audit.ndjson')}
auth:
  apiKeys:
    - name: ops
      key: ${KEY}
      role: owner
server:
  port: 0
`,
    );
    const run = serve(['--config', path]);
    const url = await run.listening;
    const response = await fetch(`${url}/v1/scan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: ATTACK_PROMPT, session_id: 'cli-1' }),
    });
    expect(((await response.json()) as { decision: string }).decision).toBe('block');
    expect((await fetch(`${url}/v1/scan`, { method: 'POST' })).status).toBe(401);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).toContain('draining in-flight requests');
    expect(run.output().stderr).toContain('stopped');
    // pino logs the block on stderr as JSON, without the prompt's text.
    const logged = run
      .output()
      .stderr.split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; decision?: string; sessionId?: string });
    expect(logged).toContainEqual(
      expect.objectContaining({ msg: 'portcullis blocked', decision: 'block', sessionId: 'cli-1' }),
    );
    expect(run.output().stderr).not.toContain(ATTACK_PROMPT.slice(0, 30));
    const audit = readFileSync(join(dir, 'audit.ndjson'), 'utf8').trim().split('\n');
    expect(audit.some((line) => line.includes('"cli-1"') && line.includes('"verdict"'))).toBe(true);
  });

  it("fronts the config's MCP servers at /mcp, behind the same auth", async () => {
    const { path } = configFile(
      () => `
mode: strict
auth:
  apiKeys:
    - name: agent
      key: ${KEY}
      role: scanner
server:
  port: 0
mcpServers:
  fixture:
    command: ${JSON.stringify(SERVERS.poisoned.command)}
    args: ${JSON.stringify(SERVERS.poisoned.args)}
`,
    );
    const run = serve(['--config', path]);
    const url = await run.listening;
    expect((await fetch(`${url}/mcp`, { method: 'POST' })).status).toBe(401);
    const client = new Client({ name: 'serve-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${KEY}` } },
      }),
    );
    try {
      let names: string[] = [];
      for (let attempt = 0; attempt < 50 && !names.includes('get_weather'); attempt++) {
        names = (await client.listTools()).tools.map((tool) => tool.name);
        if (!names.includes('get_weather'))
          await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(names).toContain('get_weather');
      // The fixture's poisoned tool is held back; its honest neighbour is served.
      expect(names).not.toContain('lookup_contact');
      const weather = await client.callTool({ name: 'get_weather', arguments: { city: 'Lisbon' } });
      expect(JSON.stringify(weather.content)).toContain('Weather in Lisbon');
    } finally {
      await client.close();
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  });

  it('refuses to serve without credentials on a non-loopback host', async () => {
    const run = serve(['--host', '0.0.0.0', '--port', '0']);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('refusing to serve unauthenticated callers on 0.0.0.0');
  });

  it('names the bad field of an invalid config', async () => {
    const { path } = configFile(
      () => `
auth:
  apiKeys:
    - name: ops
      key: ${KEY}
      role: superuser
profile: copilot
`,
    );
    const run = serve(['--config', path, '--port', '0']);
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('auth.apiKeys.0.role');
  });

  it('prints its usage with --help, also as `portcullis serve --help`', async () => {
    const run = serve(['--help']);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Usage: portcullis serve');
    const viaCli = serve(['serve', '--help'], { viaCli: true });
    expect(await viaCli.exited).toBe(0);
    expect(viaCli.output().stdout).toContain('Usage: portcullis serve');
  });
});

// pnpm demo — Portcullis end to end on embedded defaults (no API key, no network, no LLM): an agent with a
// scripted model talks through the Portcullis MCP proxy to server-everything (the reference MCP server,
// from npm) and to a small poisoned server of ours. The terminal shows what the proxy held back, let
// through, replaced and refused, and why; then where the session report and the verified audit trail are.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PortcullisConfigInput, type Verdict, verifyAuditFile } from '@portcullis/core';
import { createProxy } from '@portcullis/mcp-proxy';
import { Client, InMemoryTransport, SERVER_EVERYTHING } from './demo/mcp-sdk.ts';
import { printCall, printTools } from './demo/narrate.ts';
import { INJECTED_PAGE } from './demo/poisoned-server.ts';
import { bold, cyan, dim, green, red, say, section, trustLine } from './demo/print.ts';
import { runAgent, type ToolCall } from './demo/scripted-agent.ts';

const out = mkdtempSync(join(tmpdir(), 'portcullis-demo-'));
const files = {
  report: join(out, 'session-report.html'),
  audit: join(out, 'audit.ndjson'),
  calls: join(out, 'workspace-calls.log'),
};

const config: PortcullisConfigInput = {
  mode: 'strict',
  policies: [
    {
      id: 'no-delete',
      name: 'No deletes',
      type: 'tool_access',
      conditions: { deny: ['*delete*'] },
    },
  ],
  audit: { file: files.audit },
  mcpServers: {
    everything: { command: process.execPath, args: [fileURLToPath(SERVER_EVERYTHING), 'stdio'] },
    workspace: {
      command: process.execPath,
      args: [fileURLToPath(new URL('demo/poisoned-server.ts', import.meta.url))],
      env: { DEMO_CALL_LOG: files.calls },
    },
  },
};

const REQUEST =
  "Add up this month's two invoices (1250 and 380), summarise the Acme pricing page, then delete my old drafts.";
/** The scripted model's tool calls, and what each one shows. */
const STEPS: { title: string; call: ToolCall; sent?: string }[] = [
  {
    title: 'An honest call goes through (server-everything)',
    call: { name: 'get-sum', arguments: { a: 1250, b: 380 } },
  },
  {
    title: 'An injected tool output is replaced by a notice',
    call: { name: 'fetch_page', arguments: { url: 'https://acme.example/pricing' } },
    sent: INJECTED_PAGE,
  },
  {
    title: 'A denied tool is refused (it was never listed; the model calls it anyway)',
    call: { name: 'delete_drafts', arguments: {} },
  },
  {
    title: 'A call aimed at the cloud metadata service is refused (SSRF)',
    call: {
      name: 'fetch_page',
      arguments: { url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
    },
  },
];

const proxy = createProxy({ config });
const verdicts: Verdict[] = [];
proxy.guard.on('dev.portcullis.verdict', (event) => void verdicts.push(event.data as Verdict));
const client = new Client({ name: 'demo-agent', version: '1.0.0' });

say(0, bold('Portcullis demo: an agent talks to two MCP servers through the Portcullis proxy'));
say(
  1,
  dim('servers  everything = @modelcontextprotocol/server-everything (from npm, stdio)'),
  dim('         workspace  = scripts/demo/poisoned-server.ts (ours, poisoned, stdio)'),
  dim('config   mode strict · policy "No deletes" (tool_access, deny *delete*) · audit file'),
  dim('model    scripted: fixed tool calls, no LLM, no API key'),
  '',
  `${cyan('user')} ${REQUEST}`,
);
try {
  await proxy.ready();
  const down = proxy.status().filter((upstream) => upstream.state !== 'ready');
  if (down.length > 0) throw new Error(`servers not ready: ${JSON.stringify(down)}`);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const session = await proxy.connect(serverSide);
  await client.connect(clientSide);

  const answer = await runAgent({
    client,
    request: REQUEST,
    calls: STEPS.map((step) => step.call),
    onTools: (names) => printTools({ names, verdicts: verdicts.splice(0) }),
    onResult: (index, call, message) =>
      printCall({
        number: index + 2,
        title: STEPS[index]?.title ?? call.name,
        call,
        verdicts: verdicts.splice(0),
        message,
        sent: STEPS[index]?.sent,
      }),
  });
  say(0, '', `${cyan('model answers')} ${answer}`);

  section(6, 'What the session left behind');
  writeFileSync(files.report, await proxy.guard.report(session.sessionId));
  say(1, `session report  ${bold(files.report)} ${dim('(open it in a browser)')}`);
  for (const report of proxy.trust()) say(1, `trust score     ${trustLine(report)}`);
  const ran = existsSync(files.calls) ? readFileSync(files.calls, 'utf8').split('\n') : [];
  say(
    1,
    `workspace ran   ${ran.filter(Boolean).join(', ') || 'nothing'} ${dim('(what the poisoned server really executed)')}`,
  );
} catch (error) {
  process.exitCode = 1;
  console.error(red(`demo failed: ${(error as Error).stack ?? String(error)}`));
} finally {
  await client.close();
  // Stops both server processes and closes the guard, which flushes the audit trail.
  await proxy.close();
}

// Every verdict went to the hash-chained audit file; check that the chain is intact.
const audit = existsSync(files.audit) ? await verifyAuditFile(files.audit) : undefined;
if (audit !== undefined)
  say(
    1,
    `audit trail     ${bold(files.audit)} ${audit.ok ? green('hash chain verified') : red('NOT verified')}` +
      dim(` (${audit.records} records, last hash ${audit.lastHash.slice(0, 16)}…)`),
  );
if (audit?.ok !== true) process.exitCode = 1;
say(
  0,
  '',
  dim(
    `Done in ${(performance.now() / 1000).toFixed(1)} s. Put the proxy in front of your own servers: packages/mcp-proxy/PROXY.md`,
  ),
);

import { parseArgs } from 'node:util';
import type { Guard, ToolDefinition, ToolPin } from '@portcullis/core';
import { loadCliConfig, openCliGuard } from './proxy-setup.ts';
import { PROXY_USAGE } from './proxy-usage.ts';

/**
 * `portcullis pins list|approve|reject`: shows the pinned tool definitions and the changes waiting for
 * approval, in the same state store the proxy uses (see `--state`).
 */
export async function runPinsCommand(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`portcullis pins: ${(error as Error).message}\n\n${PROXY_USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(PROXY_USAGE);
    return 0;
  }
  const [action, server, tool, ...extra] = positionals;
  if (action !== 'list' && action !== 'approve' && action !== 'reject') {
    process.stderr.write(
      'portcullis pins: expected list, approve SERVER TOOL or reject SERVER TOOL\n',
    );
    return 1;
  }
  if (action !== 'list' && (server === undefined || tool === undefined || extra.length > 0)) {
    process.stderr.write(`portcullis pins ${action}: expected SERVER TOOL\n`);
    return 1;
  }
  let guard: Guard;
  let servers: string[];
  try {
    const config = await loadCliConfig({ configPath: values.config, statePath: values.state });
    servers = [...new Set([...Object.keys(config.mcpServers ?? {}), ...(values.server ?? [])])];
    guard = await openCliGuard(config);
  } catch (error) {
    process.stderr.write(`portcullis pins: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    if (action === 'list') {
      if (servers.length === 0) {
        process.stderr.write(
          'portcullis pins list: name the servers with --config PATH or --server NAME\n',
        );
        return 1;
      }
      const pins = await guard.pins.list(servers);
      process.stdout.write(values.json ? `${JSON.stringify(pins, null, 2)}\n` : formatPins(pins));
      return 0;
    }
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    const done =
      action === 'approve'
        ? await guard.pins.approve(server as string, tool as string, { actor })
        : await guard.pins.reject(server as string, tool as string, { actor });
    if (!done) {
      process.stderr.write(`portcullis pins ${action}: no pending change for ${server} ${tool}\n`);
      return 1;
    }
    process.stdout.write(
      action === 'approve'
        ? `approved: ${server} ${tool} now uses its new definition\n`
        : `rejected: ${server} ${tool} keeps its pinned definition (calls stay refused while the server serves the changed one)\n`,
    );
    return 0;
  } finally {
    await guard.close();
  }
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      state: { type: 'string' },
      server: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function formatPins(pins: readonly ToolPin[]): string {
  if (pins.length === 0) return 'no pins yet (a tool is pinned when the proxy first lists it)\n';
  const lines: string[] = [];
  for (const pin of pins) {
    const pinnedAt = new Date(pin.pinnedAt).toISOString();
    if (pin.pending === undefined) {
      lines.push(
        `${clean(pin.server)}  ${clean(pin.tool)}  pinned ${pinnedAt}  ${pin.hash.slice(0, 12)}`,
      );
      continue;
    }
    lines.push(
      `${clean(pin.server)}  ${clean(pin.tool)}  CHANGED ${new Date(pin.pending.seenAt).toISOString()}, awaiting approval`,
    );
    for (const change of changesOf(pin.definition, pin.pending.definition))
      lines.push(`    ${change}`);
    lines.push(`    approve: portcullis pins approve ${pin.server} ${pin.tool}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What differs between the pinned and the pending definition, one line each. */
function changesOf(before: ToolDefinition, after: ToolDefinition): string[] {
  const changes: string[] = [];
  if (before.description !== after.description) {
    changes.push(`description was: ${quote(before.description)}`);
    changes.push(`description now: ${quote(after.description)}`);
  }
  const propertiesOf = (tool: ToolDefinition) =>
    Object.keys(
      ((tool.inputSchema as { properties?: object } | undefined)?.properties ?? {}) as object,
    );
  const old = new Set(propertiesOf(before));
  const now = new Set(propertiesOf(after));
  for (const name of now) if (!old.has(name)) changes.push(`new argument: ${clean(name)}`);
  for (const name of old) if (!now.has(name)) changes.push(`removed argument: ${clean(name)}`);
  const rest = (tool: ToolDefinition) => {
    const { description: _description, inputSchema: _inputSchema, ...others } = tool;
    return JSON.stringify(others);
  };
  if (rest(before) !== rest(after)) changes.push('other fields changed (see --json)');
  if (changes.length === 0) changes.push('argument schema changed (see --json)');
  return changes;
}

/** Definitions come from servers: no control characters or escape sequences reach the terminal. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function quote(text: string | undefined): string {
  if (text === undefined) return '(none)';
  const short = clean(text);
  return JSON.stringify(short.length > 300 ? `${short.slice(0, 300)}…` : short);
}

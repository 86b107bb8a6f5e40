import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  createGuard,
  type Guard,
  loadConfigFile,
  type Policy,
  type PortcullisConfig,
  parseConfig,
} from '@portcullis/core';
import { withProxyDefaults } from '../proxy/create-proxy.ts';
import { createCliStores } from './cli-stores.ts';
import { createCliLogger } from './logger.ts';

/** Where pins and policies persist when neither the config nor `--state` says. */
export function defaultStatePath(): string {
  return process.env.PORTCULLIS_STATE ?? join(homedir(), '.portcullis', 'state.db');
}

/**
 * The config of `proxy`, `pins` and `trust`: the file given with `--config` (or defaults), with the
 * single server of `-- command args` when given, and persistent storage: `--state PATH` (a SQLite file,
 * or `memory`), else the config's own `storage`, else {@link defaultStatePath} — pins must survive the
 * process to catch a definition that changes between runs.
 */
export async function loadCliConfig({
  configPath,
  statePath,
  command,
  serverName,
}: {
  configPath?: string | undefined;
  statePath?: string | undefined;
  command?: readonly string[] | undefined;
  serverName?: string | undefined;
}): Promise<PortcullisConfig> {
  let config = configPath === undefined ? parseConfig({}) : await loadConfigFile(configPath);
  if (command !== undefined && command.length > 0) {
    const [executable, ...args] = command as [string, ...string[]];
    const name = serverName ?? serverNameOf(command);
    config = parseConfig({ ...config, mcpServers: { [name]: { command: executable, args } } });
  }
  if (statePath === 'memory') return parseConfig({ ...config, storage: { type: 'memory' } });
  if (statePath !== undefined || config.storage.type === 'memory') {
    const path = statePath ?? defaultStatePath();
    mkdirSync(dirname(path), { recursive: true });
    config = parseConfig({ ...config, storage: { type: 'sqlite', path } });
  }
  return config;
}

/**
 * Opens the guard of the CLI (on {@link createCliStores} when the storage is SQLite) and makes the stored policies match the config file (with the proxy's default
 * policies): on persistent storage, the guard seeds policies only once, so without this a later edit of the
 * file would be ignored. The loop policy the guard adds by itself is kept.
 */
export async function openCliGuard(
  config: PortcullisConfig,
  { sharedSessions = false }: { sharedSessions?: boolean } = {},
): Promise<Guard> {
  const effective = withProxyDefaults(config);
  const logger = createCliLogger('portcullis');
  const guard = createGuard(
    effective,
    config.storage.type === 'sqlite'
      ? { stores: await createCliStores({ path: config.storage.path, sharedSessions }), logger }
      : { logger },
  );
  const actor = 'portcullis (config file)';
  const stored = await guard.policies.list();
  const wanted = new Map<string, Policy>(effective.policies.map((policy) => [policy.id, policy]));
  const hasLoop = effective.policies.some((policy) => policy.type === 'loop');
  for (const policy of stored) {
    if (wanted.has(policy.id) || (policy.id === 'default-loop' && !hasLoop)) continue;
    await guard.policies.delete(policy.id, { actor });
  }
  for (const policy of effective.policies) {
    const existing = stored.find((item) => item.id === policy.id);
    if (existing === undefined) {
      await guard.policies.create(policy, { actor });
    } else if (existing.type !== policy.type) {
      await guard.policies.delete(policy.id, { actor });
      await guard.policies.create(policy, { actor });
    } else if (JSON.stringify(existing) !== JSON.stringify(policy)) {
      await guard.policies.update(policy.id, policy, { actor });
    }
  }
  return guard;
}

/**
 * A server name for `portcullis proxy -- command args`: the package or script it runs, e.g.
 * `npx -y @modelcontextprotocol/server-everything` → `server-everything`.
 */
export function serverNameOf(command: readonly string[]): string {
  const launchers = new Set([
    'npx',
    'pnpx',
    'bunx',
    'uvx',
    'node',
    'deno',
    'bun',
    'python',
    'python3',
    'uv',
    'pipx',
    'docker',
    'run',
    'dlx',
    'exec',
    'pnpm',
    'npm',
    'yarn',
  ]);
  const candidates = command.filter((part, index) => {
    if (part.startsWith('-')) return false;
    return index === 0 ? !launchers.has(basename(part)) : !launchers.has(part);
  });
  const target = candidates[0] ?? command[0] ?? 'server';
  const withoutVersion = target.replace(/(.)@[^/@]*$/, '$1');
  const parts = withoutVersion.split(/[\\/]/).filter((part) => part !== '');
  // `…/server-x/dist/index.js` names the package, not `index`.
  while (
    parts.length > 1 &&
    /^(?:index\.[cm]?[jt]s|dist|build|lib|src|bin|main\.py|__main__\.py)$/.test(
      parts.at(-1) as string,
    )
  )
    parts.pop();
  const last = (parts.at(-1) ?? 'server').replace(/\.[cm]?[jt]s$|\.py$/, '');
  const name = last.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return name === '' ? 'server' : name.slice(0, 64);
}

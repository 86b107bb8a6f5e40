import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import type { GuardContext, GuardEvent, ServerInfo } from './events.ts';

export function checkEvent(event: GuardEvent): void {
  const fail = (expected: string) => {
    throw new PortcullisError({
      code: ErrorCode.InvalidInput,
      message: `invalid event: ${expected}`,
    });
  };
  if (typeof event !== 'object' || event === null) fail('expected an object with a `surface`');
  switch (event.surface) {
    case 'prompt':
    case 'model_output':
      if (typeof event.text !== 'string') fail(`${event.surface} events need a string \`text\``);
      return;
    case 'tool_call':
      if (typeof event.name !== 'string') fail('tool_call events need a string `name`');
      return;
    case 'tool_output':
      if (event.name !== undefined && typeof event.name !== 'string')
        fail('tool_output `name` must be a string');
      return;
    case 'tool_description':
      if (
        typeof event.tool !== 'object' ||
        event.tool === null ||
        typeof event.tool.name !== 'string'
      )
        fail('tool_description events need a `tool` with a string `name`');
      return;
    default:
      fail(`unknown surface "${String((event as { surface?: unknown }).surface)}"`);
  }
}

export function serverOf(server: GuardContext['server']): ServerInfo | undefined {
  if (server === undefined) return undefined;
  return typeof server === 'string' ? { name: server } : server;
}

export function toolNamesOf(event: GuardEvent, context: GuardContext): string[] {
  let name: string | undefined;
  if (event.surface === 'tool_call') name = event.name;
  else if (event.surface === 'tool_output') name = event.name;
  else if (event.surface === 'tool_description') name = event.tool.name;
  const names: string[] = [];
  if (name !== undefined) names.push(name);
  if (context.exposedName !== undefined && context.exposedName !== name)
    names.push(context.exposedName);
  return names;
}

export function namespaceOf(context: GuardContext): string {
  return context.tenantId === undefined ? '' : `t:${context.tenantId}:`;
}

/** FNV-1a of the id, as a stable percentage bucket. */
export function inCanary(canary: { percent: number }, id: string | undefined): boolean {
  if (canary.percent >= 100) return true;
  if (id === undefined || canary.percent <= 0) return false;
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 10_000 < canary.percent * 100;
}

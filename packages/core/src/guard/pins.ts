import { createHash } from 'node:crypto';
import type { StateStore } from '../state/state-store.ts';
import { KeyedLock } from '../util/keyed-lock.ts';
import { stableJson } from '../util/stable-json.ts';
import type { ToolDefinition } from './events.ts';

/** A tool definition as first seen (or last approved), and a later change waiting for approval. */
export type ToolPin = {
  readonly server: string;
  readonly tool: string;
  readonly hash: string;
  readonly definition: ToolDefinition;
  readonly pinnedAt: number;
  readonly pending?: {
    readonly hash: string;
    readonly definition: ToolDefinition;
    readonly seenAt: number;
  };
};

/** What comparing a definition with its pin found. */
export type PinCheck =
  | { readonly status: 'new' | 'unchanged' }
  | { readonly status: 'changed'; readonly pin: ToolPin; readonly escalation: readonly string[] };

/** The pins of every server, kept in the state store (one record per server). */
export class PinStore {
  readonly #state: StateStore;
  readonly #namespace: string;
  // One server's pins are one record: changes to it run one at a time (in this process).
  readonly #lock = new KeyedLock();

  constructor({ state, namespace }: { state: StateStore; namespace: string }) {
    this.#state = state;
    this.#namespace = namespace;
  }

  /** Pins a definition on first sight; on a change, records it as pending and says what escalated. */
  check(server: string, tool: ToolDefinition, now: number): Promise<PinCheck> {
    return this.#lock.run(server, () => this.#check(server, tool, now));
  }

  async #check(server: string, tool: ToolDefinition, now: number): Promise<PinCheck> {
    const pins = await this.#load(server);
    const hash = hashDefinition(tool);
    const pin = pins[tool.name];
    if (pin === undefined) {
      pins[tool.name] = { server, tool: tool.name, hash, definition: tool, pinnedAt: now };
      await this.#save(server, pins);
      return { status: 'new' };
    }
    if (pin.hash === hash) return { status: 'unchanged' };
    const next: ToolPin =
      pin.pending?.hash === hash
        ? pin
        : { ...pin, pending: { hash, definition: tool, seenAt: now } };
    if (next !== pin) {
      pins[tool.name] = next;
      await this.#save(server, pins);
    }
    return { status: 'changed', pin: next, escalation: escalationOf(pin.definition, tool) };
  }

  /** The pin of one tool, if any. */
  async get(server: string, tool: string): Promise<ToolPin | undefined> {
    return (await this.#load(server))[tool];
  }

  /** Every pin of the given servers. */
  async list(servers: readonly string[]): Promise<ToolPin[]> {
    const result: ToolPin[] = [];
    for (const server of servers) result.push(...Object.values(await this.#load(server)));
    return result;
  }

  /** Accepts a pending change: the new definition becomes the pin. False when nothing is pending. */
  approve(server: string, tool: string, now: number): Promise<boolean> {
    return this.#lock.run(server, () => this.#approve(server, tool, now));
  }

  async #approve(server: string, tool: string, now: number): Promise<boolean> {
    const pins = await this.#load(server);
    const pin = pins[tool];
    if (pin?.pending === undefined) return false;
    pins[tool] = {
      server,
      tool,
      hash: pin.pending.hash,
      definition: pin.pending.definition,
      pinnedAt: now,
    };
    await this.#save(server, pins);
    return true;
  }

  /** Drops a pending change; the old definition stays pinned. False when nothing is pending. */
  reject(server: string, tool: string): Promise<boolean> {
    return this.#lock.run(server, () => this.#reject(server, tool));
  }

  async #reject(server: string, tool: string): Promise<boolean> {
    const pins = await this.#load(server);
    const pin = pins[tool];
    if (pin?.pending === undefined) return false;
    const { pending: _dropped, ...rest } = pin;
    pins[tool] = rest;
    await this.#save(server, pins);
    return true;
  }

  async #load(server: string): Promise<Record<string, ToolPin>> {
    const stored = (await this.#state.get(this.#key(server))) as
      | Record<string, ToolPin>
      | undefined;
    return { ...stored };
  }

  async #save(server: string, pins: Record<string, ToolPin>): Promise<void> {
    await this.#state.set(this.#key(server), pins);
  }

  #key(server: string): string {
    return `${this.#namespace}pins:${server}`;
  }
}

/** SHA-256 of the definition's stable JSON. */
export function hashDefinition(tool: ToolDefinition): string {
  return createHash('sha256').update(stableJson(tool)).digest('hex');
}

// --- internal ---

/** What a change gives the tool that it did not have: new arguments, lost safety hints. */
function escalationOf(before: ToolDefinition, after: ToolDefinition): string[] {
  const changes: string[] = [];
  const propertiesOf = (tool: ToolDefinition) => {
    const schema = tool.inputSchema as { properties?: Record<string, unknown> } | undefined;
    return new Set(Object.keys(schema?.properties ?? {}));
  };
  const old = propertiesOf(before);
  for (const name of propertiesOf(after))
    if (!old.has(name)) changes.push(`new argument "${name}"`);
  const hints = (tool: ToolDefinition) => (tool.annotations ?? {}) as Record<string, unknown>;
  const was = hints(before);
  const now = hints(after);
  if (was.readOnlyHint === true && now.readOnlyHint !== true) changes.push('no longer read-only');
  if (was.destructiveHint !== true && now.destructiveHint === true) changes.push('now destructive');
  if (was.openWorldHint !== true && now.openWorldHint === true)
    changes.push('now reaches the open world');
  return changes;
}

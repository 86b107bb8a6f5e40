import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { RequestOptions } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  type ClientCapabilities,
  ErrorCode,
  LoggingMessageNotificationSchema,
  McpError,
  type Prompt,
  PromptListChangedNotificationSchema,
  type Resource,
  ResourceListChangedNotificationSchema,
  type ResourceTemplate,
  ResourceUpdatedNotificationSchema,
  type ServerCapabilities,
  type Tool,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { backoffDelay, type ResolvedRestartOptions } from './backoff.ts';
import { deliverNotificationsFirst } from './deliver-notifications-first.ts';
import { fetchLists, type ListKind } from './list-all.ts';
import type { LogMessage } from './log-relay.ts';
import { McpProxyError, McpProxyErrorCode } from './mcp-proxy-error.ts';
import type { UpstreamSpec } from './upstream-spec.ts';
import { createUpstreamTransport } from './upstream-transport.ts';

/** Time limits on an upstream, in ms. */
export type UpstreamTimeouts = {
  /** Starting the server and the `initialize` handshake. Default 30 000. */
  readonly connectMs?: number;
  /** One request (`tools/call`, `resources/read`, `prompts/get`); progress resets it. Default 60 000. */
  readonly requestMs?: number;
  /** One page of a list. Default 30 000. */
  readonly listMs?: number;
  /** The ping sent after a timeout to tell a slow call from a dead server. Default 5 000. */
  readonly pingMs?: number;
};

/** What the proxy knows about one upstream right now. */
export type UpstreamStatus = {
  readonly name: string;
  readonly transport: 'stdio' | 'http';
  /** `starting` (connecting), `ready`, `unavailable` (down, restarting or given up) or `closed`. */
  readonly state: UpstreamState;
  /** Why the server is unavailable (its own output is never quoted). */
  readonly reason?: string;
  readonly restarts: number;
  /** When the next restart is due (ms since the epoch). */
  readonly nextAttemptAt?: number;
  readonly tools: number;
  readonly prompts: number;
  readonly resources: number;
};

/** The life cycle of an upstream connection. */
export type UpstreamState = 'starting' | 'ready' | 'unavailable' | 'closed';

export type { ListKind } from './list-all.ts';

/** Options of {@link Upstream}. */
export type UpstreamOptions = {
  readonly spec: UpstreamSpec;
  readonly timeouts: Required<UpstreamTimeouts>;
  readonly restart: ResolvedRestartOptions;
  /** Malformed messages tolerated within `windowMs` before the server is isolated. */
  readonly protocolErrors: { readonly max: number; readonly windowMs: number };
  readonly clientInfo: { readonly name: string; readonly version: string };
  readonly log: (line: string) => void;
  /** A list of this server changed (or the server came or went, which changes every list). */
  readonly onChange: (kind: ListKind) => void;
  /** The server says a resource changed (`notifications/resources/updated`). */
  readonly onResourceUpdated?: (uri: string) => void;
  /** The server logged a message (`notifications/message`). */
  readonly onLog?: (message: LogMessage) => void;
  /** The server is (again) ready: a new connection, which holds none of the old one's subscriptions. */
  readonly onReady?: () => void;
  /** What the proxy offers servers to ask of its clients, and who answers (each new connection). */
  readonly clientRequests?: {
    readonly capabilities: ClientCapabilities;
    readonly handle: (client: Client) => void;
  };
};

/**
 * One upstream MCP server: its client connection, its last known tools, prompts and resources, and its
 * isolation. A crash, a hang or a flood of garbage marks it unavailable and restarts it with exponential
 * backoff; the other upstreams are untouched.
 */
export class Upstream {
  readonly spec: UpstreamSpec;
  tools: Tool[] = [];
  prompts: Prompt[] = [];
  resources: Resource[] = [];
  templates: ResourceTemplate[] = [];
  capabilities: ServerCapabilities = {};
  /** Settles once the first connection attempt has (succeeded or failed). */
  readonly firstAttempt: Promise<void>;

  readonly #options: UpstreamOptions;
  #state: UpstreamState = 'starting';
  #reason: string | undefined;
  #client: Client | undefined;
  #generation = 0;
  #failures = 0;
  #restarts = 0;
  #connectedAt = 0;
  #nextAttemptAt: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #protocolErrors: number[] = [];
  #isCheckingHealth = false;
  #refreshes = new Map<ListKind, Promise<void>>();
  #dirty = new Set<ListKind>();
  #settleFirstAttempt: () => void = () => {};

  constructor(options: UpstreamOptions) {
    this.#options = options;
    this.spec = options.spec;
    this.firstAttempt = new Promise((resolve) => {
      this.#settleFirstAttempt = resolve;
    });
  }

  get name(): string {
    return this.spec.name;
  }

  get state(): UpstreamState {
    return this.#state;
  }

  get reason(): string | undefined {
    return this.#reason;
  }

  /** Starts the first connection attempt. */
  start(): void {
    void this.#connect();
  }

  /** Tells the server the client's roots changed (`notifications/roots/list_changed`), if it is up. */
  rootsChanged(): void {
    const client = this.#client;
    if (this.#state !== 'ready' || client === undefined) return;
    client
      .sendRootsListChanged()
      .catch((error: unknown) =>
        this.#options.log(
          `server "${this.name}": cannot tell it the roots changed: ${describe(error)}`,
        ),
      );
  }

  status(): UpstreamStatus {
    return {
      name: this.name,
      transport: this.spec.transport,
      state: this.#state,
      ...(this.#reason === undefined ? {} : { reason: this.#reason }),
      restarts: this.#restarts,
      ...(this.#nextAttemptAt === undefined ? {} : { nextAttemptAt: this.#nextAttemptAt }),
      tools: this.tools.length,
      prompts: this.prompts.length,
      resources: this.resources.length,
    };
  }

  /**
   * Sends one request through the live client, with the timeouts, cancellation and progress given.
   *
   * @throws {McpProxyError} `UPSTREAM_UNAVAILABLE` when the server is down or fails mid-request,
   * `UPSTREAM_TIMEOUT` when it does not answer in time. An error the server itself answered (an
   * `McpError`) is passed on as is: its message is the server's text, so callers must screen it.
   */
  async request<T>(
    what: string,
    run: (client: Client, options: RequestOptions) => Promise<T>,
    { signal, onprogress }: Pick<RequestOptions, 'signal' | 'onprogress'> = {},
  ): Promise<T> {
    const client = this.#client;
    if (this.#state !== 'ready' || client === undefined) throw this.unavailableError();
    const generation = this.#generation;
    const timeout = this.#options.timeouts.requestMs;
    try {
      return await run(client, {
        timeout,
        resetTimeoutOnProgress: true,
        ...(signal === undefined ? {} : { signal }),
        ...(onprogress === undefined ? {} : { onprogress }),
      });
    } catch (error) {
      if (signal?.aborted === true) throw error;
      if (error instanceof McpError && error.code === ErrorCode.RequestTimeout) {
        // A slow call or a dead server? A ping tells them apart; a dead one is isolated.
        this.#checkHealth(generation);
        throw new McpProxyError({
          code: McpProxyErrorCode.UpstreamTimeout,
          server: this.name,
          message: `Server "${this.name}" did not answer ${what} within ${timeout} ms.`,
          cause: error,
        });
      }
      if (error instanceof McpError && error.code === ErrorCode.ConnectionClosed) {
        throw new McpProxyError({
          code: McpProxyErrorCode.UpstreamUnavailable,
          server: this.name,
          message: `Server "${this.name}" went away during ${what}; the proxy is restarting it.`,
          cause: error,
        });
      }
      if (error instanceof McpError) throw error;
      // A transport failure or an answer that is not valid MCP: check the server is still alive.
      this.#checkHealth(generation);
      throw new McpProxyError({
        code: McpProxyErrorCode.UpstreamUnavailable,
        server: this.name,
        message: `Server "${this.name}" failed during ${what} (no valid answer).`,
        cause: error,
      });
    }
  }

  /** The error a request to this server gets while it is not ready. */
  unavailableError(): McpProxyError {
    const why =
      this.#state === 'starting'
        ? 'is starting'
        : this.#state === 'closed'
          ? 'is closed'
          : `is unavailable (${this.#reason ?? 'unknown reason'})`;
    const when =
      this.#nextAttemptAt === undefined
        ? ''
        : `; the proxy restarts it in ${Math.max(0, Math.ceil((this.#nextAttemptAt - Date.now()) / 1000))} s`;
    return new McpProxyError({
      code: McpProxyErrorCode.UpstreamUnavailable,
      server: this.name,
      message: `Server "${this.name}" ${why}${when}. Its tools cannot be used right now.`,
    });
  }

  /** Fetches one list again (coalescing concurrent refreshes) and reports a change. */
  refresh(kind: ListKind): Promise<void> {
    const running = this.#refreshes.get(kind);
    if (running !== undefined) {
      this.#dirty.add(kind);
      return running;
    }
    const generation = this.#generation;
    const run = (async () => {
      try {
        do {
          this.#dirty.delete(kind);
          const before = this.#snapshot(kind);
          await this.#fetch(kind, generation);
          if (generation !== this.#generation) return;
          if (this.#snapshot(kind) !== before) this.#options.onChange(kind);
        } while (this.#dirty.has(kind));
      } catch (error) {
        if (generation === this.#generation)
          this.#options.log(
            `server "${this.name}": cannot refresh its ${kind}: ${describe(error)}`,
          );
      } finally {
        this.#refreshes.delete(kind);
      }
    })();
    this.#refreshes.set(kind, run);
    return run;
  }

  /** Closes the connection (and stops the child process) for good. */
  async close(): Promise<void> {
    this.#state = 'closed';
    this.#generation += 1;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#nextAttemptAt = undefined;
    const client = this.#client;
    this.#client = undefined;
    this.#settleFirstAttempt();
    await client?.close().catch(() => {});
  }

  // --- internal ---

  async #connect(): Promise<void> {
    if (this.#state === 'closed') return;
    const generation = ++this.#generation;
    this.#state = 'starting';
    this.#nextAttemptAt = undefined;
    const client = new Client(
      { name: this.#options.clientInfo.name, version: this.#options.clientInfo.version },
      { capabilities: this.#options.clientRequests?.capabilities ?? {} },
    );
    this.#options.clientRequests?.handle(client);
    this.#client = client;
    const current = () => generation === this.#generation;
    client.onclose = () => {
      // While starting, the failed handshake or list says why (see the catch below).
      if (current() && this.#state === 'ready') this.#lost('its connection closed');
    };
    client.onerror = (error) => {
      if (current()) this.#protocolError(error);
    };
    client.setNotificationHandler(ToolListChangedNotificationSchema, async () => {
      if (current() && this.#state === 'ready') await this.refresh('tools');
    });
    client.setNotificationHandler(PromptListChangedNotificationSchema, async () => {
      if (current() && this.#state === 'ready') await this.refresh('prompts');
    });
    client.setNotificationHandler(ResourceListChangedNotificationSchema, async () => {
      if (current() && this.#state === 'ready') await this.refresh('resources');
    });
    client.setNotificationHandler(ResourceUpdatedNotificationSchema, (notification) => {
      if (current()) this.#options.onResourceUpdated?.(notification.params.uri);
    });
    client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      if (current()) this.#options.onLog?.(notification.params);
    });
    try {
      const transport = createUpstreamTransport(this.spec, this.#options.log);
      await client.connect(transport, { timeout: this.#options.timeouts.connectMs });
      if (!current()) return;
      deliverNotificationsFirst(transport);
      this.capabilities = client.getServerCapabilities() ?? {};
      // Tools are what the proxy is for: without them the attempt fails. Prompts and resources are extras.
      const optional = (kind: ListKind) =>
        this.#fetch(kind, generation).catch((error: unknown) =>
          this.#options.log(`server "${this.name}": cannot list its ${kind}: ${describe(error)}`),
        );
      await Promise.all([
        this.#fetch('tools', generation),
        optional('prompts'),
        optional('resources'),
      ]);
      if (!current()) return;
      this.#state = 'ready';
      this.#reason = undefined;
      this.#connectedAt = Date.now();
      this.#options.log(
        `server "${this.name}" ready: ${this.tools.length} tools, ${this.prompts.length} prompts, ${this.resources.length} resources`,
      );
      this.#announceAll();
      this.#options.onReady?.();
    } catch (error) {
      if (current()) {
        const timedOut = error instanceof McpError && error.code === ErrorCode.RequestTimeout;
        // The cause goes to the log only: an error message may be the server's own (hostile) text.
        this.#lost(
          timedOut
            ? `it did not finish starting within ${this.#options.timeouts.connectMs} ms`
            : 'it failed to start',
          timedOut ? undefined : describe(error),
        );
      }
    } finally {
      this.#settleFirstAttempt();
    }
  }

  async #fetch(kind: ListKind, generation: number): Promise<void> {
    const client = this.#client;
    if (client === undefined || generation !== this.#generation) return;
    const lists = await fetchLists(client, this.capabilities, kind, this.#options.timeouts.listMs);
    if (generation === this.#generation) Object.assign(this, lists);
  }

  #snapshot(kind: ListKind): string {
    if (kind === 'tools') return JSON.stringify(this.tools);
    if (kind === 'prompts') return JSON.stringify(this.prompts);
    return JSON.stringify([this.resources, this.templates]);
  }

  #announceAll(): void {
    this.#options.onChange('tools');
    this.#options.onChange('prompts');
    this.#options.onChange('resources');
  }

  #protocolError(error: Error): void {
    // Only what could not be parsed counts: the SDK also reports benign things here (a progress
    // notification for a request that already finished).
    if (
      error.name !== 'SyntaxError' &&
      error.name !== 'ZodError' &&
      !(error.cause instanceof SyntaxError)
    )
      return;
    const now = Date.now();
    const { max, windowMs } = this.#options.protocolErrors;
    this.#protocolErrors = this.#protocolErrors.filter((time) => now - time < windowMs);
    this.#protocolErrors.push(now);
    if (this.#protocolErrors.length <= 3)
      this.#options.log(`server "${this.name}" sent a malformed message: ${describe(error)}`);
    if (this.#protocolErrors.length >= max) {
      this.#lost(`it sent ${this.#protocolErrors.length} malformed messages within ${windowMs} ms`);
    }
  }

  #checkHealth(generation: number): void {
    const client = this.#client;
    if (this.#isCheckingHealth || client === undefined || this.#state !== 'ready') return;
    this.#isCheckingHealth = true;
    const { pingMs } = this.#options.timeouts;
    client
      .ping({ timeout: pingMs })
      .catch(() => {
        if (generation === this.#generation && this.#state === 'ready')
          this.#lost(`it stopped answering (no reply to a ping within ${pingMs} ms)`);
      })
      .finally(() => {
        this.#isCheckingHealth = false;
      });
  }

  /** Isolates the server: drops the connection (stopping the process) and schedules a restart. */
  #lost(reason: string, detail?: string): void {
    if (this.#state === 'closed') return;
    const wasReady = this.#state === 'ready';
    this.#generation += 1;
    const client = this.#client;
    this.#client = undefined;
    this.#state = 'unavailable';
    this.#reason = reason;
    this.#protocolErrors = [];
    this.#isCheckingHealth = false;
    if (
      this.#connectedAt !== 0 &&
      Date.now() - this.#connectedAt >= this.#options.restart.stableAfterMs
    )
      this.#failures = 0;
    this.#connectedAt = 0;
    // In the background: closing a stuck child can take seconds (stdin end, then SIGTERM, then SIGKILL).
    client?.close().catch(() => {});
    const { restart } = this.#options;
    if (this.#restarts >= restart.maxRestarts) {
      this.#nextAttemptAt = undefined;
      this.#reason = `${reason}; gave up after ${this.#restarts} restarts`;
      this.#options.log(`server "${this.name}" is unavailable: ${this.#reason}`);
    } else {
      const delay = backoffDelay(this.#failures, restart);
      this.#failures += 1;
      this.#nextAttemptAt = Date.now() + delay;
      this.#options.log(
        `server "${this.name}" is unavailable: ${reason}${detail === undefined ? '' : ` (${detail})`}; restarting in ${delay} ms`,
      );
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#restarts += 1;
        void this.#connect();
      }, delay);
      this.#timer.unref?.();
    }
    this.#settleFirstAttempt();
    if (wasReady) this.#announceAll();
  }
}

// --- internal ---

/** A short, single-line description of an error for logs (never sent to clients). */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 300);
}

import type { Surface } from '../spec/surface.ts';

/** A tool as an MCP server or an agent framework describes it. */
export type ToolDefinition = {
  readonly name: string;
  readonly description?: string;
  /** JSON Schema of the tool's arguments. */
  readonly inputSchema?: unknown;
  /** Any further fields (annotations, output schema); scanned and pinned with the rest. */
  readonly [key: string]: unknown;
};

/** What the guard inspects: one event per surface. */
export type GuardEvent =
  | { readonly surface: 'prompt'; readonly text: string }
  | { readonly surface: 'tool_call'; readonly name: string; readonly arguments: unknown }
  | { readonly surface: 'tool_output'; readonly name?: string; readonly output: unknown }
  | { readonly surface: 'tool_description'; readonly tool: ToolDefinition }
  | { readonly surface: 'model_output'; readonly text: string };

/** An MCP server the event came through, as the proxy knows it. */
export type ServerInfo = {
  readonly name: string;
  /** `stdio` for a local command, `http` for a URL. */
  readonly transport?: 'stdio' | 'http';
  readonly url?: string;
  /** The server's 0–100 trust score, when the proxy computed one. */
  readonly trustScore?: number;
  /** Capabilities the server's tools have, e.g. `reads_private_data`, `sends_data_out`, `executes_code`. */
  readonly capabilities?: readonly string[];
};

/** Who is acting and where: every field optional. */
export type GuardContext = {
  readonly sessionId?: string;
  readonly agentId?: string;
  readonly tenantId?: string;
  readonly ip?: string;
  /** The MCP server (its name, or what the proxy knows about it). */
  readonly server?: string | ServerInfo;
  /** The name the tool is exposed under when it differs from `event.name` (a proxy's prefix). */
  readonly exposedName?: string;
};

/** The surface of an event. */
export type EventSurface = GuardEvent['surface'] & Surface;

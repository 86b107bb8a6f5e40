import type { ProfileName } from '../risk/profiles.ts';
import type { Optional, Policy, PolicyInput } from './policy-types.ts';

/** Where the guard keeps shared state. */
export type StorageConfig =
  | { readonly type: 'memory' }
  | { readonly type: 'sqlite'; readonly path: string }
  | { readonly type: 'redis'; readonly url: string };

/**
 * An MCP server the proxy fronts: a local command, or a Streamable HTTP URL. `roots: true` lets this server
 * ask the client for its roots (its folders); servers are not told them otherwise.
 */
export type McpServerConfig =
  | {
      readonly command: string;
      readonly args: string[];
      readonly env?: Record<string, string> | undefined;
      readonly cwd?: string | undefined;
      readonly roots?: boolean | undefined;
    }
  | {
      readonly url: string;
      readonly headers?: Record<string, string> | undefined;
      readonly roots?: boolean | undefined;
    };

/** What a blocked item turns into, per surface. */
export type OnBlockConfig = {
  readonly prompt: 'throw' | 'replace';
  readonly tool_output: 'replace' | 'throw';
  readonly model_output: 'throw' | 'replace';
};

/** Where intrusion alerts are POSTed. */
export type WebhookConfig = {
  readonly url: string;
  readonly headers?: Record<string, string> | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
};

/** The whole Portcullis config, defaults filled in. */
export type PortcullisConfig = {
  readonly mode: 'monitoring' | 'strict';
  readonly profile: ProfileName;
  readonly thresholds?:
    | { readonly review?: number | undefined; readonly block?: number | undefined }
    | undefined;
  readonly policies: Policy[];
  readonly enforcement: {
    readonly canary?: { readonly percent: number; readonly by: 'session' | 'agent' } | undefined;
    readonly onBlock: OnBlockConfig;
    readonly annotateReview: boolean;
  };
  readonly canaries: string[];
  readonly storage: StorageConfig;
  readonly audit?: { readonly file?: string | undefined; readonly store: boolean } | undefined;
  readonly intrusion?:
    | {
        readonly windowMs: number;
        readonly thresholds?: Record<string, number> | undefined;
        readonly webhook?: WebhookConfig | undefined;
      }
    | undefined;
  readonly events?: { readonly webhooks: EventWebhookConfig[] } | undefined;
  readonly mcpServers?: Record<string, McpServerConfig> | undefined;
};

/** A webhook that receives the guard's CloudEvents. */
export type EventWebhookConfig = WebhookConfig & { readonly types?: string[] | undefined };

/** A config as written: every field optional. */
export type PortcullisConfigInput = {
  readonly mode?: 'monitoring' | 'strict' | undefined;
  readonly profile?: ProfileName | undefined;
  readonly thresholds?: PortcullisConfig['thresholds'];
  readonly policies?: PolicyInput[] | undefined;
  readonly enforcement?:
    | {
        readonly canary?:
          | { readonly percent: number; readonly by?: 'session' | 'agent' | undefined }
          | undefined;
        readonly onBlock?: Optional<OnBlockConfig> | undefined;
        readonly annotateReview?: boolean | undefined;
      }
    | undefined;
  readonly canaries?: string[] | undefined;
  readonly storage?: StorageConfig | undefined;
  readonly audit?:
    | { readonly file?: string | undefined; readonly store?: boolean | undefined }
    | undefined;
  readonly intrusion?:
    | {
        readonly windowMs?: number | undefined;
        readonly thresholds?: Record<string, number> | undefined;
        readonly webhook?: (Optional<WebhookConfig> & { readonly url: string }) | undefined;
      }
    | undefined;
  readonly events?:
    | {
        readonly webhooks?: (Optional<EventWebhookConfig> & { readonly url: string })[] | undefined;
      }
    | undefined;
  readonly mcpServers?:
    | Record<
        string,
        | {
            readonly command: string;
            readonly args?: string[] | undefined;
            readonly env?: Record<string, string> | undefined;
            readonly cwd?: string | undefined;
            readonly roots?: boolean | undefined;
          }
        | {
            readonly url: string;
            readonly headers?: Record<string, string> | undefined;
            readonly roots?: boolean | undefined;
          }
      >
    | undefined;
};

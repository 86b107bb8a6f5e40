import { z } from 'zod';
import { PROFILES, type ProfileName } from '../risk/profiles.ts';
import type { PortcullisConfig, PortcullisConfigInput } from './config-types.ts';
import { policySchema } from './policy-schema.ts';

const profileName = z.enum(Object.keys(PROFILES) as [ProfileName, ...ProfileName[]]);

const storage = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('memory') }).strict(),
    z
      .object({
        type: z.literal('sqlite'),
        /** Path of the database file (created when missing). */
        path: z.string().min(1),
      })
      .strict(),
    z
      .object({
        type: z.literal('redis'),
        /** `redis://[user:password@]host:port[/db]` */
        url: z.string().min(1),
      })
      .strict(),
  ])
  .prefault({ type: 'memory' });

const stdioServer = z
  .object({
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().optional(),
    /** Lets this server ask the client for its roots (see McpServerConfig). */
    roots: z.boolean().optional(),
  })
  .strict();
const httpServer = z
  .object({
    url: z.url(),
    headers: z.record(z.string(), z.string()).optional(),
    roots: z.boolean().optional(),
  })
  .strict();

/** The whole Portcullis config: one file serves the library, the proxy and the HTTP service. */
export const configSchema: z.ZodType<PortcullisConfig, PortcullisConfigInput> = z
  .object({
    /** `monitoring` records and never blocks; `strict` (default) enforces. */
    mode: z.enum(['monitoring', 'strict']).default('strict'),
    profile: profileName.default('copilot'),
    /** Overrides the profile's thresholds. */
    thresholds: z
      .object({ review: z.number().min(0).max(1), block: z.number().min(0).max(1) })
      .partial()
      .strict()
      .optional(),
    policies: z.array(policySchema).default([]),
    enforcement: z
      .object({
        /** Enforce for this percentage of sessions (or agents) only; the rest are monitored. */
        canary: z
          .object({
            percent: z.number().min(0).max(100),
            by: z.enum(['session', 'agent']).default('session'),
          })
          .strict()
          .optional(),
        /** What a blocked or reviewed item turns into, per surface. */
        onBlock: z
          .object({
            prompt: z.enum(['throw', 'replace']).default('throw'),
            tool_output: z.enum(['replace', 'throw']).default('replace'),
            model_output: z.enum(['throw', 'replace']).default('throw'),
          })
          .strict()
          .prefault({}),
        /** Wrap `review` tool outputs as untrusted data (default true). */
        annotateReview: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /** Secret strings planted in the system prompt; model output that repeats one is a leak. */
    canaries: z.array(z.string().min(8)).default([]),
    storage,
    audit: z
      .object({
        /** NDJSON file the hash-chained audit trail is appended to. */
        file: z.string().min(1).optional(),
        /** Also keep the trail in the state store (shared stores). */
        store: z.boolean().default(false),
      })
      .strict()
      .optional(),
    intrusion: z
      .object({
        windowMs: z.number().int().positive().default(600_000),
        thresholds: z.record(z.string(), z.number().int().positive()).optional(),
        webhook: z
          .object({
            url: z.url(),
            headers: z.record(z.string(), z.string()).optional(),
            timeoutMs: z.number().int().positive().default(5000),
            retries: z.number().int().min(0).max(10).default(3),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    events: z
      .object({
        /** Where CloudEvents are POSTed (off the request path, with retries; failures audited). */
        webhooks: z
          .array(
            z
              .object({
                url: z.url(),
                /** Event types sent (`*` wildcards allowed); all when absent. */
                types: z.array(z.string().min(1)).optional(),
                headers: z.record(z.string(), z.string()).optional(),
                timeoutMs: z.number().int().positive().default(5000),
                retries: z.number().int().min(0).max(10).default(3),
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .optional(),
    /** The MCP servers the proxy fronts, in the format of Claude Desktop and Cursor. */
    mcpServers: z.record(z.string(), z.union([stdioServer, httpServer])).optional(),
  })
  .strict();

export type { PortcullisConfig, PortcullisConfigInput } from './config-types.ts';

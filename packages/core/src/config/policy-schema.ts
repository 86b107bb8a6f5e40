import { z } from 'zod';
import { SURFACES, type Surface } from '../spec/surface.ts';
import type { Policy, PolicyInput, PolicyType } from './policy-types.ts';

const globs = z.array(z.string().min(1));
const severity = z.enum(['low', 'medium', 'high', 'critical']);
const surface = z.enum(SURFACES as readonly Surface[] as [Surface, ...Surface[]]);
const hourWindow = z.object({
  /** First hour of the window, 0–23. */
  start: z.number().int().min(0).max(23),
  /** Hour the window ends (exclusive), 1–24; a window may wrap midnight (`{ start: 22, end: 6 }`). */
  end: z.number().int().min(1).max(24),
});
const weekday = z.union([
  z.number().int().min(0).max(6),
  z.enum(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']),
]);

/** Constraints on one argument of a tool call. */
const argumentConstraint = z
  .object({
    /** A regular expression the (string) value must match. */
    pattern: z.string().optional(),
    /** Longest allowed string value. */
    maxLength: z.number().int().positive().optional(),
    /** The only values allowed. */
    enum: z.array(z.unknown()).optional(),
    /** Globs the value must not match, e.g. `["/etc/*", "*..*"]`. */
    deny: globs.optional(),
  })
  .strict();

const scope = {
  /** Agents (globs) the policy applies to; all when absent. */
  agents: globs.optional(),
  /** MCP servers (globs) the policy applies to; all when absent. */
  servers: globs.optional(),
};

const conditionsByType = {
  tool_access: z
    .object({
      /** Tools that may be called (globs over the upstream and the exposed name). Absent: all. */
      allow: globs.optional(),
      /** Tools that may never be called; deny wins over allow. */
      deny: globs.optional(),
      /** Per-argument constraints, by tool glob then argument name. */
      arguments: z.record(z.string(), z.record(z.string(), argumentConstraint)).optional(),
      ...scope,
    })
    .strict(),
  rate_limit: z
    .object({
      /** Calls allowed per window. */
      max: z.number().int().positive(),
      windowMs: z.number().int().positive().default(60_000),
      /** What the count is kept per: any of agent, session, tool, ip, tenant. */
      per: z
        .array(z.enum(['agent', 'session', 'tool', 'ip', 'tenant']))
        .min(1)
        .default(['session']),
      /** Extra calls allowed on top of `max` within a window. */
      burst: z.number().int().min(0).default(0),
      /** Shrink the limit as the session's risk grows (down to a quarter at risk 1). */
      adaptive: z.boolean().default(false),
      /** Tools the limit counts (globs); all when absent. */
      tools: globs.optional(),
      ...scope,
    })
    .strict(),
  loop: z
    .object({
      /** How many recent calls are remembered per session. */
      window: z.number().int().min(2).default(8),
      /** The same tool with the same arguments this many times in the window is a loop. */
      threshold: z.number().int().min(2).default(4),
      tools: globs.optional(),
      ...scope,
    })
    .strict(),
  mcp_trust: z
    .object({
      alertBelow: z.number().min(0).max(100).default(60),
      blockBelow: z.number().min(0).max(100).default(30),
      ...scope,
    })
    .strict(),
  mcp_domains: z
    .object({
      /** Domains (globs like `*.example.com`) servers and outbound URLs may use. Absent: any not blocked. */
      trusted: globs.optional(),
      blocked: globs.optional(),
      ...scope,
    })
    .strict(),
  mcp_capabilities: z
    .object({
      required: z.array(z.string()).optional(),
      forbidden: z.array(z.string()).optional(),
      ...scope,
    })
    .strict(),
  data_protection: z
    .object({
      /** Which kinds of data: `pii`, `secrets` (PHI is reported as PII). */
      categories: z
        .array(z.enum(['pii', 'secrets']))
        .min(1)
        .default(['pii', 'secrets']),
      /** `alert` records, `redact` masks the values, `block` stops the content. */
      action: z.enum(['alert', 'redact', 'block']).default('redact'),
      surfaces: z.array(surface).optional(),
      ...scope,
    })
    .strict(),
  access: z
    .object({
      /** Addresses or CIDRs allowed (`10.0.0.0/8`, `192.168.*.*`); others are refused. */
      allowIps: globs.optional(),
      denyIps: globs.optional(),
      /** Days of the week allowed. */
      days: z.array(weekday).optional(),
      /** Hours allowed (UTC unless `timezone`). */
      hours: hourWindow.optional(),
      timezone: z.string().optional(),
      ...scope,
    })
    .strict(),
  unusual_activity: z
    .object({
      /** Calls per minute above which activity is a spike. */
      maxPerMinute: z.number().int().positive().default(60),
      /** Hours considered normal; activity outside them is off-hours. */
      workingHours: hourWindow.optional(),
      timezone: z.string().optional(),
      /** Distinct tools or resources one session may touch in `windowMs`. */
      maxDistinctResources: z.number().int().positive().default(25),
      windowMs: z.number().int().positive().default(600_000),
      ...scope,
    })
    .strict(),
  config_drift: z
    .object({
      /** Tools (globs) watched; all when absent. */
      tools: globs.optional(),
      /** Also trigger when a tool gains arguments or loses a read-only/non-destructive hint. */
      escalationOnly: z.boolean().default(false),
      ...scope,
    })
    .strict(),
  injection: z
    .object({
      /** Surfaces checked; all when absent. */
      surfaces: z.array(surface).optional(),
      /** Risk at or above which the policy triggers, per surface (default: the profile's block threshold). */
      thresholds: z.partialRecord(surface, z.number().min(0).max(1)).optional(),
      /** Only findings of these categories count; all when absent. */
      categories: z.array(z.string()).optional(),
      ...scope,
    })
    .strict(),
} as const;

/** Every policy type. */
export const POLICY_TYPES: readonly PolicyType[] = Object.keys(conditionsByType) as PolicyType[];

const base = {
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  enabled: z.boolean().default(true),
  severity: severity.default('medium'),
  mode: z.enum(['alert', 'block']).default('block'),
  actions: z
    .object({
      /** Send an event (listeners and webhooks) when the policy triggers. Default true. */
      notify: z.boolean().default(true),
    })
    .strict()
    .prefault({}),
};

function policyOf<const T extends PolicyType, C extends z.ZodObject>(type: T, conditions: C) {
  return z
    .object({ ...base, type: z.literal(type), conditions: conditions.prefault({} as z.input<C>) })
    .strict();
}

const c = conditionsByType;

/** One policy document: validates a {@link PolicyInput} and fills in the defaults. */
export const policySchema: z.ZodType<Policy, PolicyInput> = z.discriminatedUnion('type', [
  policyOf('tool_access', c.tool_access),
  policyOf('rate_limit', c.rate_limit),
  policyOf('loop', c.loop),
  policyOf('mcp_trust', c.mcp_trust),
  policyOf('mcp_domains', c.mcp_domains),
  policyOf('mcp_capabilities', c.mcp_capabilities),
  policyOf('data_protection', c.data_protection),
  policyOf('access', c.access),
  policyOf('unusual_activity', c.unusual_activity),
  policyOf('config_drift', c.config_drift),
  policyOf('injection', c.injection),
]);

export type { Policy, PolicyConditions, PolicyInput, PolicyType } from './policy-types.ts';

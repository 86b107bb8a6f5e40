import type { Severity } from '../spec/finding.ts';
import type { Surface } from '../spec/surface.ts';

/** Every field optional, and `undefined` accepted where a field is optional (what a user may write). */
export type Optional<T> = { [K in keyof T]?: T[K] | undefined };

/** Which agents and MCP servers (globs) a policy applies to; all when absent. */
export type PolicyScope = {
  readonly agents?: string[] | undefined;
  readonly servers?: string[] | undefined;
};

/** Constraints on one argument of a tool call. */
export type ArgumentConstraint = {
  /** A regular expression the whole (string) value must match. */
  readonly pattern?: string | undefined;
  readonly maxLength?: number | undefined;
  /** The only values allowed. */
  readonly enum?: unknown[] | undefined;
  /** Globs the value must not match. */
  readonly deny?: string[] | undefined;
};

/** An hour window; it may wrap midnight (`{ start: 22, end: 6 }`). */
export type HourWindow = { readonly start: number; readonly end: number };

/** The conditions of each policy type, defaults filled in. */
export type PolicyConditionsByType = {
  readonly tool_access: PolicyScope & {
    /** Tools that may be called (globs over the upstream and exposed names). Absent: all. */
    readonly allow?: string[] | undefined;
    /** Tools never allowed; deny wins over allow. */
    readonly deny?: string[] | undefined;
    /** Per-argument constraints, by tool glob, then argument name. */
    readonly arguments?: Record<string, Record<string, ArgumentConstraint>> | undefined;
  };
  readonly rate_limit: PolicyScope & {
    readonly max: number;
    readonly windowMs: number;
    readonly per: ('agent' | 'session' | 'tool' | 'ip' | 'tenant')[];
    readonly burst: number;
    readonly adaptive: boolean;
    readonly tools?: string[] | undefined;
  };
  readonly loop: PolicyScope & {
    readonly window: number;
    readonly threshold: number;
    readonly tools?: string[] | undefined;
  };
  readonly mcp_trust: PolicyScope & { readonly alertBelow: number; readonly blockBelow: number };
  readonly mcp_domains: PolicyScope & {
    readonly trusted?: string[] | undefined;
    readonly blocked?: string[] | undefined;
  };
  readonly mcp_capabilities: PolicyScope & {
    readonly required?: string[] | undefined;
    readonly forbidden?: string[] | undefined;
  };
  readonly data_protection: PolicyScope & {
    readonly categories: ('pii' | 'secrets')[];
    readonly action: 'alert' | 'redact' | 'block';
    readonly surfaces?: Surface[] | undefined;
  };
  readonly access: PolicyScope & {
    readonly allowIps?: string[] | undefined;
    readonly denyIps?: string[] | undefined;
    readonly days?: (number | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat')[] | undefined;
    readonly hours?: HourWindow | undefined;
    readonly timezone?: string | undefined;
  };
  readonly unusual_activity: PolicyScope & {
    readonly maxPerMinute: number;
    readonly workingHours?: HourWindow | undefined;
    readonly timezone?: string | undefined;
    readonly maxDistinctResources: number;
    readonly windowMs: number;
  };
  readonly config_drift: PolicyScope & {
    readonly tools?: string[] | undefined;
    readonly escalationOnly: boolean;
  };
  readonly injection: PolicyScope & {
    readonly surfaces?: Surface[] | undefined;
    readonly thresholds?: Partial<Record<Surface, number>> | undefined;
    readonly categories?: string[] | undefined;
  };
};

/** Every policy type. */
export type PolicyType = keyof PolicyConditionsByType;

/** The fields every policy has. */
export type PolicyBase = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly enabled: boolean;
  readonly severity: Severity;
  /** `alert` records and notifies; `block` blocks in strict mode. */
  readonly mode: 'alert' | 'block';
  readonly actions: { readonly notify: boolean };
};

/** A validated policy, defaults filled in. */
export type Policy = {
  [T in PolicyType]: PolicyBase & {
    readonly type: T;
    readonly conditions: PolicyConditionsByType[T];
  };
}[PolicyType];

/** The conditions of a policy of type `T`. */
export type PolicyConditions<T extends PolicyType> = PolicyConditionsByType[T];

/** A policy as written by a user: `id`, `name` and `type` required, the rest defaulted. */
export type PolicyInput = {
  [T in PolicyType]: Optional<Omit<PolicyBase, 'id' | 'name' | 'actions'>> & {
    readonly id: string;
    readonly name: string;
    readonly type: T;
    readonly conditions?: Optional<PolicyConditionsByType[T]> | undefined;
    readonly actions?: Optional<PolicyBase['actions']> | undefined;
  };
}[PolicyType];

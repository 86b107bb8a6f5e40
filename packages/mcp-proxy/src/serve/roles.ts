/** The roles an API key or a token can carry, most privileged first. */
export const ROLES = ['owner', 'operator', 'viewer', 'scanner'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * What a route needs. `public` routes (health, readiness, the API description) need no credentials but
 * still pass the IP allowlist and the Host check.
 */
export type Permission =
  | 'public'
  /** `POST /v1/scan`, `POST /v1/agents/events`, a mounted MCP endpoint. */
  | 'scan'
  /** `GET /v1/risk/{session_id}`. */
  | 'risk:read'
  /** `GET /v1/scan/report` (audited as a session replay with the caller as actor). */
  | 'report:read'
  /** `GET /metrics`. */
  | 'metrics:read'
  /** Reading policies, mode, kill switch, canary, pins, trust scores and the IP allowlist. */
  | 'admin:read'
  /** Pulling or releasing the kill switch: an emergency lever operators hold too. */
  | 'kill-switch:write'
  /** Approving or rejecting changed MCP tool definitions. */
  | 'pins:write'
  /** Watermark detection. */
  | 'watermark:detect'
  /** Changing policies, mode, canary and the IP allowlist. */
  | 'admin:write'
  /** Session replay and its log: reading transcripts. */
  | 'replay';

/**
 * The permission table. `owner` can do everything; `operator` runs the service (reads, kill switch,
 * pins); `viewer` only reads; `scanner` is what an agent or gateway holds: scan and read session risk.
 *
 * | permission        | owner | operator | viewer | scanner |
 * |-------------------|-------|----------|--------|---------|
 * | scan              |   ✓   |    ✓     |        |    ✓    |
 * | risk:read         |   ✓   |    ✓     |   ✓    |    ✓    |
 * | report:read       |   ✓   |    ✓     |   ✓    |         |
 * | metrics:read      |   ✓   |    ✓     |   ✓    |         |
 * | admin:read        |   ✓   |    ✓     |   ✓    |         |
 * | kill-switch:write |   ✓   |    ✓     |        |         |
 * | pins:write        |   ✓   |    ✓     |        |         |
 * | watermark:detect  |   ✓   |    ✓     |        |         |
 * | admin:write       |   ✓   |          |        |         |
 * | replay            |   ✓   |          |        |         |
 */
export const PERMISSIONS: Readonly<Record<Exclude<Permission, 'public'>, readonly Role[]>> = {
  scan: ['owner', 'operator', 'scanner'],
  'risk:read': ['owner', 'operator', 'viewer', 'scanner'],
  'report:read': ['owner', 'operator', 'viewer'],
  'metrics:read': ['owner', 'operator', 'viewer'],
  'admin:read': ['owner', 'operator', 'viewer'],
  'kill-switch:write': ['owner', 'operator'],
  'pins:write': ['owner', 'operator'],
  'watermark:detect': ['owner', 'operator'],
  'admin:write': ['owner'],
  replay: ['owner'],
};

/** True when `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return permission === 'public' || PERMISSIONS[permission].includes(role);
}

/** True for a known role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

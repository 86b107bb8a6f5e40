import { ErrorCode, PortcullisError } from '@portcullis/core';
import { describeIssues, type JsonSchema, validateJson } from './json-schema.ts';
import { ROLES, type Role } from './roles.ts';

/** One API key. Give exactly one of `key`, `keyEnv` or `keySha256`. */
export type ApiKeyConfig = {
  /** Who the key belongs to; the audit names changes made with it `api-key:<name>`. */
  readonly name: string;
  readonly role: Role;
  /** The key itself (at least 16 characters). Prefer `keyEnv` or `keySha256` over keys in files. */
  readonly key?: string;
  /** The environment variable holding the key. */
  readonly keyEnv?: string;
  /** The key's SHA-256, hex: the file then holds no secret. */
  readonly keySha256?: string;
};

/** JWT bearer tokens: HS256 with a secret, RS256 with a PEM public key or a JWKS (inline or by URL). */
export type JwtConfig = {
  readonly secret?: string;
  readonly secretEnv?: string;
  /** An RSA public key (PEM, SPKI or PKCS#1). */
  readonly publicKey?: string;
  /** An inline JWKS: `{ keys: [...] }`. */
  readonly jwks?: { readonly keys: readonly Record<string, unknown>[] };
  /** A JWKS URL (https, or http on loopback), fetched on first use and every 10 minutes. */
  readonly jwksUrl?: string;
  /** Algorithms accepted; default: those the configured keys allow. */
  readonly algorithms?: readonly ('HS256' | 'RS256')[];
  readonly issuer?: string | readonly string[];
  readonly audience?: string | readonly string[];
  /** Claim holding the role (a dotted path; a string or an array of strings). Default `role`. */
  readonly roleClaim?: string;
  /** Claim naming the caller in the audit. Default `sub`. */
  readonly subjectClaim?: string;
  /** Allowed clock skew for `exp` and `nbf`. Default 30 seconds. */
  readonly clockToleranceSeconds?: number;
};

/** The `auth` section of the config file. */
export type AuthConfig = {
  readonly apiKeys?: readonly ApiKeyConfig[];
  readonly jwt?: JwtConfig;
  /**
   * Lets requests without credentials in with this role. Without any credentials configured, callers are
   * anonymous owners; either way that is refused on a non-loopback host unless `allowUnauthenticated`.
   */
  readonly anonymousRole?: Role;
};

/** The `server` section of the config file. */
export type ServerConfig = {
  readonly host?: string;
  readonly port?: number;
  /** Start without authentication on a non-loopback host (say so explicitly). */
  readonly allowUnauthenticated?: boolean;
  /** Host header values accepted (names, no port); on loopback binds the loopback names are added. */
  readonly allowedHosts?: readonly string[];
  readonly cors?: {
    /** Origins allowed (`https://console.example.com`), or `*`. */
    readonly origins: readonly string[];
    readonly maxAgeSeconds?: number;
  };
  /** Largest request body. Default 1 MiB. */
  readonly bodyLimitBytes?: number;
  /** Addresses and CIDRs allowed to connect, seeding the stored allowlist. Empty: everyone. */
  readonly ipAllowlist?: readonly string[];
  /** Proxies (addresses, CIDRs) whose `X-Forwarded-For` is believed. */
  readonly trustedProxies?: readonly string[];
  /** How long shutdown waits for in-flight requests. Default 10 s. */
  readonly shutdownTimeoutMs?: number;
  /** The key `POST /security/watermark/detect` authenticates watermarks with (the one used to embed). */
  readonly watermark?: { readonly key?: string; readonly keyEnv?: string };
};

/** The HTTP service's own sections of the config file. */
export type ServeConfig = { readonly auth?: AuthConfig; readonly server?: ServerConfig };

const strings: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 } };
const stringOrStrings: JsonSchema = { anyOf: [{ type: 'string', minLength: 1 }, strings] };

/** The `auth` section's schema. */
export const AUTH_CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    apiKeys: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          role: { enum: ROLES },
          key: { type: 'string', minLength: 16 },
          keyEnv: { type: 'string', minLength: 1 },
          keySha256: { type: 'string', minLength: 64, maxLength: 64 },
        },
      },
    },
    jwt: {
      type: 'object',
      additionalProperties: false,
      properties: {
        secret: { type: 'string', minLength: 32 },
        secretEnv: { type: 'string', minLength: 1 },
        publicKey: { type: 'string', minLength: 1 },
        jwks: {
          type: 'object',
          required: ['keys'],
          properties: { keys: { type: 'array', items: { type: 'object' } } },
        },
        jwksUrl: { type: 'string', format: 'uri' },
        algorithms: { type: 'array', minItems: 1, items: { enum: ['HS256', 'RS256'] } },
        issuer: stringOrStrings,
        audience: stringOrStrings,
        roleClaim: { type: 'string', minLength: 1 },
        subjectClaim: { type: 'string', minLength: 1 },
        clockToleranceSeconds: { type: 'integer', minimum: 0, maximum: 600 },
      },
    },
    anonymousRole: { enum: ROLES },
  },
};

/** The `server` section's schema. */
export const SERVER_CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    host: { type: 'string', minLength: 1 },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    allowUnauthenticated: { type: 'boolean' },
    allowedHosts: strings,
    cors: {
      type: 'object',
      additionalProperties: false,
      required: ['origins'],
      properties: {
        origins: strings,
        maxAgeSeconds: { type: 'integer', minimum: 0, maximum: 86_400 },
      },
    },
    bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 64 * 1024 * 1024 },
    ipAllowlist: strings,
    trustedProxies: strings,
    shutdownTimeoutMs: { type: 'integer', minimum: 0, maximum: 600_000 },
    watermark: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        key: { type: 'string', minLength: 16 },
        keyEnv: { type: 'string', minLength: 1 },
      },
    },
  },
};

/**
 * Splits a raw config value (as read from the file) into the service's `auth` and `server` sections,
 * validated, and the rest, which is the guard's config.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` naming each bad field (`auth.apiKeys.0.role: ...`);
 * `error.data.issues` lists them as `{ path, message }`.
 *
 * @example
 * const { serve, guardConfig } = splitServeConfig(parseYaml(text));
 * const guard = createGuard(guardConfig);
 */
export function splitServeConfig(raw: unknown): {
  serve: ServeConfig;
  guardConfig: Record<string, unknown>;
} {
  const value = raw ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw configError([{ path: [], message: 'expected an object' }]);
  }
  const { auth, server, ...guardConfig } = value as Record<string, unknown>;
  const issues = [
    ...(auth === undefined ? [] : prefixed('auth', validateJson(AUTH_CONFIG_SCHEMA, auth))),
    ...(server === undefined ? [] : prefixed('server', validateJson(SERVER_CONFIG_SCHEMA, server))),
  ];
  if (issues.length > 0) throw configError(issues);
  return {
    serve: {
      ...(auth === undefined ? {} : { auth: auth as AuthConfig }),
      ...(server === undefined ? {} : { server: server as ServerConfig }),
    },
    guardConfig,
  };
}

/** An `INVALID_CONFIG` error for the service's sections. */
export function configError(
  issues: readonly { path: readonly (string | number)[]; message: string }[],
): PortcullisError {
  return new PortcullisError({
    code: ErrorCode.InvalidConfig,
    message: `invalid config at ${describeIssues(issues)}`,
    data: { issues },
  });
}

// --- internal ---

function prefixed(
  section: string,
  issues: readonly { path: readonly (string | number)[]; message: string }[],
) {
  return issues.map((issue) => ({ path: [section, ...issue.path], message: issue.message }));
}

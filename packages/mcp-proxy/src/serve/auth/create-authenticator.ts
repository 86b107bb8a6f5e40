import type { IncomingHttpHeaders } from 'node:http';
import { BoundedMap } from '@portcullis/core';
import type { Role } from '../roles.ts';
import type { AuthConfig } from '../serve-config.ts';
import { createApiKeyVerifier } from './api-key-verifier.ts';
import { createJwtVerifier } from './jwt-verifier.ts';
import type { Principal } from './principal.ts';

/** The outcome of authenticating one request. */
export type AuthOutcome =
  | { readonly ok: true; readonly principal: Principal }
  | {
      readonly ok: false;
      /** True when credentials were presented and refused: a failed login, counted as an intrusion signal. */
      readonly failedLogin: boolean;
      readonly reason: string;
    };

/** Establishes who is calling from the request headers. */
export type Authenticator = {
  /** True when requests without credentials are let in (as `anonymousRole`). */
  readonly allowsAnonymous: boolean;
  /** One line for the start-up log: `2 API keys, JWT (HS256)`. */
  readonly description: string;
  authenticate(headers: IncomingHttpHeaders): Promise<AuthOutcome>;
};

const TOKEN_CACHE_SIZE = 1000;

/**
 * Builds the request authenticator from the `auth` section: `Authorization: Bearer <API key or JWT>` or
 * `x-api-key: <key>`. Without any credentials configured (or with `anonymousRole`), requests without
 * credentials are anonymous; whether that is acceptable on the bound host is the caller's decision.
 *
 * Verified tokens are cached (up to 1000, until they expire), so RS256 costs one signature check per
 * token rather than per request.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` for bad keys or JWT settings.
 *
 * @example
 * const auth = createAuthenticator({ config: { apiKeys: [{ name: 'ci', keyEnv: 'CI_KEY', role: 'scanner' }] } });
 * const outcome = await auth.authenticate(request.headers);
 */
export function createAuthenticator({
  config = {},
  env = process.env,
  fetch = globalThis.fetch,
  now = Date.now,
}: {
  config?: AuthConfig;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}): Authenticator {
  const apiKeys =
    config.apiKeys === undefined || config.apiKeys.length === 0
      ? undefined
      : createApiKeyVerifier({ keys: config.apiKeys, env });
  const jwt =
    config.jwt === undefined
      ? undefined
      : createJwtVerifier({ config: config.jwt, env, fetch, now });
  const hasCredentials = apiKeys !== undefined || jwt !== undefined;
  const anonymousRole: Role | undefined =
    config.anonymousRole ?? (hasCredentials ? undefined : 'owner');
  const anonymous: Principal | undefined =
    anonymousRole === undefined
      ? undefined
      : { subject: 'anonymous', role: anonymousRole, method: 'anonymous' };
  const tokens = new BoundedMap<string, { principal: Principal; expiresAt: number }>(
    TOKEN_CACHE_SIZE,
  );

  const verifyToken = async (token: string): Promise<Principal | undefined> => {
    const cached = tokens.get(token);
    if (cached !== undefined) {
      if (cached.expiresAt > now()) return cached.principal;
      tokens.delete(token);
    }
    const result = await (jwt as NonNullable<typeof jwt>).verify(token);
    if (!result.ok) return undefined;
    tokens.set(token, { principal: result.principal, expiresAt: result.expiresAt });
    return result.principal;
  };

  const parts = [
    ...(apiKeys === undefined ? [] : [`${apiKeys.size} API key(s)`]),
    ...(jwt === undefined ? [] : [`JWT (${jwt.algorithms.join(', ')})`]),
    ...(anonymous === undefined ? [] : [`anonymous callers as ${anonymous.role}`]),
  ];
  return {
    allowsAnonymous: anonymous !== undefined,
    description: parts.join(', '),
    async authenticate(headers) {
      const credential = credentialOf(headers);
      if (credential === undefined) {
        return anonymous === undefined
          ? { ok: false, failedLogin: false, reason: 'credentials required' }
          : { ok: true, principal: anonymous };
      }
      const byKey = apiKeys?.verify(credential.value);
      if (byKey !== undefined) return { ok: true, principal: byKey };
      if (credential.bearer && jwt !== undefined && isJwtShaped(credential.value)) {
        const byToken = await verifyToken(credential.value);
        if (byToken !== undefined) return { ok: true, principal: byToken };
      }
      return { ok: false, failedLogin: true, reason: 'invalid credentials' };
    },
  };
}

// --- internal ---

function credentialOf(
  headers: IncomingHttpHeaders,
): { value: string; bearer: boolean } | undefined {
  const key = headers['x-api-key'];
  if (typeof key === 'string' && key !== '') return { value: key, bearer: false };
  const authorization = headers.authorization;
  if (authorization === undefined) return undefined;
  const space = authorization.indexOf(' ');
  if (space === -1 || authorization.slice(0, space).toLowerCase() !== 'bearer')
    return { value: '', bearer: false };
  return { value: authorization.slice(space + 1).trim(), bearer: true };
}

function isJwtShaped(value: string): boolean {
  const first = value.indexOf('.');
  return first > 0 && value.indexOf('.', first + 1) > first && value.split('.').length === 3;
}

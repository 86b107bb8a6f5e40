import { createHmac, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import { safeParseJson } from '@portcullis/core';
import { isRole, ROLES, type Role } from '../roles.ts';
import { configError, type JwtConfig } from '../serve-config.ts';
import { createJwksSource, isStrongRsaKey, jwksKeys, type VerificationKey } from './jwks-source.ts';
import type { Principal } from './principal.ts';

/** The outcome of checking one token. */
export type JwtResult =
  | { readonly ok: true; readonly principal: Principal; readonly expiresAt: number }
  | { readonly ok: false; readonly reason: string };

/** Verifies JWT bearer tokens. */
export type JwtVerifier = {
  readonly algorithms: readonly ('HS256' | 'RS256')[];
  verify(token: string): Promise<JwtResult>;
};

const MAX_TOKEN_LENGTH = 16_384;

/**
 * Builds the JWT check with `node:crypto` only: HS256 against a shared secret, RS256 against a PEM key or
 * JWKS keys (selected by `kid`). The algorithm comes from the configuration, never from the token alone:
 * a token whose `alg` is not configured (`none`, or HS256 signed with the RSA public key) is refused.
 * `exp` is required; `nbf`, `iss` and `aud` are checked; the role comes from `roleClaim`.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` when no key is configured, the secret is short or unset, or
 * the public key is not an RSA key of at least 2048 bits.
 *
 * @example
 * const jwt = createJwtVerifier({ config: { secret: process.env.JWT_SECRET!, audience: 'portcullis' } });
 * const result = await jwt.verify(token); // { ok: true, principal: { subject, role, method: 'jwt' } }
 */
export function createJwtVerifier({
  config,
  env = process.env,
  fetch = globalThis.fetch,
  now = Date.now,
}: {
  config: JwtConfig;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}): JwtVerifier {
  const path = ['auth', 'jwt'];
  const secret =
    config.secret ?? (config.secretEnv === undefined ? undefined : env[config.secretEnv]);
  if (config.secretEnv !== undefined && (secret === undefined || secret.length < 32)) {
    throw configError([
      { path: [...path, 'secretEnv'], message: 'must name a variable holding 32+ characters' },
    ]);
  }
  const staticKeys: VerificationKey[] = [];
  if (config.publicKey !== undefined) {
    let key: ReturnType<typeof createPublicKey>;
    try {
      key = createPublicKey(config.publicKey);
    } catch (error) {
      throw configError([
        { path: [...path, 'publicKey'], message: `not a PEM key: ${(error as Error).message}` },
      ]);
    }
    if (!isStrongRsaKey(key))
      throw configError([
        { path: [...path, 'publicKey'], message: 'must be an RSA key of 2048 bits or more' },
      ]);
    staticKeys.push({ kid: undefined, key });
  }
  if (config.jwks !== undefined) staticKeys.push(...jwksKeys(config.jwks));
  const remote =
    config.jwksUrl === undefined
      ? undefined
      : createJwksSource({ url: checkedJwksUrl(config.jwksUrl), fetch, now });
  const possible: ('HS256' | 'RS256')[] = [];
  if (secret !== undefined) possible.push('HS256');
  if (staticKeys.length > 0 || remote !== undefined) possible.push('RS256');
  if (possible.length === 0)
    throw configError([
      { path, message: 'give a secret, secretEnv, publicKey, jwks or jwksUrl to verify tokens' },
    ]);
  const algorithms = config.algorithms ?? possible;
  for (const algorithm of algorithms) {
    if (!possible.includes(algorithm))
      throw configError([
        { path: [...path, 'algorithms'], message: `${algorithm} has no key configured` },
      ]);
  }
  const issuers = listOf(config.issuer);
  const audiences = listOf(config.audience);
  const roleClaim = (config.roleClaim ?? 'role').split('.');
  const subjectClaim = config.subjectClaim ?? 'sub';
  const tolerance = config.clockToleranceSeconds ?? 30;

  const verifySignature = async (
    algorithm: string,
    kid: string | undefined,
    input: string,
    signature: Buffer,
  ): Promise<boolean> => {
    if (algorithm === 'HS256') {
      const expected = createHmac('sha256', secret as string)
        .update(input)
        .digest();
      return expected.length === signature.length && timingSafeEqual(expected, signature);
    }
    const remoteKeys = remote === undefined ? [] : await remote.keys(kid);
    const candidates = [...staticKeys, ...remoteKeys].filter(
      (key) => kid === undefined || key.kid === undefined || key.kid === kid,
    );
    const data = Buffer.from(input);
    return candidates.some((candidate) => verify('sha256', data, candidate.key, signature));
  };

  return {
    algorithms,
    async verify(token) {
      if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'token too long' };
      const parts = token.split('.');
      if (parts.length !== 3) return { ok: false, reason: 'not a JWT' };
      const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
      const header = decodeSegment(encodedHeader);
      if (header === undefined) return { ok: false, reason: 'malformed header' };
      const algorithm = header.alg;
      if (typeof algorithm !== 'string' || !(algorithms as string[]).includes(algorithm))
        return { ok: false, reason: `algorithm ${String(algorithm)} not accepted` };
      // Extensions the token says must be understood are not: refuse rather than ignore them.
      if (header.crit !== undefined) return { ok: false, reason: 'unsupported crit header' };
      const kid = typeof header.kid === 'string' ? header.kid : undefined;
      const signature = Buffer.from(encodedSignature, 'base64url');
      if (!(await verifySignature(algorithm, kid, `${encodedHeader}.${encodedPayload}`, signature)))
        return { ok: false, reason: 'bad signature' };
      const claims = decodeSegment(encodedPayload);
      if (claims === undefined) return { ok: false, reason: 'malformed payload' };
      const seconds = now() / 1000;
      if (typeof claims.exp !== 'number') return { ok: false, reason: 'no exp claim' };
      if (seconds > claims.exp + tolerance) return { ok: false, reason: 'expired' };
      if (typeof claims.nbf === 'number' && seconds + tolerance < claims.nbf)
        return { ok: false, reason: 'not yet valid' };
      if (issuers !== undefined && !issuers.includes(claims.iss as string))
        return { ok: false, reason: 'wrong issuer' };
      if (
        audiences !== undefined &&
        !listOf(claims.aud as string)?.some((aud) => audiences.includes(aud))
      )
        return { ok: false, reason: 'wrong audience' };
      const role = roleOf(claimAt(claims, roleClaim));
      if (role === undefined) return { ok: false, reason: 'no known role in the token' };
      const subject = claims[subjectClaim];
      return {
        ok: true,
        principal: {
          subject: typeof subject === 'string' ? subject : 'unknown',
          role,
          method: 'jwt',
        },
        expiresAt: (claims.exp + tolerance) * 1000,
      };
    },
  };
}

// --- internal ---

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  const parsed = safeParseJson(
    Buffer.from(segment, 'base64url').toString('utf8'),
    MAX_TOKEN_LENGTH,
  );
  if (!parsed.success) return undefined;
  const value = parsed.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function listOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function claimAt(claims: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = claims;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A role from a claim: a role name, or the most privileged role among an array of names. */
function roleOf(value: unknown): Role | undefined {
  if (isRole(value)) return value;
  if (!Array.isArray(value)) return undefined;
  return ROLES.find((role) => value.includes(role));
}

function checkedJwksUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw configError([{ path: ['auth', 'jwt', 'jwksUrl'], message: 'not a URL' }]);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    // Keys fetched in clear text could be swapped on the way: only loopback may skip TLS.
    throw configError([
      { path: ['auth', 'jwt', 'jwksUrl'], message: 'must be https (http only on loopback)' },
    ]);
  }
  return url;
}

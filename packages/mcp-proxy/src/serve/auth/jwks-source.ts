import { createPublicKey, type KeyObject } from 'node:crypto';
import { safeParseJson } from '@portcullis/core';

/** An RSA verification key with its key id. */
export type VerificationKey = { readonly kid: string | undefined; readonly key: KeyObject };

/** Keys from a JWKS URL, cached and refreshed. */
export type JwksSource = {
  /** The cached keys; fetched on first use, when stale, or (at most every 30 s) when `kid` is unknown. */
  keys(kid: string | undefined): Promise<readonly VerificationKey[]>;
};

const MIN_RSA_BITS = 2048;

/**
 * Keeps the RSA signing keys of a JWKS URL: fetched with a timeout, cached for `ttlMs`, refetched early
 * when a token names a key id the cache does not hold (rotation), but never more often than
 * `minRefreshMs`, so unknown key ids cannot make the service hammer the identity provider.
 *
 * @example
 * const jwks = createJwksSource({ url: 'https://idp.example.com/.well-known/jwks.json' });
 * const keys = await jwks.keys('key-2026');
 */
export function createJwksSource({
  url,
  fetch = globalThis.fetch,
  ttlMs = 600_000,
  minRefreshMs = 30_000,
  timeoutMs = 5_000,
  now = Date.now,
}: {
  url: string;
  fetch?: typeof globalThis.fetch;
  ttlMs?: number;
  minRefreshMs?: number;
  timeoutMs?: number;
  now?: () => number;
}): JwksSource {
  let cached: readonly VerificationKey[] = [];
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  const refresh = (): Promise<void> => {
    inFlight ??= (async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok) return;
        const parsed = safeParseJson(await response.text(), 1_000_000);
        if (parsed.success) cached = jwksKeys(parsed.value);
      } catch {
        // An unreachable identity provider keeps the last good keys; tokens signed by others fail.
      } finally {
        fetchedAt = now();
        inFlight = undefined;
      }
    })();
    return inFlight;
  };
  return {
    async keys(kid) {
      const age = now() - fetchedAt;
      const unknownKid = kid !== undefined && !cached.some((key) => key.kid === kid);
      if (age >= ttlMs || (unknownKid && age >= minRefreshMs)) await refresh();
      return cached;
    },
  };
}

/** The RSA signature keys of a JWKS document (`{ keys: [...] }`), weak or foreign keys left out. */
export function jwksKeys(document: unknown): VerificationKey[] {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return [];
  const result: VerificationKey[] = [];
  for (const jwk of keys as Record<string, unknown>[]) {
    if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA') continue;
    if (jwk.use !== undefined && jwk.use !== 'sig') continue;
    if (jwk.alg !== undefined && jwk.alg !== 'RS256') continue;
    try {
      const key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
      if (!isStrongRsaKey(key)) continue;
      result.push({ kid: typeof jwk.kid === 'string' ? jwk.kid : undefined, key });
    } catch {
      // A malformed key in the set is skipped; the others still verify.
    }
  }
  return result;
}

/** True for an RSA public key of at least 2048 bits. */
export function isStrongRsaKey(key: KeyObject): boolean {
  return (
    key.asymmetricKeyType === 'rsa' &&
    (key.asymmetricKeyDetails?.modulusLength ?? 0) >= MIN_RSA_BITS
  );
}

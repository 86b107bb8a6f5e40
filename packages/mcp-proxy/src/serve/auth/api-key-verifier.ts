import { hash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../serve-config.ts';
import { configError } from '../serve-config.ts';
import type { Principal } from './principal.ts';

/** Checks presented API keys against the configured ones. */
export type ApiKeyVerifier = {
  readonly size: number;
  /** The key's principal, or `undefined` when no configured key matches. */
  verify(presented: string): Principal | undefined;
};

const MIN_KEY_LENGTH = 16;

/**
 * Builds the API key check. Keys are held as SHA-256 digests and every presented key is compared with
 * every configured digest in constant time, so neither the time taken nor an early exit tells a caller
 * how close a guess was.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` for a key without exactly one source, an unset `keyEnv`, a
 * short key, a malformed digest or duplicate names.
 *
 * @example
 * const keys = createApiKeyVerifier({ keys: [{ name: 'ci', key: process.env.KEY!, role: 'scanner' }] });
 * keys.verify(request.headers['x-api-key']);
 */
export function createApiKeyVerifier({
  keys,
  env = process.env,
}: {
  keys: readonly ApiKeyConfig[];
  env?: Readonly<Record<string, string | undefined>>;
}): ApiKeyVerifier {
  const names = new Set<string>();
  const entries = keys.map((key, index) => {
    const path = ['auth', 'apiKeys', index];
    const sources = [key.key, key.keyEnv, key.keySha256].filter((source) => source !== undefined);
    if (sources.length !== 1)
      throw configError([{ path, message: 'give exactly one of key, keyEnv, keySha256' }]);
    if (names.has(key.name))
      throw configError([{ path: [...path, 'name'], message: `"${key.name}" is used twice` }]);
    names.add(key.name);
    let digest: Buffer;
    if (key.keySha256 !== undefined) {
      if (!/^[0-9a-f]{64}$/i.test(key.keySha256))
        throw configError([{ path: [...path, 'keySha256'], message: 'expected 64 hex digits' }]);
      digest = Buffer.from(key.keySha256, 'hex');
    } else {
      const secret = key.key ?? env[key.keyEnv as string];
      if (secret === undefined || secret.length < MIN_KEY_LENGTH) {
        throw configError([
          {
            path: [...path, key.key === undefined ? 'keyEnv' : 'key'],
            message: `the key must be set and at least ${MIN_KEY_LENGTH} characters long`,
          },
        ]);
      }
      digest = sha256(secret);
    }
    return { digest, principal: { subject: key.name, role: key.role, method: 'api-key' } as const };
  });
  return {
    size: entries.length,
    verify(presented) {
      const digest = sha256(presented);
      let found: Principal | undefined;
      // No early exit: every configured key is compared, whatever matched first.
      for (const entry of entries) {
        if (timingSafeEqual(digest, entry.digest) && found === undefined) found = entry.principal;
      }
      return found;
    },
  };
}

// --- internal ---

function sha256(text: string): Buffer {
  // The one-shot hash: no Hash object per request on the hot path.
  return hash('sha256', text, 'buffer');
}

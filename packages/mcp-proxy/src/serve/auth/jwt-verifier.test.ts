import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwtVerifier } from './jwt-verifier.ts';

function rs256(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

describe('createJwtVerifier', () => {
  const first = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const second = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let keys = [{ ...first.publicKey.export({ format: 'jwk' }), kid: 'k1' }];
  let fetches = 0;
  let jwks: Server;
  let url: string;
  beforeAll(async () => {
    jwks = createServer((_, response) => {
      fetches += 1;
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise((resolve) => jwks.close(resolve)));

  it('follows a key rotation by kid, refetching the JWKS no more often than every 30 s', async () => {
    let clock = 1_800_000_000_000;
    const verifier = createJwtVerifier({ config: { jwksUrl: url }, now: () => clock });
    const claims = () => ({ sub: 'svc', role: 'scanner', exp: clock / 1000 + 600 });
    expect((await verifier.verify(rs256(claims(), first.privateKey, 'k1'))).ok).toBe(true);
    expect(fetches).toBe(1);
    keys = [{ ...second.publicKey.export({ format: 'jwk' }), kid: 'k2' }];
    // Within the refresh floor an unknown kid does not trigger a fetch: it is refused.
    expect(await verifier.verify(rs256(claims(), second.privateKey, 'k2'))).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    expect(fetches).toBe(1);
    clock += 31_000;
    const rotated = await verifier.verify(rs256(claims(), second.privateKey, 'k2'));
    expect(rotated).toMatchObject({
      ok: true,
      principal: { subject: 'svc', role: 'scanner', method: 'jwt' },
    });
    expect(fetches).toBe(2);
  });

  it('refuses configurations that cannot verify anything, or verify weakly', () => {
    expect(() => createJwtVerifier({ config: {} })).toThrow(/give a secret/);
    expect(() => createJwtVerifier({ config: { jwksUrl: 'http://idp.example/jwks' } })).toThrow(
      /must be https/,
    );
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() =>
      createJwtVerifier({
        config: { publicKey: weak.publicKey.export({ format: 'pem', type: 'spki' }).toString() },
      }),
    ).toThrow(/2048 bits/);
    expect(() =>
      createJwtVerifier({ config: { secret: 'x'.repeat(40), algorithms: ['RS256'] } }),
    ).toThrow(/RS256 has no key configured/);
  });
});

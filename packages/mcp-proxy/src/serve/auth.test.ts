import { createHash, createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AuditEntry, createGuard } from '@portcullis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpService } from './create-http-service.ts';
import type { Role } from './roles.ts';
import {
  API_KEY_AUTH,
  HONEST_PROMPT,
  KEYS,
  startTestService,
  type TestService,
} from './test-kit.ts';

const SECRET = 'hs256-secret-for-tests-0123456789abcdef';
const now = () => Math.floor(Date.now() / 1000);

function signJwt(
  claims: Record<string, unknown>,
  options:
    | { alg: 'HS256'; secret: string }
    | { alg: 'RS256'; key: KeyObject; kid?: string }
    | { alg: 'none' },
): string {
  const header = {
    alg: options.alg,
    typ: 'JWT',
    ...('kid' in options && options.kid !== undefined ? { kid: options.kid } : {}),
  };
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  if (options.alg === 'none') return `${input}.`;
  const signature =
    options.alg === 'HS256'
      ? createHmac('sha256', options.secret).update(input).digest()
      : sign('sha256', Buffer.from(input), options.key);
  return `${input}.${signature.toString('base64url')}`;
}

/** Each endpoint with what it needs, and a request that exercises it without side effects on others. */
const ENDPOINTS: { name: string; path: string; method?: string; json?: unknown; roles: Role[] }[] =
  [
    {
      name: 'scan',
      path: '/v1/scan',
      json: { prompt: 'hello there' },
      roles: ['owner', 'operator', 'scanner'],
    },
    { name: 'risk', path: '/v1/risk/seen', roles: ['owner', 'operator', 'viewer', 'scanner'] },
    { name: 'metrics', path: '/metrics', roles: ['owner', 'operator', 'viewer'] },
    {
      name: 'list policies',
      path: '/v1/admin/security-policies',
      roles: ['owner', 'operator', 'viewer'],
    },
    { name: 'status', path: '/v1/admin/status', roles: ['owner', 'operator', 'viewer'] },
    {
      name: 'kill switch',
      path: '/v1/admin/kill-switch',
      method: 'PUT',
      json: { enabled: false },
      roles: ['owner', 'operator'],
    },
    {
      name: 'mode',
      path: '/v1/admin/mode',
      method: 'PUT',
      json: { mode: 'strict' },
      roles: ['owner'],
    },
    {
      name: 'ip allowlist read',
      path: '/security/ip-allowlist',
      roles: ['owner', 'operator', 'viewer'],
    },
    { name: 'replay log', path: '/security/session-replay/log', roles: ['owner'] },
  ];

describe('API keys and roles', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({
      guardConfig: { intrusion: { thresholds: { auth_failure: 3 } } },
    });
    await service.call('/v1/scan', {
      key: KEYS.scanner,
      json: { prompt: 'hi', session_id: 'seen' },
    });
  });
  afterAll(() => service.close());

  for (const endpoint of ENDPOINTS) {
    for (const role of ['owner', 'operator', 'viewer', 'scanner'] as const) {
      const granted = endpoint.roles.includes(role);
      it(`${granted ? 'grants' : 'refuses'} ${endpoint.name} to ${role}`, async () => {
        const response = await service.call(endpoint.path, {
          key: KEYS[role],
          ...(endpoint.method === undefined ? {} : { method: endpoint.method }),
          ...(endpoint.json === undefined ? {} : { json: endpoint.json }),
        });
        expect(response.status).toBe(granted ? 200 : 403);
        if (!granted)
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
            'FORBIDDEN',
          );
      });
    }
  }

  it('refuses requests without credentials with 401 and a Bearer challenge', async () => {
    const response = await service.call('/v1/scan', { json: { prompt: 'hi' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('accepts the key in x-api-key as well as in Authorization', async () => {
    const response = await service.call('/v1/risk/seen', { headers: { 'x-api-key': KEYS.viewer } });
    expect(response.status).toBe(200);
  });

  it('serves health, readiness and the API description without credentials', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs'])
      expect((await service.call(path)).status).toBe(200);
  });

  it('counts failed logins toward the auth_failure intrusion window', async () => {
    const alerts: unknown[] = [];
    const stop = service.guard.on('security.intrusion_detected', (event) => {
      alerts.push(event.data);
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await service.call('/v1/scan', {
        key: `wrong-key-${attempt}-0123456789`,
        json: { prompt: 'hi' },
      });
      expect(response.status).toBe(401);
    }
    await expect.poll(() => alerts.length).toBe(1);
    expect(alerts[0]).toMatchObject({
      category: 'auth_failure',
      scope: 'ip',
      subject: '127.0.0.1',
    });
    stop();
    const metrics = await (await service.call('/metrics', { key: KEYS.owner })).text();
    expect(metrics).toMatch(/portcullis_auth_failures_total\{reason="invalid"\} 3/);
    expect(metrics).toMatch(
      /portcullis_intrusion_alerts_total\{category="auth_failure",scope="ip"\} 1/,
    );
  });
});

describe('API keys stored as digests and in the environment', () => {
  it('accepts a key given by its SHA-256 or by an environment variable', async () => {
    const hashed = 'hashed-key-for-ci-0123456789';
    const fromEnv = 'env-key-for-ops-0123456789';
    const service = await startTestService({
      config: {
        auth: {
          apiKeys: [
            {
              name: 'ci',
              role: 'scanner',
              keySha256: createHash('sha256').update(hashed).digest('hex'),
            },
            { name: 'ops', role: 'owner', keyEnv: 'OPS_KEY' },
          ],
        },
      },
      env: { OPS_KEY: fromEnv },
    });
    try {
      expect((await service.call('/v1/scan', { key: hashed, json: { prompt: 'hi' } })).status).toBe(
        200,
      );
      expect((await service.call('/v1/admin/status', { key: fromEnv })).status).toBe(200);
      expect((await service.call('/v1/admin/status', { key: hashed })).status).toBe(403);
    } finally {
      await service.close();
    }
  });
});

describe('JWT bearer tokens', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rotated = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let jwks: Server;
  let jwksUrl: string;
  const jwksDocument = {
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' }],
  };
  const audit: AuditEntry[] = [];
  let service: TestService;

  beforeAll(async () => {
    jwks = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(jwksDocument));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    service = await startTestService({
      config: {
        auth: {
          jwt: {
            secret: SECRET,
            jwksUrl,
            issuer: 'https://idp.example',
            audience: 'portcullis',
            roleClaim: 'realm.roles',
          },
        },
      },
      guardOptions: { audit: { append: async (entry) => void audit.push(entry) } },
    });
  });
  afterAll(async () => {
    await service.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const claims = (overrides: Record<string, unknown> = {}) => ({
    sub: 'alice',
    iss: 'https://idp.example',
    aud: ['portcullis', 'other'],
    exp: now() + 600,
    realm: { roles: ['viewer', 'owner'] },
    ...overrides,
  });

  it('grants an HS256 token the most privileged role it carries', async () => {
    const token = signJwt(claims(), { alg: 'HS256', secret: SECRET });
    expect(
      (
        await service.call('/v1/admin/mode', {
          key: token,
          method: 'PUT',
          json: { mode: 'strict' },
        })
      ).status,
    ).toBe(200);
  });

  it('records the token subject as the actor of a change', async () => {
    const token = signJwt(claims({ sub: 'bob' }), { alg: 'HS256', secret: SECRET });
    const response = await service.call('/v1/admin/security-policies', {
      key: token,
      json: {
        id: 'jwt-made',
        name: 'Made by bob',
        type: 'tool_access',
        conditions: { deny: ['rm_*'] },
      },
    });
    expect(response.status).toBe(201);
    await expect
      .poll(() => audit.find((entry) => entry.type === 'policy_change')?.actor)
      .toBe('jwt:bob');
  });

  it('grants an RS256 token verified against the JWKS URL, with the role from the claim', async () => {
    const token = signJwt(claims({ realm: { roles: ['scanner'] } }), {
      alg: 'RS256',
      key: privateKey,
      kid: 'k1',
    });
    expect(
      (await service.call('/v1/scan', { key: token, json: { prompt: HONEST_PROMPT } })).status,
    ).toBe(200);
    expect((await service.call('/v1/admin/status', { key: token })).status).toBe(403);
    const unknownKey = signJwt(claims(), { alg: 'RS256', key: rotated.privateKey, kid: 'k1' });
    expect(
      (await service.call('/v1/scan', { key: unknownKey, json: { prompt: 'hi' } })).status,
    ).toBe(401);
  });

  it.each([
    [
      'an expired token',
      () => signJwt(claims({ exp: now() - 3600 }), { alg: 'HS256', secret: SECRET }),
    ],
    [
      'a token not valid yet',
      () => signJwt(claims({ nbf: now() + 3600 }), { alg: 'HS256', secret: SECRET }),
    ],
    [
      'a token without exp',
      () => signJwt(claims({ exp: undefined }), { alg: 'HS256', secret: SECRET }),
    ],
    [
      'the wrong issuer',
      () => signJwt(claims({ iss: 'https://evil.example' }), { alg: 'HS256', secret: SECRET }),
    ],
    [
      'the wrong audience',
      () => signJwt(claims({ aud: 'someone-else' }), { alg: 'HS256', secret: SECRET }),
    ],
    [
      'a token with no known role',
      () => signJwt(claims({ realm: { roles: ['admin'] } }), { alg: 'HS256', secret: SECRET }),
    ],
    ['the wrong secret', () => signJwt(claims(), { alg: 'HS256', secret: `${SECRET}-not` })],
    ['alg none', () => signJwt(claims(), { alg: 'none' })],
    [
      'HS256 signed with the RSA public key (algorithm confusion)',
      () =>
        signJwt(claims(), {
          alg: 'HS256',
          secret: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        }),
    ],
    [
      'a tampered payload',
      () => {
        const [header, , signature] = signJwt(claims({ realm: { roles: ['viewer'] } }), {
          alg: 'HS256',
          secret: SECRET,
        }).split('.');
        const forged = Buffer.from(JSON.stringify(claims())).toString('base64url');
        return `${header}.${forged}.${signature}`;
      },
    ],
  ])('refuses %s with 401', async (_, token) => {
    const response = await service.call('/v1/admin/status', { key: token() });
    expect(response.status).toBe(401);
  });
});

describe('RS256 with a PEM public key', () => {
  it('grants a token signed by the matching private key and refuses another key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const service = await startTestService({
      config: {
        auth: { jwt: { publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString() } },
      },
    });
    try {
      const good = signJwt(
        { sub: 'svc', role: 'operator', exp: now() + 60 },
        { alg: 'RS256', key: privateKey },
      );
      const bad = signJwt(
        { sub: 'svc', role: 'operator', exp: now() + 60 },
        { alg: 'RS256', key: other.privateKey },
      );
      expect(
        (
          await service.call('/v1/admin/kill-switch', {
            key: good,
            method: 'PUT',
            json: { enabled: false },
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await service.call('/v1/admin/kill-switch', {
            key: bad,
            method: 'PUT',
            json: { enabled: false },
          })
        ).status,
      ).toBe(401);
    } finally {
      await service.close();
    }
  });
});

describe('unauthenticated serving', () => {
  it('refuses to start without credentials on a non-loopback host unless told so explicitly', () => {
    const guard = createGuard({});
    expect(() => createHttpService({ guard, host: '0.0.0.0', port: 0 })).toThrow(
      /refusing to serve unauthenticated callers on 0\.0\.0\.0/,
    );
    expect(() =>
      createHttpService({ guard, host: '0.0.0.0', port: 0, allowUnauthenticated: true }),
    ).not.toThrow();
    expect(() =>
      createHttpService({ guard, host: '0.0.0.0', port: 0, config: { auth: API_KEY_AUTH } }),
    ).not.toThrow();
  });

  it('lets callers in as owners on loopback when no credentials are configured', async () => {
    const service = await startTestService({ config: {} });
    try {
      expect((await service.call('/v1/admin/status')).status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it('lets anonymous callers in with anonymousRole only, keys still working', async () => {
    const service = await startTestService({
      config: { auth: { ...API_KEY_AUTH, anonymousRole: 'scanner' } },
    });
    try {
      expect((await service.call('/v1/scan', { json: { prompt: 'hi' } })).status).toBe(200);
      expect((await service.call('/v1/admin/status')).status).toBe(403);
      expect((await service.call('/v1/admin/status', { key: KEYS.viewer })).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});

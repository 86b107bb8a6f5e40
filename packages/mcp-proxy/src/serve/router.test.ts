import { describe, expect, it } from 'vitest';
import type { RouteDefinition } from './route.ts';
import { createRouter } from './router.ts';

const route = (method: RouteDefinition['method'], path: string): RouteDefinition => ({
  method,
  path,
  operationId: `${method} ${path}`,
  summary: path,
  tags: [],
  permission: 'public',
  responses: {},
  handle: () => ({ status: 204 }),
});

describe('createRouter', () => {
  const router = createRouter([
    route('GET', '/security/session-replay/{session_id}'),
    route('GET', '/security/session-replay/log'),
    route('GET', '/v1/admin/security-policies/{id}'),
    route('DELETE', '/v1/admin/security-policies/{id}'),
    route('PATCH', '/v1/admin/security-policies/{id}/toggle'),
  ]);

  it('prefers literal paths, decodes parameters and lists the methods of a known path', () => {
    const log = router.match('GET', '/security/session-replay/log');
    expect(log.kind === 'found' && log.route.path).toBe('/security/session-replay/log');
    const replay = router.match('GET', '/security/session-replay/chat%2F42');
    expect(replay).toMatchObject({ kind: 'found', params: { session_id: 'chat/42' } });
    expect(router.match('PUT', '/v1/admin/security-policies/p1')).toEqual({
      kind: 'method',
      allow: ['GET', 'DELETE'],
    });
    expect(router.match('PATCH', '/v1/admin/security-policies/p1/toggle')).toMatchObject({
      kind: 'found',
      params: { id: 'p1' },
    });
  });

  it('matches nothing for unknown paths, empty or malformed parameters', () => {
    expect(router.match('GET', '/v1/admin/security-policies/')).toEqual({ kind: 'none' });
    expect(router.match('GET', '/v1/admin/security-policies/%E0%A4%A')).toEqual({ kind: 'none' });
    expect(router.match('GET', '/nothing')).toEqual({ kind: 'none' });
  });
});

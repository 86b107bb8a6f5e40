import { detectWatermark } from '@portcullis/core';
import { IP_ALLOWLIST_SCHEMA, WATERMARK_REQUEST_SCHEMA } from '../api-schemas.ts';
import { actorOf } from '../auth/principal.ts';
import { HttpError, HttpErrorCode, invalidField, notFound } from '../http-error.ts';
import type { RouteDefinition } from '../route.ts';
import type { ServiceContext } from '../service-context.ts';

/** The IP allowlist, session replay and its log, and watermark detection. */
export function securityRoutes(service: ServiceContext): RouteDefinition[] {
  const { guard, allowlist } = service;
  const allowlistResponse = {
    '200': {
      description: 'The list in force.',
      schema: {
        type: 'object' as const,
        properties: { cidrs: { type: 'array' as const, items: { type: 'string' as const } } },
      },
    },
  };
  return [
    {
      method: 'GET',
      path: '/security/ip-allowlist',
      operationId: 'getIpAllowlist',
      summary: 'The IP allowlist',
      description: 'Addresses and CIDRs allowed to call this service (every endpoint); empty: all.',
      tags: ['Security'],
      permission: 'admin:read',
      responses: allowlistResponse,
      async handle() {
        return { json: { cidrs: await allowlist.list() } };
      },
    },
    {
      method: 'PUT',
      path: '/security/ip-allowlist',
      operationId: 'setIpAllowlist',
      summary: 'Replace the IP allowlist',
      description:
        'Applies to the next request. A list that would shut out the caller’s own address is refused ' +
        '(`422`), so an owner cannot lock themselves out by mistake.',
      tags: ['Security'],
      permission: 'admin:write',
      body: IP_ALLOWLIST_SCHEMA,
      responses: allowlistResponse,
      async handle({ body, principal, ip }) {
        const { cidrs } = body as { cidrs: string[] };
        const cidrsTrimmed = cidrs.map((cidr) => cidr.trim());
        return { json: { cidrs: await allowlist.replace(cidrsTrimmed, actorOf(principal), ip) } };
      },
    },
    {
      method: 'GET',
      path: '/security/session-replay/log',
      operationId: 'getReplayLog',
      summary: 'Who replayed which session, and why',
      tags: ['Security'],
      permission: 'replay',
      query: {
        limit: {
          schema: { type: 'integer', minimum: 1, maximum: 1000 },
          description: 'Newest first; default 50.',
        },
      },
      responses: { '200': { description: 'The latest replay requests.' } },
      async handle({ query }) {
        const limit = query.get('limit');
        const entries = await guard.replayLog({ limit: limit === null ? 50 : Number(limit) });
        return {
          json: {
            entries: entries.map((entry) => ({
              session_id: entry.sessionId,
              reason: entry.reason,
              actor: entry.actor,
              timestamp: new Date(entry.timestamp).toISOString(),
              entries: entry.entries,
            })),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/security/session-replay/{session_id}',
      operationId: 'replaySession',
      summary: 'Replay a session',
      description:
        'The redacted transcript of a session. `reason` is required and logged with the caller; the ' +
        'log is at `/security/session-replay/log`.',
      tags: ['Security'],
      permission: 'replay',
      pathParameters: { session_id: { description: 'The session.' } },
      query: {
        reason: {
          schema: { type: 'string', minLength: 1, maxLength: 2000 },
          required: true,
          description: 'Why the transcript is read (audited).',
        },
        tenant_id: { schema: { type: 'string' }, description: 'The tenant of the session.' },
      },
      responses: {
        '200': { description: 'The transcript.' },
        '404': { description: 'No such session.' },
        '422': { description: 'No reason given.' },
      },
      async handle({ params, query, principal }) {
        const sessionId = params.session_id as string;
        const reason = (query.get('reason') as string).trim();
        if (reason === '') throw invalidField(['reason'], 'must not be blank');
        const tenant = query.get('tenant_id');
        const tenantContext = tenant === null || tenant === '' ? {} : { tenantId: tenant };
        if (
          sessionId === service.warmupSession ||
          (await guard.sessionRisk(sessionId, tenantContext)) === undefined
        )
          throw notFound(`no session "${sessionId}"`);
        const replay = await guard.replay(sessionId, {
          reason,
          actor: actorOf(principal),
          ...tenantContext,
        });
        return { json: { session_id: replay.sessionId, transcript: replay.transcript } };
      },
    },
    {
      method: 'POST',
      path: '/security/watermark/detect',
      operationId: 'detectWatermark',
      summary: 'Detect the workspace watermark',
      description:
        'Looks for an invisible watermark embedded with the configured key (`server.watermark`) and ' +
        'returns the workspace id it carries. Marks made with another key, or tampered with, are not ' +
        'reported. `501` when no key is configured.',
      tags: ['Security'],
      permission: 'watermark:detect',
      body: WATERMARK_REQUEST_SCHEMA,
      responses: {
        '200': {
          description: 'Whether a valid mark was found, and its workspace id.',
          schema: {
            type: 'object',
            properties: {
              detected: { type: 'boolean' },
              workspace_id: { type: ['string', 'null'] },
            },
          },
        },
        '501': { description: 'No watermark key configured.' },
      },
      handle({ body }) {
        const key = service.watermarkKey;
        if (key === undefined) {
          throw new HttpError({
            status: 501,
            code: HttpErrorCode.NotImplemented,
            message: 'no watermark key configured (server.watermark.key or keyEnv)',
          });
        }
        const found = detectWatermark((body as { text: string }).text, { key });
        return { json: { detected: found !== null, workspace_id: found?.workspaceId ?? null } };
      },
    },
  ];
}

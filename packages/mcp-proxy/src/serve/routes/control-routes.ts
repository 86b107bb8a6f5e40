import type { Guard, GuardMode } from '@portcullis/core';
import {
  CANARY_REQUEST_SCHEMA,
  KILL_SWITCH_REQUEST_SCHEMA,
  MODE_REQUEST_SCHEMA,
  PIN_DECISION_SCHEMA,
} from '../api-schemas.ts';
import { actorOf } from '../auth/principal.ts';
import { notFound } from '../http-error.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { RouteDefinition } from '../route.ts';
import type { ServiceContext, TrustScore } from '../service-context.ts';

const STATUS_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    mode: { enum: ['strict', 'monitoring'], description: 'The mode in effect.' },
    configuredMode: { enum: ['strict', 'monitoring'] },
    killSwitch: { type: 'boolean' },
    canary: {
      type: 'object',
      properties: { percent: { type: 'number' }, by: { enum: ['session', 'agent'] } },
    },
  },
};

/**
 * Enforcement control (mode, kill switch, canary) and MCP pins and trust scores. Changes are audited with
 * the caller as actor and reach every process sharing the guard's store at once.
 */
export function controlRoutes(service: ServiceContext): RouteDefinition[] {
  const { guard } = service;
  const status = async () => ({ json: await guard.status() });
  const statusResponse = {
    '200': { description: 'The enforcement status.', schema: STATUS_SCHEMA },
  };
  const pinDecision = (decision: 'approve' | 'reject'): RouteDefinition => ({
    method: 'POST',
    path: `/v1/admin/mcp/pins/${decision}`,
    operationId: `${decision}Pin`,
    summary: decision === 'approve' ? 'Approve a changed tool' : 'Reject a changed tool',
    description:
      decision === 'approve'
        ? 'Pins the pending definition of a tool whose description changed (a possible rug pull).'
        : 'Drops the pending definition; the tool stays pinned to what was approved before.',
    tags: ['MCP'],
    permission: 'pins:write',
    body: PIN_DECISION_SCHEMA,
    responses: {
      '200': { description: 'Done.' },
      '404': { description: 'No pending change for this tool.' },
    },
    async handle({ body, principal }) {
      const { server, tool } = body as { server: string; tool: string };
      const done = await guard.pins[decision](server, tool, { actor: actorOf(principal) });
      if (!done) throw notFound(`no pending change of "${tool}" on "${server}"`);
      return { json: { server, tool, [decision === 'approve' ? 'approved' : 'rejected']: true } };
    },
  });

  return [
    {
      method: 'GET',
      path: '/v1/admin/status',
      operationId: 'getEnforcementStatus',
      summary: 'Enforcement status',
      description: 'Mode in effect, configured mode, kill switch and canary.',
      tags: ['Enforcement'],
      permission: 'admin:read',
      responses: statusResponse,
      handle: status,
    },
    {
      method: 'PUT',
      path: '/v1/admin/mode',
      operationId: 'setMode',
      summary: 'Set the enforcement mode',
      tags: ['Enforcement'],
      permission: 'admin:write',
      body: MODE_REQUEST_SCHEMA,
      responses: statusResponse,
      async handle({ body, principal }) {
        await guard.setMode((body as { mode: GuardMode }).mode, { actor: actorOf(principal) });
        return status();
      },
    },
    {
      method: 'PUT',
      path: '/v1/admin/kill-switch',
      operationId: 'setKillSwitch',
      summary: 'Pull or release the kill switch',
      description:
        'On: monitoring everywhere at once (nothing is blocked, everything is recorded).',
      tags: ['Enforcement'],
      permission: 'kill-switch:write',
      body: KILL_SWITCH_REQUEST_SCHEMA,
      responses: statusResponse,
      async handle({ body, principal }) {
        await guard.setKillSwitch((body as { enabled: boolean }).enabled, {
          actor: actorOf(principal),
        });
        return status();
      },
    },
    {
      method: 'PUT',
      path: '/v1/admin/canary',
      operationId: 'setCanary',
      summary: 'Enforce for a share of sessions or agents',
      tags: ['Enforcement'],
      permission: 'admin:write',
      body: CANARY_REQUEST_SCHEMA,
      responses: statusResponse,
      async handle({ body, principal }) {
        const { percent, by } = body as { percent: number; by?: 'session' | 'agent' };
        await guard.setCanary(
          { percent, ...(by === undefined ? {} : { by }) },
          { actor: actorOf(principal) },
        );
        return status();
      },
    },
    {
      method: 'DELETE',
      path: '/v1/admin/canary',
      operationId: 'clearCanary',
      summary: 'Enforce for everyone again',
      tags: ['Enforcement'],
      permission: 'admin:write',
      responses: statusResponse,
      async handle({ principal }) {
        await guard.setCanary(null, { actor: actorOf(principal) });
        return status();
      },
    },
    {
      method: 'GET',
      path: '/v1/admin/mcp/pins',
      operationId: 'listPins',
      summary: 'Pinned MCP tool definitions',
      description:
        'Tool definitions as first seen (or last approved), with any pending change. Without ' +
        '`server`, the servers of the config (and of a mounted proxy) are listed.',
      tags: ['MCP'],
      permission: 'admin:read',
      query: {
        server: { schema: { type: 'string' }, description: 'A server name (repeatable).' },
      },
      responses: { '200': { description: 'The pins.' } },
      async handle({ query }) {
        const named = query.getAll('server').filter((server) => server !== '');
        const servers = named.length > 0 ? named : [...service.pinServers()];
        return { json: { servers, pins: await guard.pins.list(servers) } };
      },
    },
    pinDecision('approve'),
    pinDecision('reject'),
    {
      method: 'GET',
      path: '/v1/admin/mcp/trust',
      operationId: 'listTrustScores',
      summary: 'Trust scores of MCP servers',
      description:
        'From the mounted proxy when there is one; otherwise what the guard knows: the configured ' +
        'servers, their transport and pins, with no score (`null`).',
      tags: ['MCP'],
      permission: 'admin:read',
      responses: { '200': { description: 'One entry per server.' } },
      async handle() {
        if (service.trust !== undefined)
          return { json: { source: 'proxy', servers: await service.trust() } };
        return {
          json: { source: 'guard', servers: await guardTrust(guard, service.pinServers()) },
        };
      },
    },
  ];
}

// --- internal ---

async function guardTrust(guard: Guard, servers: readonly string[]): Promise<TrustScore[]> {
  const pins = await guard.pins.list(servers);
  const configured = guard.config.mcpServers ?? {};
  return servers.map((server) => {
    const own = pins.filter((pin) => pin.server === server);
    const definition = configured[server];
    return {
      server,
      score: null,
      transport: definition === undefined ? null : 'url' in definition ? 'http' : 'stdio',
      pinnedTools: own.length,
      pendingChanges: own.filter((pin) => pin.pending !== undefined).length,
    };
  });
}

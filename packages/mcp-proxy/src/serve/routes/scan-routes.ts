import { randomUUID } from 'node:crypto';
import {
  type GuardContext,
  type GuardEvent,
  PROFILES,
  type ProfileName,
  renderSessionReport,
  type Verdict,
} from '@portcullis/core';
import {
  AGENT_EVENT_REQUEST_SCHEMA,
  RISK_RESPONSE_SCHEMA,
  SCAN_REQUEST_SCHEMA,
  VERDICT_RESPONSE_SCHEMA,
} from '../api-schemas.ts';
import { actorOf } from '../auth/principal.ts';
import { HTML_HEADERS } from '../html.ts';
import { invalidField, notFound } from '../http-error.ts';
import type { RouteContext, RouteDefinition } from '../route.ts';
import type { ServiceContext } from '../service-context.ts';
import { transcriptVerdicts } from '../transcript-verdicts.ts';

type Metadata = { agent_id?: string; tenant_id?: string; server?: string };
type ScanBody = { prompt: string; session_id?: string; metadata?: Metadata };
type AgentEventBody = {
  session_id: string;
  event_type: 'tool_call' | 'tool_output' | 'message';
  tool_name?: string;
  role?: 'user' | 'assistant';
  payload?: unknown;
  metadata?: Metadata;
};

const TENANT_QUERY = {
  tenant_id: {
    schema: { type: 'string' as const },
    description: 'The tenant the session belongs to.',
  },
};

/**
 * The scan API: `POST /v1/scan`, `POST /v1/agents/events`, `GET /v1/risk/{session_id}` and
 * `GET /v1/scan/report`.
 */
export function scanRoutes(service: ServiceContext): RouteDefinition[] {
  const { guard, metrics } = service;
  const inspect = async (
    event: GuardEvent,
    sessionId: string,
    metadata: Metadata | undefined,
    context: RouteContext,
  ) => {
    const started = performance.now();
    const verdict = await guard.inspect(event, guardContext(sessionId, metadata, context.ip));
    metrics.scanDuration.observe([event.surface], (performance.now() - started) / 1000);
    const span = context.span;
    if (span !== undefined) {
      span.setAttribute('portcullis.surface', event.surface);
      span.setAttribute('portcullis.decision', verdict.decision);
      span.setAttribute('portcullis.action', verdict.action);
      span.setAttribute('portcullis.risk_score', verdict.riskScore);
      span.setAttribute('portcullis.enforced', verdict.enforced);
    }
    return { json: verdictBody(verdict, sessionId) };
  };

  return [
    {
      method: 'POST',
      path: '/v1/scan',
      operationId: 'scanPrompt',
      summary: 'Scan a prompt',
      description:
        'Inspects user input on the `prompt` surface with the policies in force. A missing ' +
        '`session_id` gets a fresh one, returned in the answer.',
      tags: ['Scan'],
      permission: 'scan',
      body: SCAN_REQUEST_SCHEMA,
      responses: { '200': { description: 'The verdict.', schema: VERDICT_RESPONSE_SCHEMA } },
      handle(context) {
        const body = context.body as ScanBody;
        return inspect(
          { surface: 'prompt', text: body.prompt },
          body.session_id ?? randomUUID(),
          body.metadata,
          context,
        );
      },
    },
    {
      method: 'POST',
      path: '/v1/agents/events',
      operationId: 'inspectAgentEvent',
      summary: 'Inspect an agent event',
      description:
        'Inspects a tool call (before it runs), a tool output (before the model reads it) or a ' +
        'message. For a blocked tool output, `replacement` is the notice to pass on instead.',
      tags: ['Scan'],
      permission: 'scan',
      body: AGENT_EVENT_REQUEST_SCHEMA,
      responses: { '200': { description: 'The verdict.', schema: VERDICT_RESPONSE_SCHEMA } },
      handle(context) {
        const body = context.body as AgentEventBody;
        return inspect(agentEvent(body), body.session_id, body.metadata, context);
      },
    },
    {
      method: 'GET',
      path: '/v1/risk/{session_id}',
      operationId: 'getSessionRisk',
      summary: 'Risk of a session',
      description: 'The running maximum and the latest risk score of a session.',
      tags: ['Scan'],
      permission: 'risk:read',
      pathParameters: { session_id: { description: 'The session.' } },
      query: TENANT_QUERY,
      responses: {
        '200': { description: 'The session risk.', schema: RISK_RESPONSE_SCHEMA },
        '404': { description: 'No such session.' },
      },
      async handle({ params, query }) {
        const sessionId = params.session_id as string;
        const risk = await guard.sessionRisk(sessionId, tenantOf(query));
        if (risk === undefined || sessionId === service.warmupSession)
          throw notFound(`no session "${sessionId}"`);
        return {
          json: {
            session_id: sessionId,
            max: risk.max,
            latest: risk.latest,
            events: risk.events,
            updated_at: new Date(risk.updatedAt).toISOString(),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/v1/scan/report',
      operationId: 'getSessionReport',
      summary: 'HTML report of a session',
      description:
        'A self-contained HTML page with the session risk and its redacted transcript. Reading it is ' +
        'audited as a session replay by the caller, with `reason` (default "session report").',
      tags: ['Scan'],
      permission: 'report:read',
      query: {
        session_id: {
          schema: { type: 'string', minLength: 1 },
          required: true,
          description: 'The session.',
        },
        reason: {
          schema: { type: 'string', minLength: 1 },
          description: 'Why it is read (audited).',
        },
        ...TENANT_QUERY,
      },
      responses: {
        '200': { description: 'The report.', contentType: 'text/html' },
        '404': { description: 'No such session.' },
      },
      async handle({ query, principal }) {
        const sessionId = query.get('session_id') as string;
        const tenant = tenantOf(query);
        const risk = await guard.sessionRisk(sessionId, tenant);
        if (risk === undefined || sessionId === service.warmupSession)
          throw notFound(`no session "${sessionId}"`);
        const { transcript } = await guard.replay(sessionId, {
          reason: query.get('reason') ?? 'session report',
          actor: actorOf(principal),
          ...tenant,
        });
        const profile = PROFILES[guard.config.profile as ProfileName];
        const html = renderSessionReport({
          sessionId,
          verdicts: transcriptVerdicts(sessionId, transcript),
          transcript,
          thresholds: {
            review: guard.config.thresholds?.review ?? profile.review,
            block: guard.config.thresholds?.block ?? profile.block,
          },
        });
        return { html, headers: HTML_HEADERS };
      },
    },
  ];
}

/** The JSON answer for a verdict (snake_case at the top, findings as the scanner reports them). */
export function verdictBody(verdict: Verdict, sessionId: string): Record<string, unknown> {
  return {
    event_id: verdict.eventId,
    session_id: sessionId,
    decision: verdict.decision,
    action: verdict.action,
    enforced: verdict.enforced,
    mode: verdict.mode,
    risk_score: verdict.riskScore,
    findings: verdict.findings,
    policy_results: verdict.policyResults,
    ...(verdict.replacement === undefined ? {} : { replacement: verdict.replacement }),
    ...(verdict.error === undefined ? {} : { error: verdict.error }),
  };
}

// --- internal ---

function guardContext(sessionId: string, metadata: Metadata | undefined, ip: string): GuardContext {
  return {
    sessionId,
    ip,
    ...(metadata?.agent_id === undefined ? {} : { agentId: metadata.agent_id }),
    ...(metadata?.tenant_id === undefined ? {} : { tenantId: metadata.tenant_id }),
    ...(metadata?.server === undefined ? {} : { server: metadata.server }),
  };
}

function agentEvent(body: AgentEventBody): GuardEvent {
  switch (body.event_type) {
    case 'tool_call':
      if (body.tool_name === undefined)
        throw invalidField(['tool_name'], 'is required for tool_call');
      return { surface: 'tool_call', name: body.tool_name, arguments: body.payload ?? {} };
    case 'tool_output':
      if (body.payload === undefined)
        throw invalidField(['payload'], 'is required for tool_output');
      return {
        surface: 'tool_output',
        output: body.payload,
        ...(body.tool_name === undefined ? {} : { name: body.tool_name }),
      };
    case 'message':
      if (typeof body.payload !== 'string')
        throw invalidField(['payload'], 'expected the message text as a string');
      return body.role === 'assistant'
        ? { surface: 'model_output', text: body.payload }
        : { surface: 'prompt', text: body.payload };
  }
}

function tenantOf(query: URLSearchParams): { tenantId?: string } {
  const tenant = query.get('tenant_id');
  return tenant === null || tenant === '' ? {} : { tenantId: tenant };
}

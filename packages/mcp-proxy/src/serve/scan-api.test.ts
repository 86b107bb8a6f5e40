import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACK_PROMPT,
  HONEST_PROMPT,
  KEYS,
  POISONED_PAGE,
  startTestService,
  type TestService,
} from './test-kit.ts';

type VerdictBody = {
  event_id: string;
  session_id: string;
  decision: string;
  action: string;
  enforced: boolean;
  risk_score: number;
  findings: { category: string }[];
  replacement?: unknown;
};

let service: TestService;
beforeAll(async () => {
  service = await startTestService({
    config: {
      auth: {
        apiKeys: [
          { name: 'agents', key: KEYS.scanner, role: 'scanner' },
          { name: 'ops', key: KEYS.owner, role: 'owner' },
        ],
      },
      server: { bodyLimitBytes: 64 * 1024 },
    },
  });
});
afterAll(() => service.close());

const scan = (json: unknown) => service.call('/v1/scan', { key: KEYS.scanner, json });
const event = (json: unknown) => service.call('/v1/agents/events', { key: KEYS.scanner, json });

describe('POST /v1/scan', () => {
  it('allows an honest prompt and returns the verdict fields', async () => {
    const response = await scan({ prompt: HONEST_PROMPT, session_id: 'honest-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as VerdictBody;
    expect(body).toMatchObject({ session_id: 'honest-1', decision: 'allow', action: 'allow' });
    expect(body.findings).toEqual([]);
    expect(body.risk_score).toBeLessThan(0.35);
    expect(body.event_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('blocks a direct injection with findings naming what it is', async () => {
    const body = (await (
      await scan({ prompt: ATTACK_PROMPT, session_id: 'attack-1' })
    ).json()) as VerdictBody;
    expect(body.decision).toBe('block');
    expect(body.action).toBe('throw');
    expect(body.enforced).toBe(true);
    expect(body.findings.map((finding) => finding.category)).toContain('instruction_override');
  });

  it('gives a session id when the request has none', async () => {
    const body = (await (
      await scan({ prompt: 'What is the capital of Peru?' })
    ).json()) as VerdictBody;
    expect(body.session_id).toMatch(/^[0-9a-f-]{36}$/);
    const risk = await service.call(`/v1/risk/${body.session_id}`, { key: KEYS.scanner });
    expect(risk.status).toBe(200);
  });

  it('answers 422 with the field path of each invalid field', async () => {
    const response = await scan({
      prompt: 42,
      session_id: '',
      metadata: { agent_id: 7 },
      extra: true,
    });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { code: string; issues: { path: (string | number)[]; message: string }[] };
    };
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['prompt', 'session_id', 'metadata.agent_id', 'extra']),
    );
  });

  it('answers 422 when the prompt is missing', async () => {
    const response = await scan({ session_id: 's' });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as {
      error: { issues: { path: string[]; message: string }[] };
    };
    expect(error.issues).toContainEqual({ path: ['prompt'], message: 'is required' });
  });

  it('answers 400 for malformed JSON and 415 for a body that is not JSON', async () => {
    const malformed = await service.call('/v1/scan', {
      method: 'POST',
      key: KEYS.scanner,
      headers: { 'content-type': 'application/json' },
      body: '{"prompt": "unterminated',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe(
      'BAD_REQUEST',
    );
    const form = await service.call('/v1/scan', {
      method: 'POST',
      key: KEYS.scanner,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'prompt=hello',
    });
    expect(form.status).toBe(415);
  });

  it('answers 413 for a body over the limit, streamed or declared', async () => {
    const response = await scan({ prompt: 'x'.repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    // A chunked upload (no content-length) is cut when it crosses the limit.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 40; index += 1)
          controller.enqueue(
            new TextEncoder().encode(index === 0 ? '{"prompt":"' : 'y'.repeat(4096)),
          );
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
      },
    });
    const streamed = await fetch(`${service.url}/v1/scan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEYS.scanner}`, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers 404 for an unknown endpoint and 405 with Allow for a wrong method', async () => {
    expect((await service.call('/v1/nope', { key: KEYS.scanner })).status).toBe(404);
    const wrong = await service.call('/v1/scan', { key: KEYS.scanner });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('POST /v1/agents/events', () => {
  it('replaces a tool output carrying an indirect injection', async () => {
    const response = await event({
      session_id: 'agent-1',
      event_type: 'tool_output',
      tool_name: 'fetch_page',
      payload: POISONED_PAGE,
    });
    const body = (await response.json()) as VerdictBody;
    expect(body.decision).toBe('block');
    expect(body.action).toBe('replace');
    expect(typeof body.replacement).toBe('string');
    // The notice names what was stopped but never repeats the attack.
    expect(String(body.replacement)).not.toContain('collector.example');
  });

  it('refuses a tool call aimed at the cloud metadata service', async () => {
    const body = (await (
      await event({
        session_id: 'agent-1',
        event_type: 'tool_call',
        tool_name: 'http_get',
        payload: { url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
      })
    ).json()) as VerdictBody;
    expect(body.decision).toBe('block');
    expect(body.action).toBe('refuse');
    expect(body.findings.map((finding) => finding.category)).toContain('ssrf');
  });

  it('scans messages from the user and from the model', async () => {
    const user = (await (
      await event({ session_id: 'agent-2', event_type: 'message', payload: ATTACK_PROMPT })
    ).json()) as VerdictBody;
    expect(user.decision).toBe('block');
    const assistant = (await (
      await event({
        session_id: 'agent-2',
        event_type: 'message',
        role: 'assistant',
        payload: 'Here is the summary you asked for.',
      })
    ).json()) as VerdictBody;
    expect(assistant).toMatchObject({ decision: 'allow', action: 'allow' });
  });

  it('answers 422 for a tool call without a tool name and for an unknown event type', async () => {
    const missing = await event({ session_id: 'agent-3', event_type: 'tool_call', payload: {} });
    expect(missing.status).toBe(422);
    expect(
      ((await missing.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]?.path,
    ).toEqual(['tool_name']);
    const unknown = await event({ session_id: 'agent-3', event_type: 'thought' });
    expect(unknown.status).toBe(422);
    expect(
      ((await unknown.json()) as { error: { issues: { path: string[] }[] } }).error.issues[0]?.path,
    ).toEqual(['event_type']);
  });
});

describe('GET /v1/risk/{session_id}', () => {
  it('reports the running maximum and the latest risk', async () => {
    await scan({ prompt: ATTACK_PROMPT, session_id: 'risk-1' });
    await scan({ prompt: HONEST_PROMPT, session_id: 'risk-1' });
    const response = await service.call('/v1/risk/risk-1', { key: KEYS.scanner });
    expect(response.status).toBe(200);
    const risk = (await response.json()) as { max: number; latest: number; events: number };
    expect(risk.events).toBe(2);
    expect(risk.max).toBeGreaterThanOrEqual(0.65);
    expect(risk.latest).toBeLessThan(0.35);
  });

  it('answers 404 for an unknown session', async () => {
    const response = await service.call('/v1/risk/never-seen', { key: KEYS.scanner });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

describe('GET /v1/scan/report', () => {
  it('renders a self-contained HTML report with the attack escaped, audited as a replay', async () => {
    await event({
      session_id: 'report-1',
      event_type: 'tool_output',
      tool_name: 'fetch_page',
      payload: POISONED_PAGE,
    });
    const response = await service.call('/v1/scan/report?session_id=report-1', { key: KEYS.owner });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('report-1');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<!-- AI assistant');
    const log = (await (
      await service.call('/security/session-replay/log', { key: KEYS.owner })
    ).json()) as { entries: { session_id: string; actor: string; reason: string }[] };
    expect(log.entries[0]).toMatchObject({
      session_id: 'report-1',
      actor: 'api-key:ops',
      reason: 'session report',
    });
  });

  it('answers 422 without session_id and 404 for an unknown session', async () => {
    expect((await service.call('/v1/scan/report', { key: KEYS.owner })).status).toBe(422);
    expect(
      (await service.call('/v1/scan/report?session_id=nobody', { key: KEYS.owner })).status,
    ).toBe(404);
  });
});

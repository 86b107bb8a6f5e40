import type { JsonSchema } from './json-schema.ts';

// The request and response bodies of the HTTP API: validated against requests and published in
// `/openapi.json` from the same objects.

/** A session id as callers send it. */
export const SESSION_ID_SCHEMA: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 256,
  description: 'Groups events: risk is tracked and transcripts are kept per session.',
};

/** Who and where: the guard's context. Other keys are accepted and ignored. */
export const METADATA_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'Context for the guard. Keys other than these are accepted and ignored.',
  properties: {
    agent_id: { type: 'string', minLength: 1, maxLength: 256 },
    tenant_id: { type: 'string', minLength: 1, maxLength: 256 },
    server: {
      type: 'string',
      minLength: 1,
      maxLength: 256,
      description: 'The MCP server the event came through.',
    },
  },
};

/** `POST /v1/scan`. */
export const SCAN_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', description: 'User input about to reach the model.' },
    session_id: SESSION_ID_SCHEMA,
    metadata: METADATA_SCHEMA,
  },
  examples: [{ prompt: 'Summarise this design doc for me.', session_id: 'chat-42' }],
};

/** `POST /v1/agents/events`. */
export const AGENT_EVENT_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['session_id', 'event_type'],
  properties: {
    session_id: SESSION_ID_SCHEMA,
    event_type: {
      enum: ['tool_call', 'tool_output', 'message'],
      description:
        '`tool_call`: the model asks to call `tool_name` with `payload` as arguments; `tool_output`: ' +
        "`payload` is a tool's result (any JSON); `message`: `payload` is text from the user " +
        '(`role: user`, the default) or the model (`role: assistant`).',
    },
    tool_name: { type: 'string', minLength: 1, maxLength: 256 },
    role: { enum: ['user', 'assistant'], description: 'For `message` events. Default `user`.' },
    payload: { description: 'Arguments, tool output or message text, by `event_type`.' },
    metadata: METADATA_SCHEMA,
  },
  examples: [
    { session_id: 'agent-7', event_type: 'tool_call', tool_name: 'search', payload: { q: 'x' } },
  ],
};

/** A finding, as the scanner reports it. */
export const FINDING_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    detector: { type: 'string' },
    category: { type: 'string' },
    subcategory: { type: 'string' },
    severity: { enum: ['low', 'medium', 'high', 'critical'] },
    message: { type: 'string' },
    evidence: { type: 'string' },
    explanation: { type: 'string' },
    span: {
      type: 'object',
      properties: { start: { type: 'integer' }, end: { type: 'integer' } },
    },
    path: { type: 'array', items: { type: ['string', 'integer'] } },
  },
};

/** The answer of both scan endpoints. */
export const VERDICT_RESPONSE_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['event_id', 'session_id', 'decision', 'action', 'risk_score', 'findings'],
  properties: {
    event_id: { type: 'string' },
    session_id: {
      type: 'string',
      description: 'As sent, or generated when the request had none.',
    },
    decision: { enum: ['allow', 'review', 'block'] },
    action: {
      enum: ['allow', 'annotate', 'redact', 'replace', 'refuse', 'throw'],
      description: 'What is (or, when `enforced` is false, would be) done to the content.',
    },
    enforced: {
      type: 'boolean',
      description: 'False in monitoring mode, under the kill switch or outside the canary.',
    },
    mode: { enum: ['strict', 'monitoring'] },
    risk_score: { type: 'number', minimum: 0, maximum: 1 },
    findings: { type: 'array', items: FINDING_SCHEMA },
    policy_results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          policyId: { type: 'string' },
          policyName: { type: 'string' },
          type: { type: 'string' },
          severity: { type: 'string' },
          mode: { enum: ['alert', 'block'] },
          message: { type: 'string' },
        },
      },
    },
    replacement: {
      description:
        'The content to pass on instead of the original (a notice, the annotated or the redacted ' +
        'content), when the action has one.',
    },
  },
};

/** `GET /v1/risk/{session_id}`. */
export const RISK_RESPONSE_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    session_id: { type: 'string' },
    max: { type: 'number', description: 'The running maximum of the risk scores.' },
    latest: { type: 'number', description: 'The risk of the latest event.' },
    events: { type: 'integer' },
    updated_at: { type: 'string', format: 'date-time' },
  },
};

/** The body of every error. */
export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          description: 'For `422`: each invalid field, by path.',
          items: {
            type: 'object',
            properties: {
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              message: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

/** `PUT /security/ip-allowlist`. */
export const IP_ALLOWLIST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cidrs'],
  properties: {
    cidrs: {
      type: 'array',
      maxItems: 10_000,
      items: { type: 'string', minLength: 1, maxLength: 64 },
      description: 'Addresses and CIDRs allowed to connect; empty allows everyone.',
    },
  },
  examples: [{ cidrs: ['10.0.0.0/8', '192.168.1.20', '2001:db8::/32'] }],
};

/** `PUT /v1/admin/mode`. */
export const MODE_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['mode'],
  properties: { mode: { enum: ['strict', 'monitoring'] } },
};

/** `PUT /v1/admin/kill-switch`. */
export const KILL_SWITCH_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['enabled'],
  properties: {
    enabled: { type: 'boolean', description: 'True forces monitoring everywhere at once.' },
  },
};

/** `PUT /v1/admin/canary`. */
export const CANARY_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['percent'],
  properties: {
    percent: { type: 'number', minimum: 0, maximum: 100 },
    by: { enum: ['session', 'agent'], description: 'Default `session`.' },
  },
};

/** `POST /v1/admin/mcp/pins/approve` and `/reject`. */
export const PIN_DECISION_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['server', 'tool'],
  properties: {
    server: { type: 'string', minLength: 1 },
    tool: { type: 'string', minLength: 1 },
  },
};

/** `PATCH /v1/admin/security-policies/{id}/toggle` (the body is optional). */
export const TOGGLE_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean', description: 'Set instead of flipping.' },
  },
};

/** `POST /security/watermark/detect`. */
export const WATERMARK_REQUEST_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', description: 'Model output to look for the workspace watermark in.' },
  },
};

/** Any JSON object (policies: the guard validates them and names the bad field). */
export const OBJECT_SCHEMA: JsonSchema = { type: 'object' };

import { describe, expect, it } from 'vitest';
import { AGENT_EVENT_REQUEST_SCHEMA, IP_ALLOWLIST_SCHEMA } from './api-schemas.ts';
import { describeIssues, validateJson } from './json-schema.ts';
import { AUTH_CONFIG_SCHEMA } from './serve-config.ts';

describe('validateJson', () => {
  it('names every invalid field by its path, nested and indexed', () => {
    const issues = validateJson(AUTH_CONFIG_SCHEMA, {
      apiKeys: [
        { name: 'ok', key: 'k'.repeat(16), role: 'owner' },
        { name: '', role: 'root', extra: 1 },
      ],
      jwt: { issuer: 7, clockToleranceSeconds: 1.5 },
    });
    expect(issues).toEqual([
      { path: ['apiKeys', 1, 'name'], message: 'must not be empty' },
      {
        path: ['apiKeys', 1, 'role'],
        message: 'expected one of "owner", "operator", "viewer", "scanner"',
      },
      { path: ['apiKeys', 1, 'extra'], message: 'is not a known field' },
      { path: ['jwt', 'issuer'], message: 'expected a string' },
      { path: ['jwt', 'clockToleranceSeconds'], message: 'expected an integer' },
    ]);
    expect(describeIssues(issues.slice(0, 1))).toBe('apiKeys.1.name: must not be empty');
  });

  it('accepts valid values, any JSON where the schema says nothing, and caps the issues', () => {
    expect(
      validateJson(AGENT_EVENT_REQUEST_SCHEMA, {
        session_id: 's',
        event_type: 'tool_output',
        payload: { nested: [1, { deep: null }] },
        metadata: { agent_id: 'a', anything: { else: true } },
      }),
    ).toEqual([]);
    const many = validateJson(IP_ALLOWLIST_SCHEMA, { cidrs: Array.from({ length: 100 }, () => 5) });
    expect(many).toHaveLength(20);
    expect(validateJson(IP_ALLOWLIST_SCHEMA, [])).toEqual([
      { path: [], message: 'expected an object' },
    ]);
  });
});

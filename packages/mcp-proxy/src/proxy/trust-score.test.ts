import { describe, expect, it } from 'vitest';
import { inferCapabilities } from './capabilities.ts';
import { decayWeight } from './decay.ts';
import { computeTrustScore, type TrustInputs } from './trust-score.ts';

const base: TrustInputs = {
  spec: { name: 'local', transport: 'stdio', command: 'node', args: [] },
  domains: {},
  poisonedTools: [],
  suspiciousTools: [],
  capabilities: [],
  driftedTools: [],
  incidents: [],
};

describe('computeTrustScore', () => {
  it('gives a clean local server 100, explained', () => {
    const report = computeTrustScore(base);
    expect(report.score).toBe(100);
    expect(report.signals).toEqual([
      { id: 'transport', points: 0, detail: 'local process over stdio' },
    ]);
  });

  it('weighs the transport and the domain lists of a remote server', () => {
    const remote = (url: string, domains: TrustInputs['domains'] = {}) =>
      computeTrustScore({ ...base, spec: { name: 'r', transport: 'http', url }, domains }).score;
    expect(remote('http://127.0.0.1:8080/mcp')).toBe(95);
    expect(remote('https://mcp.example.com/mcp')).toBe(90);
    expect(remote('http://mcp.example.com/mcp')).toBe(75);
    expect(remote('https://mcp.example.com/mcp', { trusted: ['*.example.com'] })).toBe(100);
    expect(remote('https://mcp.other.net/mcp', { trusted: ['*.example.com'] })).toBe(70);
    expect(remote('https://mcp.example.com/mcp', { blocked: ['mcp.example.com'] })).toBe(0);
  });

  it('caps a server that can read private data, see untrusted content and send data out', () => {
    const capabilities = inferCapabilities([
      {
        name: 'read_inbox',
        description: 'Returns the newest emails.',
        inputSchema: { type: 'object' },
      },
      { name: 'send_email', description: 'Sends an email.', inputSchema: { type: 'object' } },
    ]);
    expect(capabilities.map((item) => item.capability)).toEqual([
      'reads_private_data',
      'sees_untrusted_content',
      'sends_data_out',
    ]);
    const report = computeTrustScore({ ...base, capabilities });
    expect(report.score).toBe(50);
    expect(
      report.signals.find((signal) => signal.id === 'dangerous_combination')?.detail,
    ).toContain('send_email');
  });

  it('takes points for poisoned and drifted tools and for fresh incidents, bounded', () => {
    const report = computeTrustScore({
      ...base,
      poisonedTools: ['a', 'b', 'c'],
      driftedTools: ['d'],
      incidents: Array.from({ length: 10 }, () => ({ kind: 'injection' as const, weight: 1 })),
    });
    const points = Object.fromEntries(report.signals.map((signal) => [signal.id, signal.points]));
    expect(points).toMatchObject({
      poisoned_descriptions: -50,
      pin_drift: -15,
      runtime_incidents: -50,
    });
    expect(report.score).toBe(0);
  });
});

describe('decayWeight', () => {
  it('fades incidents by each curve', () => {
    const hour = 3_600_000;
    expect(decayWeight(0)).toBe(1);
    expect(decayWeight(hour)).toBeCloseTo(0.5);
    expect(decayWeight(hour, { kind: 'linear' })).toBeCloseTo(0.5);
    expect(decayWeight(2 * hour, { kind: 'linear' })).toBe(0);
    expect(decayWeight(hour - 1, { kind: 'step' })).toBe(1);
    expect(decayWeight(hour, { kind: 'step' })).toBe(0);
    expect(decayWeight(hour, { kind: 'sigmoid' })).toBeCloseTo(0.5);
    expect(decayWeight(3 * hour, { kind: 'sigmoid' })).toBeLessThan(0.01);
  });
});

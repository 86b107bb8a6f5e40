import { describe, expect, it } from 'vitest';
import type { Finding } from '../spec/finding.ts';
import { decide, fuseRisk } from './fuse-risk.ts';
import { PROFILES } from './profiles.ts';

const finding = (category: string, severity: Finding['severity'], subcategory = 'x'): Finding => ({
  detector: 'test',
  category,
  subcategory,
  severity,
  message: '',
  evidence: '',
  explanation: '',
});

describe('fuseRisk', () => {
  it('combines findings with noisy-OR and per-category weights', () => {
    expect(fuseRisk({ findings: [] })).toBe(0);
    expect(fuseRisk({ findings: [finding('a', 'high')] })).toBeCloseTo(0.8);
    expect(fuseRisk({ findings: [finding('a', 'medium'), finding('b', 'medium')] })).toBeCloseTo(
      1 - 0.45 * 0.45,
    );
    expect(fuseRisk({ findings: [finding('pii', 'high')], weights: { pii: 0.5 } })).toBeCloseTo(
      0.4,
    );
  });

  it('counts one rule repeated across a long text once', () => {
    const repeated = Array.from({ length: 50 }, () => finding('a', 'low'));
    expect(fuseRisk({ findings: repeated })).toBeCloseTo(0.3);
  });

  it('counts findings quoted in a text about attacks once together, beside the others', () => {
    const quoted = (category: string): Finding => ({
      ...finding(category, 'medium'),
      quoted: true,
    });
    expect(fuseRisk({ findings: [quoted('a'), quoted('b'), quoted('c')] })).toBeCloseTo(0.55);
    expect(fuseRisk({ findings: [quoted('a'), finding('b', 'medium')] })).toBeCloseTo(
      1 - 0.45 * 0.45,
    );
  });

  it('maps risk to decisions by profile thresholds', () => {
    expect(decide(0.5, PROFILES.copilot)).toBe('review');
    expect(decide(0.5, PROFILES['autonomous-agent'])).toBe('block');
    expect(decide(0.1, PROFILES['internal-tools'])).toBe('allow');
  });
});

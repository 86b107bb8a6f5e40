import { describe, expect, it } from 'vitest';
import { compileRules, MATCH_REACH, MAX_WINDOW } from './compile-rules.ts';
import { defineRules } from './define-rules.ts';

const rules = defineRules(
  { category: 'test', surfaces: ['prompt'], language: 'en', explanation: 'test' },
  [
    {
      name: 'pair',
      severity: 'high',
      triggers: ['alpha'],
      pattern: /alpha [a-z]{1,10} omega/,
      message: 'pair',
    },
    { name: 'never', severity: 'high', triggers: ['zeta'], pattern: /zeta[0-9]/, message: 'never' },
  ],
);

describe('compileRules', () => {
  it('finds a match near a trigger and reports its offsets in the text', () => {
    const compiled = compileRules(rules, 'prompt');
    const text = `${'x '.repeat(500)}alpha beta omega${' y'.repeat(500)}`;
    const [match] = compiled.match(text);
    expect(match?.rule.id).toBe('test.pair.en');
    expect(text.slice(match?.start, match?.end)).toBe('alpha beta omega');
  });

  it('runs no rule whose triggers are absent, and skips rules of other surfaces', () => {
    expect(compileRules(rules, 'prompt').match('nothing to see here')).toEqual([]);
    expect(compileRules(rules, 'tool_output').size).toBe(0);
  });

  it('still finds a match late in a text dense with triggers (windows are capped, not dropped)', () => {
    const filler = 'alpha '.repeat(Math.ceil((MAX_WINDOW * 4) / 6));
    const text = `${filler}alpha gamma omega ${filler}`;
    const [match] = compileRules(rules, 'prompt').match(text);
    expect(text.slice(match?.start, match?.end)).toBe('alpha gamma omega');
    expect(MATCH_REACH).toBeGreaterThan(0);
  });
});

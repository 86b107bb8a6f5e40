import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../detectors/builtin-rules.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
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

  it('finds every match of every rule on every hand-written case within reach of a trigger', () => {
    const detectors = join(import.meta.dirname, '../detectors');
    const corpus = join(import.meta.dirname, '../../../../test/corpus');
    const files = [
      ...readdirSync(detectors, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
          const fixtures = join(detectors, entry.name, '__fixtures__');
          try {
            return readdirSync(fixtures).map((name) => join(fixtures, name));
          } catch {
            return [];
          }
        }),
      ...readdirSync(corpus).map((name) => join(corpus, name)),
    ].filter((path) => path.endsWith('.jsonl'));
    const texts = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: unknown }).text)
        .map((text) => normalizeText(typeof text === 'string' ? text : JSON.stringify(text)).text),
    );
    expect(texts.length).toBeGreaterThan(2000);
    const outOfReach: string[] = [];
    let matches = 0;
    for (const rule of BUILTIN_RULES) {
      for (const text of texts) {
        const found = rule.pattern.exec(text);
        if (found === null) continue;
        matches += 1;
        const start = found.index;
        const end = start + found[0].length;
        const covered = rule.triggers.some((trigger) => {
          for (
            let at = text.indexOf(trigger, Math.max(0, start - trigger.length));
            at !== -1 && at < end;
            at = text.indexOf(trigger, at + 1)
          ) {
            if (
              at >= start &&
              start >= at - MATCH_REACH &&
              end <= at + trigger.length + MATCH_REACH
            )
              return true;
          }
          return false;
        });
        if (!covered) outOfReach.push(`${rule.id}: ${JSON.stringify(found[0]).slice(0, 80)}`);
      }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(outOfReach).toEqual([]);
    // Exhaustive by design (every rule on every case, some 3 million runs): seconds, not the default 5.
  }, 120_000);
});

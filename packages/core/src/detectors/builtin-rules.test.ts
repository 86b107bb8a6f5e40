import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRulesSource } from '../../../../scripts/gen-builtin-rules.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { BUILTIN_RULES } from './builtin-rules.ts';
import { loadFixtureCases } from './load-fixture-cases.ts';

function fixtureTexts(): string[] {
  return loadFixtureCases().flatMap(({ cases }) =>
    cases.map((item) => (typeof item.text === 'string' ? item.text : JSON.stringify(item.text))),
  );
}

describe('BUILTIN_RULES', () => {
  it('lists every rules file (regenerate with node scripts/gen-builtin-rules.ts)', () => {
    // Compared as sets of import lines: the formatter may reorder them.
    const importLines = (source: string) =>
      source
        .split('\n')
        .filter((line) => line.startsWith('import {'))
        .sort();
    expect(
      importLines(readFileSync(join(import.meta.dirname, 'builtin-rules.ts'), 'utf8')),
    ).toEqual(importLines(builtinRulesSource()));
  });

  it('has unique ids, lower-case triggers and covers at least ten languages besides English', () => {
    const ids = BUILTIN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const languages = new Set(BUILTIN_RULES.map((rule) => rule.language));
    languages.delete('en');
    languages.delete('*');
    expect(languages.size).toBeGreaterThanOrEqual(10);
  });

  it('never has a pattern match where none of its triggers occurs', () => {
    // The trigger prefilter skips a rule when no trigger occurs; a match without one would be silently lost.
    const texts = fixtureTexts().map((text) => normalizeText(text).text);
    const lost: string[] = [];
    for (const rule of BUILTIN_RULES) {
      for (const text of texts) {
        const match = rule.pattern.exec(text);
        if (match !== null && !rule.triggers.some((trigger) => match[0].includes(trigger))) {
          lost.push(`${rule.id}: ${JSON.stringify(match[0].slice(0, 80))}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.ts';
import type { RuleV1 } from '../spec/rule-v1.ts';
import type { Surface } from '../spec/surface.ts';
import { BUILTIN_RULES } from './builtin-rules.ts';
import { type FixtureCase, loadFixtureCases } from './load-fixture-cases.ts';

// The contract suite of every rule family, in isolation from the rest of the scanner: each hand-written
// positive of a family fires one of that family's rules, and no hard negative fires a rule of that family
// at medium severity or above. (fixtures.test.ts runs the same cases through the whole scanner.)

function firing(rules: readonly RuleV1[], text: string, surface: Surface): RuleV1[] {
  const normalized = normalizeText(text).text;
  return rules.filter(
    (rule) =>
      rule.surfaces.includes(surface) &&
      rule.triggers.some((trigger) => normalized.includes(trigger)) &&
      rule.pattern.test(normalized),
  );
}

const byFolder = new Map<string, FixtureCase[]>();
for (const { folder, cases } of loadFixtureCases())
  byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...cases]);

for (const [folder, cases] of byFolder) {
  const categories = new Set(
    cases.map((item) => item.category).filter((category) => category !== null),
  );
  const family = BUILTIN_RULES.filter((rule) => categories.has(rule.category));
  if (family.length === 0) continue;

  describe(`${folder} rules`, () => {
    it('has at least 12 positives and 12 hard negatives', () => {
      expect(cases.filter((item) => item.category !== null).length).toBeGreaterThanOrEqual(12);
      expect(cases.filter((item) => item.category === null).length).toBeGreaterThanOrEqual(12);
    });

    it('fires on every positive that its rules alone should catch', () => {
      const missed = cases
        .filter(
          (item) =>
            item.category !== null &&
            typeof item.text === 'string' &&
            item.surface !== 'tool_description',
        )
        .filter(
          (item) => firing(family, item.text as string, item.surface ?? 'prompt').length === 0,
        )
        .map((item) => String(item.text).slice(0, 100));
      expect(missed).toEqual([]);
    });

    it('stays quiet (below medium) on every hard negative', () => {
      const decisive = family.filter((rule) => rule.severity !== 'low');
      const fired = cases
        .filter((item) => item.category === null)
        .map((item) => {
          const text = typeof item.text === 'string' ? item.text : JSON.stringify(item.text);
          return {
            text,
            ids: firing(decisive, text, item.surface ?? 'prompt').map((rule) => rule.id),
          };
        })
        .filter((item) => item.ids.length > 0)
        .map((item) => `${item.ids.join(',')}: ${item.text.slice(0, 100)}`);
      expect(fired).toEqual([]);
    });
  });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../detectors/builtin-rules.ts';
import { loadFixtureCases } from '../detectors/load-fixture-cases.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { requiredLiterals } from './required-literals.ts';

const sorted = (groups: readonly (readonly string[])[]) =>
  groups.map((group) => [...group].sort()).sort();

/** Every match the regex finds from every start position of `text`. */
function matchesOf(pattern: RegExp, text: string): string[] {
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  const found: string[] = [];
  for (let start = 0; start <= text.length; start++) {
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match !== null) found.push(match[0]);
  }
  return found;
}

function holdsEveryGroup(groups: readonly (readonly string[])[], match: string): boolean {
  return groups.every((group) => group.some((literal) => match.includes(literal)));
}

describe('requiredLiterals', () => {
  it('finds the literals of each mandatory part', () => {
    expect(sorted(requiredLiterals(/\bignore\s+(?:previous|prior)\s+instructions?/))).toEqual(
      sorted([['ignore'], ['previous', 'prior'], ['instruction', 'instructions']]),
    );
    expect(sorted(requiredLiterals(/summari[sz]e (?:it|this)/))).toEqual(
      sorted([['summarise it', 'summarise this', 'summarize it', 'summarize this']]),
    );
    expect(sorted(requiredLiterals(/(?:new|fresh) (?:\w+ )?rules|override\s+everything/))).toEqual(
      sorted([['rules', 'everything']]),
    );
  });

  it('gives nothing for optional parts, lookarounds or what it cannot read', () => {
    expect(requiredLiterals(/(?:please )?(?=now)\w+/)).toEqual([]);
    expect(requiredLiterals(/(a)b\1/)).toEqual([]);
    expect(requiredLiterals(/ignore/i)).toEqual([]);
    expect(requiredLiterals(/ignore/g)).toEqual([]);
    expect(requiredLiterals(/(?<name>x)y/)).toEqual([]);
  });

  it('names literals that every match contains, for random patterns and texts', {
    timeout: 60_000,
  }, () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'ab',
      ' ',
      'c',
      '[ab]',
      '[a-c]',
      '[^a]',
      '\\s',
      '.',
      '\\b',
      '\\x61',
      '(?=a)',
      '(?<!b)',
      '(?!c)',
      '^',
      '$',
    );
    // Bounded quantifiers only (the analysis reads `*` as `{0,2}` and `+` as `{1,3}` do), so that no
    // random pattern backtracks catastrophically.
    const quantifier = fc.constantFrom('', '', '', '?', '{2}', '{0,2}', '{1,3}', '{1,3}?', '??');
    const groupQuantifier = fc.constantFrom('', '', '?', '{2}', '{0,2}', '{1,2}');
    const pattern = fc.letrec((tie) => ({
      term: fc.oneof(
        // Depth-bounded: deeper random patterns reach tens of kilobytes, and matching them (the
        // oracle, not the analysis) can backtrack for minutes on an unlucky seed.
        { depthSize: 'small', maxDepth: 2, depthIdentifier: 'pattern', withCrossShrink: true },
        fc
          .tuple(atom, quantifier)
          .map(([a, q]) => (q !== '' && /^(?:\\b|\(\?|\^|\$)/.test(a) ? a : a + q)),
        fc.tuple(tie('alternation'), groupQuantifier).map(([inner, q]) => `(?:${inner})${q}`),
        fc.tuple(tie('alternation'), groupQuantifier).map(([inner, q]) => `(${inner})${q}`),
      ),
      sequence: fc
        .array(tie('term') as fc.Arbitrary<string>, { minLength: 1, maxLength: 5 })
        .map((terms) => terms.join('')),
      alternation: fc
        .array(tie('sequence') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })
        .map((options) => options.join('|')),
    })).alternation as fc.Arbitrary<string>;
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '\n'), { maxLength: 12, size: 'max' })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        pattern,
        fc.constantFrom('', 'u'),
        fc.array(text, { minLength: 1, maxLength: 8 }),
        (source, flags, texts) => {
          const regex = new RegExp(source, flags);
          const groups = requiredLiterals(regex);
          for (const value of texts) {
            for (const match of matchesOf(regex, value))
              expect(holdsEveryGroup(groups, match)).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  // Every rule on every case, as compile-rules.test.ts: seconds, more than the default 5 on a slow machine.
  it('holds for every built-in rule on every hand-written case', { timeout: 120_000 }, () => {
    const texts = loadFixtureCases().flatMap(({ cases }) =>
      cases.map(
        (item) =>
          normalizeText(typeof item.text === 'string' ? item.text : JSON.stringify(item.text)).text,
      ),
    );
    for (const rule of BUILTIN_RULES) {
      const groups = requiredLiterals(rule.pattern);
      for (const text of texts) {
        const match = rule.pattern.exec(text);
        if (match !== null) expect(holdsEveryGroup(groups, match[0]), rule.id).toBe(true);
      }
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../detectors/builtin-rules.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { compileLinear } from './linear-regex.ts';

const nativeMatch = (pattern: RegExp, text: string) => {
  const found = pattern.exec(text);
  return found === null ? null : { index: found.index, text: found[0] };
};

describe('compileLinear', () => {
  it('finds what exec finds, with JavaScript meanings of \\s, ., \\u and [^\\S\\n]', () => {
    const cases: [RegExp, string][] = [
      [/ignore\s+previous/, 'please ignore\u00a0previous rules'],
      [/ignore\s+previous/, 'please ignore\u2003\u3000previous rules'],
      [/a.c/, 'a\rc abc'],
      [/a.c/s, 'a\nc'],
      [/yeni\u0307? talimat/u, 'şu yeni\u0307 talimat'],
      [/end[^\S\n]*\n\s*new/, 'the end \t\nnew task'],
      [/(?<verb>send|post)\s+(?:it|them)/, 'then post   them now'],
      [/\b(?:do|don't)\s+tell\b/i, "Please DON'T tell the user"],
      [/ab+?c|x/, 'zzabbbc x'],
      [/[^.\n]{0,10}?secret/, 'a. keep the secret'],
      [/\p{L}{2,}ą/u, 'abc zażółą'],
      [/ignore\s+previous/, '😀 then ignore previous 𝔸𝔹'],
      [/\bsend\b[^\n]{0,20}?key/u, '🔑 send the 🗝️ key'],
    ];
    for (const [pattern, text] of cases) {
      expect(compileLinear(pattern)(text), `${pattern} on ${JSON.stringify(text)}`).toEqual(
        nativeMatch(pattern, text),
      );
    }
  });

  it('passes over candidates a lookbehind or lookahead excludes, as a backtracking engine does', () => {
    const quoted = /(?<!["“]\s?)\bignore previous\b/;
    const text = 'the phrase "ignore previous" is famous; so: ignore previous orders';
    expect(compileLinear(quoted)(text)).toEqual(nativeMatch(quoted, text));
    expect(compileLinear(quoted)(text)?.index).toBe(text.lastIndexOf('ignore'));
    const notThat = /\bdo anything now\b(?!\s+that\b)/;
    const sentence = 'you can do anything now that you are free; you will do anything now.';
    expect(compileLinear(notThat)(sentence)).toEqual(nativeMatch(notThat, sentence));
    const inner = /\bmode\b(?![-\w])(?: is on)/;
    expect(compileLinear(inner)('mode-x is on; mode is on')).toEqual(
      nativeMatch(inner, 'mode-x is on; mode is on'),
    );
    // A lookbehind in one branch is checked only when that branch took part in the match.
    const branches = /(?:(?<!#)#{2,}|(?<!=)={3,})\s*end/;
    for (const sample of ['#### end', 'x === end', 'no match here'])
      expect(compileLinear(branches)(sample)).toEqual(nativeMatch(branches, sample));
    // A lookbehind of a few words is read in full: "asked employees to '" is 20 characters.
    const reported = /(?<!\basked\s+(?:staff|employees)\s+to\s+')\bsend your password\b/;
    for (const sample of [
      "the test asked employees to 'send your password to us'",
      'please send your password to us',
    ])
      expect(compileLinear(reported)(sample)).toEqual(nativeMatch(reported, sample));
    expect(compileLinear(reported)("asked employees to 'send your password'")).toBeNull();
  });

  it('takes a candidate after 16 exclusions, so the work stays linear', () => {
    const quoted = /(?<!")\bgo\b/;
    const text = `${'"go '.repeat(20)}go`;
    expect(nativeMatch(quoted, text)?.index).toBe(text.length - 2);
    // The 17th quoted candidate is taken: a text repeating the excluded context is not trusted.
    expect(compileLinear(quoted)(text)?.index).toBe(16 * 4 + 1);
  });

  it('runs in linear time where a backtracking engine would not return', () => {
    // Exponential for a backtracking engine on a long run of a's without a final b: this would hang.
    const match = compileLinear(/^(?:a|a)*b$/)('a'.repeat(100_000));
    expect(match).toBeNull();
    // Quadratic shapes from real rules (a greedy letter run after a stem, an optional prefix before \s*).
    expect(compileLinear(/(?:esqueç|ignor)\p{L}*\s+tudo/u)('ignor'.repeat(50_000))).toBeNull();
    expect(compileLinear(/(?:senin)?\s*yeni talimat/)(' '.repeat(200_000))).toBeNull();
  });

  it('refuses what it cannot run faithfully', () => {
    expect(() => compileLinear(/(a)\1/)).toThrow(/unsupported escape/);
    expect(() => compileLinear(/(?:x(?!y))+/)).toThrow(/repeated group/);
    expect(() => compileLinear(/[\S]/)).toThrow(/unsupported escape/);
  });

  it('agrees with exec for every built-in rule on every hand-written case', () => {
    const detectors = join(import.meta.dirname, '../detectors');
    const texts = readdirSync(detectors, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const fixtures = join(detectors, entry.name, '__fixtures__');
        let files: string[] = [];
        try {
          files = readdirSync(fixtures).filter((name) => name.endsWith('.jsonl'));
        } catch {
          return [];
        }
        return files.flatMap((name) =>
          readFileSync(join(fixtures, name), 'utf8')
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as { text: unknown })
            .map(({ text }) => (typeof text === 'string' ? text : JSON.stringify(text))),
        );
      })
      .map((text) => normalizeText(text).text);
    expect(texts.length).toBeGreaterThan(1000);
    const disagreements: string[] = [];
    let matches = 0;
    for (const rule of BUILTIN_RULES) {
      const linear = compileLinear(rule.pattern);
      for (const text of texts) {
        const expected = nativeMatch(rule.pattern, text);
        if (expected !== null) matches += 1;
        const actual = linear(text);
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          disagreements.push(`${rule.id}: ${JSON.stringify(text).slice(0, 80)}`);
      }
    }
    expect(matches).toBeGreaterThan(500);
    expect(disagreements).toEqual([]);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { createScanner } from '../scanner/create-scanner.ts';
import { type FixtureCase, loadFixtureCases } from './load-fixture-cases.ts';

const scanner = createScanner();
const rulesOnly = createScanner({ model: false });
// Every hand-written case of every detector folder runs through the real scanner: a positive must produce a
// finding of its category. A hard negative must be allowed by the rules and never blocked by the whole
// scanner (the statistical model may send a one-line text to review, never to block, on its own).
for (const { folder, file, cases } of loadFixtureCases()) {
  describe(`${folder}/${file}`, () => {
    it.each(cases.map((item) => [label(item), item] as const))('%s', (_name, item) => {
      const result = scanner.scan(item.text, { surface: item.surface ?? 'prompt' });
      if (item.category === null) {
        const explain = JSON.stringify(result.findings.map((f) => [f.category, f.evidence]));
        expect(result.decision, explain).not.toBe('block');
        expect(
          rulesOnly.scan(item.text, { surface: item.surface ?? 'prompt' }).decision,
          explain,
        ).toBe('allow');
      } else {
        expect(result.findings.map((finding) => finding.category)).toContain(item.category);
      }
    });
  });
}

function label(item: FixtureCase): string {
  const text = typeof item.text === 'string' ? item.text : JSON.stringify(item.text);
  return `${item.category ?? 'honest'}: ${text.slice(0, 70).replace(/\s+/g, ' ')}`;
}

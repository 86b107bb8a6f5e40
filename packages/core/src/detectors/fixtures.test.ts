import { describe, expect, it } from 'vitest';
import { createScanner } from '../scanner/create-scanner.ts';
import { type FixtureCase, loadFixtureCases } from './load-fixture-cases.ts';

const scanner = createScanner();
// Every hand-written case of every detector folder runs through the real scanner: a positive must produce a
// finding of its category, a hard negative must be allowed.
for (const { folder, file, cases } of loadFixtureCases()) {
  describe(`${folder}/${file}`, () => {
    it.each(cases.map((item) => [label(item), item] as const))('%s', (_name, item) => {
      const result = scanner.scan(item.text, { surface: item.surface ?? 'prompt' });
      if (item.category === null) {
        expect(
          result.decision,
          JSON.stringify(result.findings.map((f) => [f.category, f.evidence])),
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

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../scanner/create-scanner.ts';
import type { Surface } from '../spec/surface.ts';

type Case = { text: unknown; surface?: Surface; category: string | null };

const scanner = createScanner();
const folders = readdirSync(import.meta.dirname, { withFileTypes: true }).filter((entry) =>
  entry.isDirectory(),
);

// Every hand-written case of every detector folder runs through the real scanner: a positive must produce a
// finding of its category, a hard negative must be allowed.
for (const folder of folders) {
  const fixtures = join(import.meta.dirname, folder.name, '__fixtures__');
  let files: string[] = [];
  try {
    files = readdirSync(fixtures).filter((name) => name.endsWith('.jsonl'));
  } catch {
    continue;
  }
  for (const file of files) {
    const cases = readFileSync(join(fixtures, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Case);
    describe(`${folder.name}/${file}`, () => {
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
}

function label(item: Case): string {
  const text = typeof item.text === 'string' ? item.text : JSON.stringify(item.text);
  return `${item.category ?? 'honest'}: ${text.slice(0, 70).replace(/\s+/g, ' ')}`;
}

// Test support (not part of the public API): the hand-written cases of every detector folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Surface } from '../spec/surface.ts';

/** One hand-written case: a positive names the category it must produce; a hard negative has `null`. */
export type FixtureCase = {
  readonly text: unknown;
  readonly surface?: Surface;
  readonly category: string | null;
};

/** Every `__fixtures__/*.jsonl` file of the detector folders, with its cases. */
export function loadFixtureCases(): { folder: string; file: string; cases: FixtureCase[] }[] {
  const found: { folder: string; file: string; cases: FixtureCase[] }[] = [];
  for (const entry of readdirSync(import.meta.dirname, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const fixtures = join(import.meta.dirname, entry.name, '__fixtures__');
    let files: string[] = [];
    try {
      files = readdirSync(fixtures).filter((name) => name.endsWith('.jsonl'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const cases = readFileSync(join(fixtures, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as FixtureCase);
      found.push({ folder: entry.name, file, cases });
    }
  }
  return found;
}

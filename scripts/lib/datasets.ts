// Loads ../shared/datasets (and any JSONL with the same fields) and splits it into train and dev,
// deterministically and by group, so near-duplicates (TaskTracker's clean and injected copies of one
// document, GPTFuzz's fills of one template) never straddle the split.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export type Row = {
  id: string;
  text: unknown;
  label: 0 | 1;
  surface: string;
  family: string;
  source: string;
  file: string;
  split: 'train' | 'dev';
};

export const DATASETS_DIR = resolve(import.meta.dirname, '../../../shared/datasets');

/** Every `*.jsonl` under `dir`, as paths relative to it. */
export function listJsonl(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.jsonl')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Loads one JSONL file and assigns each row to train or dev (dev: one group in five). */
export function loadFile(path: string, name: string, devShare = 5): Row[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Omit<Row, 'file' | 'split'>);
  const parent = rows.map((_row, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[index] !== root) {
      const next = parent[index] as number;
      parent[index] = root;
      index = next;
    }
    return root;
  };
  const byKey = new Map<string, number>();
  // Only files with known pairing are grouped: a shared JSON tail or boilerplate would otherwise merge
  // unrelated rows into one giant group.
  const grouping = GROUPING.find(([pattern]) => pattern.test(name))?.[1] ?? [];
  rows.forEach((row, index) => {
    const text = typeof row.text === 'string' ? row.text : JSON.stringify(row.text);
    for (const key of grouping.map((part) =>
      part === 'head' ? `h:${text.slice(0, 80)}` : `t:${text.slice(-80)}`,
    )) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, index);
      else parent[find(index)] = find(other);
    }
  });
  return rows.map((row, index) => ({
    ...row,
    label: row.label === 1 ? 1 : 0,
    file: name,
    split: fnv1a(rows[find(index)]?.id ?? row.id) % devShare === 0 ? 'dev' : 'train',
  }));
}

/** Files whose rows come in families, and which ends of the text identify the family. */
const GROUPING: readonly [RegExp, readonly ('head' | 'tail')[]][] = [
  [/tasktracker/, ['head', 'tail']],
  [/gptfuzz/, ['head']],
];

/** Loads every dataset file. */
export function loadDatasets(dir = DATASETS_DIR): Row[] {
  return listJsonl(dir).flatMap((name) => loadFile(join(dir, name), name));
}

/** 32-bit FNV-1a, for stable splits. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

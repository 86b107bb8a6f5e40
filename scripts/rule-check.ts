// Development helper: how often each rule of a rules module fires on every dataset file, split by label.
// Usage: node scripts/rule-check.ts packages/core/src/detectors/<family>/rules.ts [--examples N] [--label 0|1]
// Normalisation here is approximate (NFKC + lower case); the scanner's own normaliser does more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const modulePath = args[0];
if (!modulePath) throw new Error('usage: rule-check.ts RULES_MODULE [--examples N] [--label 0|1]');
const examples = Number(args[args.indexOf('--examples') + 1] ?? 0) || 0;
const onlyLabel = args.includes('--label') ? Number(args[args.indexOf('--label') + 1]) : undefined;
const mod = await import(pathToFileURL(resolve(modulePath)).href);
const rules = Object.values(mod).flatMap((value) => (Array.isArray(value) ? value : []));
const root = resolve(import.meta.dirname, '../../shared/datasets');
const files = ['direct', 'indirect', 'mcp'].flatMap((dir) =>
  readdirSync(join(root, dir)).map((name) => join(dir, name)),
);
const hits = new Map();
for (const file of files) {
  const rows = readFileSync(join(root, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const totals = [0, 0];
  const fired = [0, 0];
  for (const row of rows) {
    if (onlyLabel !== undefined && row.label !== onlyLabel) continue;
    totals[row.label]++;
    const text = (typeof row.text === 'string' ? row.text : JSON.stringify(row.text))
      .normalize('NFKC')
      .toLowerCase();
    let any = false;
    for (const rule of rules) {
      if (!rule.surfaces.includes(row.surface)) continue;
      if (!rule.triggers.some((t) => text.includes(t))) continue;
      const match = rule.pattern.exec(text);
      if (!match) continue;
      any = true;
      const key = `${rule.id}\t${file}\tlabel=${row.label}`;
      const list = hits.get(key) ?? [];
      list.push(match[0].slice(0, 100));
      hits.set(key, list);
    }
    if (any) fired[row.label]++;
  }
  console.log(
    `${file}: benign fired ${fired[0]}/${totals[0]}  attack fired ${fired[1]}/${totals[1]}`,
  );
}
for (const [key, list] of [...hits].sort()) {
  console.log(`${list.length}\t${key}`);
  for (const sample of list.slice(0, examples)) console.log(`\t\t${JSON.stringify(sample)}`);
}

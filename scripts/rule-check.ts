// Development helper: how often each rule of a rules module fires on every dataset file, split by label.
// Usage: node scripts/rule-check.ts packages/core/src/detectors/<family>/rules.ts [--examples N] [--label 0|1]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeText } from '../packages/core/src/normalize/normalize-text.ts';
import type { RuleV1 } from '../packages/core/src/spec/rule-v1.ts';

const args = process.argv.slice(2);
const modulePath = args[0];
if (!modulePath) throw new Error('usage: rule-check.ts RULES_MODULE [--examples N] [--label 0|1]');
const examples = Number(args[args.indexOf('--examples') + 1] ?? 0) || 0;
const onlyLabel = args.includes('--label') ? Number(args[args.indexOf('--label') + 1]) : undefined;
const mod = await import(pathToFileURL(resolve(modulePath)).href);
const rules: RuleV1[] = Object.values(mod as Record<string, unknown>).flatMap((value) =>
  Array.isArray(value) ? (value as RuleV1[]) : [],
);
const root = resolve(import.meta.dirname, '../../shared/datasets');
const files = ['direct', 'indirect', 'mcp'].flatMap((dir) =>
  readdirSync(join(root, dir)).map((name) => join(dir, name)),
);
const hits = new Map<string, string[]>();
for (const file of files) {
  const rows = readFileSync(join(root, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { text: unknown; label: 0 | 1; surface: string });
  const totals: [number, number] = [0, 0];
  const fired: [number, number] = [0, 0];
  for (const row of rows) {
    if (onlyLabel !== undefined && row.label !== onlyLabel) continue;
    totals[row.label] += 1;
    const text = normalizeText(
      typeof row.text === 'string' ? row.text : JSON.stringify(row.text),
    ).text;
    let any = false;
    for (const rule of rules) {
      if (!(rule.surfaces as readonly string[]).includes(row.surface)) continue;
      if (!rule.triggers.some((t) => text.includes(t))) continue;
      const match = rule.pattern.exec(text);
      if (!match) continue;
      any = true;
      const key = `${rule.id}\t${file}\tlabel=${row.label}`;
      const list = hits.get(key) ?? [];
      list.push(match[0].slice(0, 100));
      hits.set(key, list);
    }
    if (any) fired[row.label] += 1;
  }
  console.log(
    `${file}: benign fired ${fired[0]}/${totals[0]}  attack fired ${fired[1]}/${totals[1]}`,
  );
}
for (const [key, list] of [...hits].sort()) {
  console.log(`${list.length}\t${key}`);
  for (const sample of list.slice(0, examples)) console.log(`\t\t${JSON.stringify(sample)}`);
}

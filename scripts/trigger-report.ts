// Development helper: how often each rule's triggers occur in honest text. A rule whose trigger is a common
// word runs on most of every long text; give it a rarer trigger that every match still contains.
// Usage: node scripts/trigger-report.ts [--per-kb 0.5]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_RULES } from '../packages/core/src/detectors/builtin-rules.ts';
import { normalizeText } from '../packages/core/src/normalize/normalize-text.ts';
import { DATASETS_DIR } from './lib/datasets.ts';

const { values } = parseArgs({ options: { 'per-kb': { type: 'string', default: '0.5' } } });
const files = [
  'indirect/benign_devdocs.jsonl',
  'indirect/benign_tldr.jsonl',
  'direct/arena_hard_prompts_benign.jsonl',
  'indirect/benign_tldr_multilingual.jsonl',
  'indirect/benign_promptguide_docs.jsonl',
];
const text = files
  .flatMap((file) =>
    readFileSync(join(DATASETS_DIR, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => String(JSON.parse(line).text)),
  )
  .map((item) => normalizeText(item).text)
  .join('\n\n');
const kb = text.length / 1024;
const frequency = (trigger: string): number => {
  let count = 0;
  for (let index = text.indexOf(trigger); index !== -1; index = text.indexOf(trigger, index + 1))
    count++;
  return count / kb;
};
const cache = new Map<string, number>();
const limit = Number(values['per-kb']);
console.log(
  `honest corpus: ${kb.toFixed(0)} KB; triggers occurring more than ${limit} times per KB:`,
);
for (const rule of BUILTIN_RULES) {
  const common = rule.triggers
    .map((trigger) => {
      if (!cache.has(trigger)) cache.set(trigger, frequency(trigger));
      return [trigger, cache.get(trigger) as number] as const;
    })
    .filter(([, perKb]) => perKb > limit);
  if (common.length > 0)
    console.log(
      `${rule.id}\t${common.map(([trigger, perKb]) => `${JSON.stringify(trigger)}=${perKb.toFixed(2)}`).join(' ')}`,
    );
}

// pnpm eval — scores the scanner on the dev partition of ../shared/datasets (or --split all|train), per file
// and per surface, and on the project's own fixtures and corpus. Prints TPR and FPR of `block` (and of
// `review` or worse), and TPR at 1% FPR (threshold set on the surface's honest dev text).
// Options: --split dev|train|all   --json PATH (write the numbers)   --profile NAME
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createScanner, type ProfileName, type Surface } from '../packages/core/src/index.ts';
import { listJsonl, loadDatasets, type Row } from './lib/datasets.ts';
import { auc, pct, rates, type Scored, thresholdAtFpr, tprAbove } from './lib/metrics.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    json: { type: 'string' },
    profile: { type: 'string', default: 'copilot' },
  },
});
const scanner = createScanner({ profile: values.profile as ProfileName });
const root = resolve(import.meta.dirname, '..');

type Result = Scored & { file: string; surface: string; family: string };

function score(rows: readonly Row[]): Result[] {
  return rows.map((row) => {
    const result = scanner.scan(row.text, { surface: row.surface as Surface });
    return {
      label: row.label,
      score: result.riskScore,
      decision: result.decision,
      file: row.file,
      surface: row.surface,
      family: row.family,
    };
  });
}

const started = performance.now();
const rows = loadDatasets().filter((row) => values.split === 'all' || row.split === values.split);
const results = score(rows);
const seconds = (performance.now() - started) / 1000;

const header = `${'file'.padEnd(48)} ${'benign'.padStart(6)} ${'attack'.padStart(6)}  TPR%  FPR%  TPR%rv FPR%rv TPR@1%`;
const surfaces = [...new Set(results.map((result) => result.surface))];
const thresholds = new Map<string, number>();
for (const surface of surfaces) {
  const benign = results
    .filter((result) => result.surface === surface && result.label === 0)
    .map((result) => result.score);
  thresholds.set(surface, thresholdAtFpr(benign, 0.01));
}

function line(name: string, items: readonly Result[], threshold: number): string {
  const rate = rates(items);
  const attackScores = items.filter((item) => item.label === 1).map((item) => item.score);
  return `${name.padEnd(48)} ${String(rate.n0).padStart(6)} ${String(rate.n1).padStart(6)} ${pct(rate.tpr)} ${pct(rate.fpr)} ${pct(rate.tprReview)}  ${pct(rate.fprReview)}  ${pct(tprAbove(attackScores, threshold))}`;
}

const report: Record<string, unknown> = {
  split: values.split,
  profile: values.profile,
  rows: results.length,
  seconds,
};
console.log(
  `Portcullis eval — split=${values.split}, profile=${values.profile}, ${results.length} rows in ${seconds.toFixed(1)} s`,
);
console.log(
  'Rates are of the `block` decision; "rv" columns count `review` or `block`; TPR@1% uses the surface threshold.\n',
);
console.log(header);
const files = [...new Set(results.map((result) => result.file))].sort();
for (const file of files) {
  const items = results.filter((result) => result.file === file);
  console.log(line(file, items, thresholds.get(items[0]?.surface ?? '') ?? 0.5));
}
console.log('');
for (const surface of surfaces) {
  const items = results.filter((result) => result.surface === surface);
  const pos = items.filter((item) => item.label === 1).map((item) => item.score);
  const neg = items.filter((item) => item.label === 0).map((item) => item.score);
  console.log(
    `${line(`surface ${surface}`, items, thresholds.get(surface) ?? 0.5)}   AUC ${auc(pos, neg).toFixed(3)}`,
  );
  report[`surface:${surface}`] = {
    ...rates(items),
    tprAt1: tprAbove(pos, thresholds.get(surface) ?? 0.5),
    auc: auc(pos, neg),
  };
}

// The project's own cases: written by hand, never tuned on the datasets.
const fixtureFiles = [
  ...listJsonl(join(root, 'packages/core/src/detectors')).map((name) =>
    join(root, 'packages/core/src/detectors', name),
  ),
  ...listJsonl(join(root, 'test/corpus')).map((name) => join(root, 'test/corpus', name)),
];
type Case = { text: unknown; surface?: string; category: string | null };
const cases = fixtureFiles.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case),
);
const caseResults = cases.map((item) => {
  const result = scanner.scan(item.text, { surface: (item.surface ?? 'prompt') as Surface });
  const label: 0 | 1 = item.category === null ? 0 : 1;
  return {
    label,
    score: result.riskScore,
    decision: result.decision,
    surface: item.surface ?? 'prompt',
    file: 'own',
    family: '',
  };
});
console.log('\nOwn cases (fixtures + test/corpus), by surface:');
console.log(header);
for (const surface of [...new Set(caseResults.map((item) => item.surface))].sort()) {
  const items = caseResults.filter((item) => item.surface === surface);
  console.log(line(`own ${surface}`, items, thresholds.get(surface) ?? 0.5));
  report[`own:${surface}`] = rates(items);
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);

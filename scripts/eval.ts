// pnpm eval — how well the scanner separates attacks from honest text, measured three ways (rules only,
// classifier only, both) on the dev partition of ../shared/datasets, per file and per surface, and on the
// project's own hand-written cases (detector fixtures and test/corpus, never trained on).
// With --loso, each dataset file is also left out of training in turn and scored on (leave-one-source-out):
// the honest measure of how the classifier does on sources it has never seen.
// Options: --split dev|train|all   --loso   --json PATH   --profile NAME
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSurfaceModel } from '../packages/core/src/classifier/build-model.ts';
import { classifierFinding } from '../packages/core/src/classifier/classifier-findings.ts';
import { loadModels } from '../packages/core/src/classifier/load-models.ts';
import {
  BUILTIN_MODELS,
  classifierText,
  createScanner,
  decide,
  fuseRisk,
  type ModelBundleV1,
  type ModelSurface,
  normalizeText,
  PROFILES,
  type ProfileName,
  type Scanner,
  type Surface,
} from '../packages/core/src/index.ts';
import { modelReadableText } from '../packages/core/src/scanner/defensive-notes.ts';
import { listJsonl } from './lib/datasets.ts';
import { pct, rates, type Scored, thresholdAtFpr, tprAbove } from './lib/metrics.ts';
import { examplesFor, type LabelledRow, loadAllRows, MODEL_SURFACES } from './lib/training-data.ts';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    loso: { type: 'boolean', default: false },
    json: { type: 'string' },
    profile: { type: 'string', default: 'copilot' },
  },
});
const profile = values.profile as ProfileName;
const root = resolve(import.meta.dirname, '..');
const report: Record<string, unknown> = { split: values.split, profile };

type Mode = 'rules' | 'model' | 'both';
const MODES: readonly Mode[] = ['rules', 'model', 'both'];
type Result = Scored & { file: string; surface: string };

function scannersFor(bundle: ModelBundleV1): Record<Mode, Scanner> {
  return {
    rules: createScanner({ profile, model: false }),
    model: modelOnly(bundle),
    both: createScanner({ profile, model: bundle }),
  };
}

/** The classifier alone, with the same text preparation, risk mapping and thresholds as the scanner. */
function modelOnly(bundle: ModelBundleV1): Scanner {
  const models = loadModels(bundle);
  return {
    scan(input, options = {}) {
      const surface = options.surface ?? 'prompt';
      const model = models[surface as ModelSurface];
      const finding =
        model === undefined
          ? undefined
          : classifierFinding(
              model,
              modelReadableText(normalizeText(classifierText(input, surface)).text, surface),
            );
      const findings = finding === undefined ? [] : [finding];
      const riskScore = fuseRisk({ findings });
      return { decision: decide(riskScore, PROFILES[profile]), riskScore, findings, surface };
    },
  };
}

function score(
  scanner: Scanner,
  items: readonly { text: unknown; surface: string; label: 0 | 1; file: string }[],
): Result[] {
  return items.map((item) => {
    const result = scanner.scan(item.text, { surface: item.surface as Surface });
    return {
      label: item.label,
      score: result.riskScore,
      decision: result.decision,
      file: item.file,
      surface: item.surface,
    };
  });
}

const header = `${''.padEnd(44)} ${'benign'.padStart(6)} ${'attack'.padStart(6)}  ${MODES.map((mode) => `${mode.padStart(5)} TPR/FPR`).join('  ')}`;
function line(name: string, byMode: Record<Mode, readonly Result[]>): string {
  const first = rates(byMode.rules);
  const cells = MODES.map((mode) => {
    const rate = rates(byMode[mode]);
    return `${pct(rate.tpr)} /${pct(rate.fpr)}`;
  });
  return `${name.padEnd(44)} ${String(first.n0).padStart(6)} ${String(first.n1).padStart(6)}  ${cells.join('   ')}`;
}

const started = performance.now();
const allRows = await loadAllRows();
const datasetRows = allRows.filter((row) => row.file !== 'generated');
const evalRows = datasetRows.filter((row) => values.split === 'all' || row.split === values.split);
const scanners = scannersFor(BUILTIN_MODELS);
const byMode = Object.fromEntries(
  MODES.map((mode) => [mode, score(scanners[mode], evalRows)]),
) as Record<Mode, Result[]>;

console.log(
  `Portcullis eval — split=${values.split}, profile=${profile}, ${evalRows.length} dataset rows`,
);
console.log(
  'Cells are TPR% / FPR% of the `block` decision: rules only, classifier only, both (the shipped scanner).\n',
);
console.log(header);
const pick = (mode: Mode, keep: (result: Result) => boolean) => byMode[mode].filter(keep);
for (const file of [...new Set(evalRows.map((row) => row.file))].sort()) {
  console.log(
    line(file, {
      rules: pick('rules', (r) => r.file === file),
      model: pick('model', (r) => r.file === file),
      both: pick('both', (r) => r.file === file),
    }),
  );
}
console.log('');
for (const surface of MODEL_SURFACES) {
  const keep = (result: Result) => result.surface === surface;
  const slice = {
    rules: pick('rules', keep),
    model: pick('model', keep),
    both: pick('both', keep),
  };
  console.log(line(`surface ${surface}`, slice));
  const both = slice.both;
  const threshold = thresholdAtFpr(
    both.filter((r) => r.label === 0).map((r) => r.score),
    0.01,
  );
  report[`dev:${surface}`] = Object.fromEntries(MODES.map((mode) => [mode, rates(slice[mode])]));
  console.log(
    `${''.padEnd(44)} both, TPR at 1% FPR: ${pct(
      tprAbove(
        both.filter((r) => r.label === 1).map((r) => r.score),
        threshold,
      ),
    )}`,
  );
}

// The project's own cases: written by hand, never trained on.
const caseFiles = [
  ...listJsonl(join(root, 'packages/core/src/detectors')).map((name) => ({
    path: join(root, 'packages/core/src/detectors', name),
    group: 'fixtures',
  })),
  ...listJsonl(join(root, 'test/corpus')).map((name) => ({
    path: join(root, 'test/corpus', name),
    group: `corpus/${name}`,
  })),
];
const cases = caseFiles.flatMap(({ path, group }) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => {
      const item = JSON.parse(text) as { text: unknown; surface?: string; category: string | null };
      return {
        text: item.text,
        surface: item.surface ?? 'prompt',
        label: (item.category === null ? 0 : 1) as 0 | 1,
        file: group,
      };
    }),
);
const caseResults = Object.fromEntries(
  MODES.map((mode) => [mode, score(scanners[mode], cases)]),
) as Record<Mode, Result[]>;
console.log('\nOwn hand-written cases (never trained on):');
console.log(header);
for (const group of [...new Set(cases.map((item) => item.file))].sort()) {
  for (const surface of MODEL_SURFACES) {
    const keep = (result: Result) => result.file === group && result.surface === surface;
    if (!caseResults.rules.some(keep)) continue;
    const slice = {
      rules: caseResults.rules.filter(keep),
      model: caseResults.model.filter(keep),
      both: caseResults.both.filter(keep),
    };
    console.log(line(`${group} ${surface}`, slice));
    report[`own:${group}:${surface}`] = Object.fromEntries(
      MODES.map((mode) => [mode, rates(slice[mode])]),
    );
  }
}

if (values.loso) {
  console.log(
    '\nLeave-one-source-out: the classifier retrained without the file, then scored on all of its rows.',
  );
  console.log(header);
  for (const file of [...new Set(datasetRows.map((row) => row.file))].sort()) {
    const rowsOfFile = datasetRows.filter((row) => row.file === file);
    const surface = rowsOfFile[0]?.surface as ModelSurface;
    if (!MODEL_SURFACES.includes(surface)) continue;
    const { train, dev } = examplesFor(surface, allRows, (row: LabelledRow) => row.file === file);
    const built = buildSurfaceModel({ surface, train, dev });
    const bundle: ModelBundleV1 = {
      specificationVersion: 'v1',
      surfaces: { ...BUILTIN_MODELS.surfaces, [surface]: built.model },
    };
    const loso = scannersFor(bundle);
    const slice = Object.fromEntries(
      MODES.map((mode) => [mode, score(loso[mode], rowsOfFile)]),
    ) as Record<Mode, Result[]>;
    console.log(line(`${file} (left out)`, slice));
    report[`loso:${file}`] = Object.fromEntries(MODES.map((mode) => [mode, rates(slice[mode])]));
  }
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);

// pnpm train — trains the per-surface models from ../shared/datasets, the generator's rows and any
// --data JSONL, calibrates them on the dev partition, and writes them into @portcullis/core
// (packages/core/src/classifier/models/). Deterministic: same data and seed, byte-identical artifacts.
// Options: --data FILE (repeatable)   --seed N   --out-dir DIR (default: the core models folder)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSurfaceModel,
  recalibrateOnUnseen,
} from '../packages/core/src/classifier/build-model.ts';
import { loadSurfaceModel } from '../packages/core/src/classifier/linear-model.ts';
import {
  encodeWeights,
  quantize,
  trainLinearModel,
} from '../packages/core/src/classifier/train.ts';
import {
  classifierText,
  type ModelSurface,
  normalizeText,
  type SurfaceModelV1,
} from '../packages/core/src/index.ts';
import { examplesFor, loadAllRows, MODEL_SURFACES } from './lib/training-data.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true, default: [] },
    seed: { type: 'string', default: '1' },
    'out-dir': {
      type: 'string',
      default: resolve(import.meta.dirname, '../packages/core/src/classifier/models'),
    },
  },
});

const CONSTANT: Readonly<Record<ModelSurface, string>> = {
  prompt: 'PROMPT_MODEL',
  tool_output: 'TOOL_OUTPUT_MODEL',
  tool_description: 'TOOL_DESCRIPTION_MODEL',
};
/**
 * Share of honest dev text each model may send to block and to review on its own. Prompts get the tightest
 * budget: most traffic is prompts, and rules add their own false positives on top.
 */
const RATES: Readonly<Record<ModelSurface, { blockRate: number; reviewRate: number }>> = {
  prompt: { blockRate: 0.005, reviewRate: 0.02 },
  tool_output: { blockRate: 0.01, reviewRate: 0.03 },
  tool_description: { blockRate: 0.02, reviewRate: 0.05 },
};
const FILE: Readonly<Record<ModelSurface, string>> = {
  prompt: 'prompt.ts',
  tool_output: 'tool-output.ts',
  tool_description: 'tool-description.ts',
};

const started = performance.now();
const rows = await loadAllRows({ extra: values.data });
console.log(`Portcullis train — ${rows.length} rows (seed ${values.seed})`);
const outDir = values['out-dir'];
mkdirSync(outDir, { recursive: true });
for (const surface of MODEL_SURFACES) {
  const { train, dev, counts } = examplesFor(surface, rows);
  const built = buildSurfaceModel({
    surface,
    train,
    dev,
    trainOptions: { seed: Number(values.seed) },
    trainedOn: counts,
    ...RATES[surface],
  });
  // Thresholds from sources the model never saw: train without each source in turn, score that source.
  const unseen = unseenScores(surface, built.model.lengthPenalty);
  const recalibrated = recalibrateOnUnseen(built.model, { unseen, ...RATES[surface] });
  writeFileSync(join(outDir, FILE[surface]), modelSource(CONSTANT[surface], recalibrated.model));
  console.log(
    `\n${surface}: trained on ${train.length} examples, calibrated on ${built.dev.negatives} honest + ${built.dev.positives} attack dev texts` +
      `\n  thresholds review ${built.model.thresholds.review} block ${built.model.thresholds.block}, long-text penalty ${built.model.lengthPenalty}` +
      `\n  dev at block: TPR ${(built.dev.tprAtBlock * 100).toFixed(1)}%  FPR ${(built.dev.fprAtBlock * 100).toFixed(2)}%` +
      '\n  calibration curve (threshold → dev FPR / TPR):',
  );
  const { unseen: u } = recalibrated;
  console.log(
    `  leave-one-source-out (${u.negatives} honest + ${u.positives} attack texts from unseen sources):` +
      `\n    thresholds now review ${recalibrated.model.thresholds.review} block ${recalibrated.model.thresholds.block}` +
      `\n    unseen at block: TPR ${(u.tprAtBlock * 100).toFixed(1)}%  FPR ${(u.fprAtBlock * 100).toFixed(2)}%   at review: TPR ${(u.tprAtReview * 100).toFixed(1)}%`,
  );
  for (const point of built.curve) {
    console.log(
      `    p ≥ ${point.threshold.toFixed(4)}  FPR ${(point.fpr * 100).toFixed(2).padStart(5)}%  TPR ${(point.tpr * 100).toFixed(1).padStart(5)}%`,
    );
  }
}
writeFileSync(join(outDir, 'index.ts'), indexSource());
console.log(`\nwrote ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Scores of each source's rows under a model trained without that source (its own surface's rows only). */
function unseenScores(
  surface: ModelSurface,
  lengthPenalty: number,
): { label: 0 | 1; score: number }[] {
  const scores: { label: 0 | 1; score: number }[] = [];
  const files = [
    ...new Set(rows.filter((row) => row.surface === surface).map((row) => row.file)),
  ].sort();
  for (const file of files) {
    const { train } = examplesFor(surface, rows, (row) => row.file === file);
    const trained = trainLinearModel(train, { seed: Number(values.seed) });
    const { scale, bytes } = quantize(trained.weights);
    const model = loadSurfaceModel(surface, {
      bits: trained.bits,
      bias: trained.bias,
      scale,
      weights: encodeWeights(bytes),
      windowChars: trained.windowChars,
      minFeatures: trained.minFeatures,
      lengthPenalty,
      thresholds: { review: 0.5, block: 0.5 },
      shortChars: 0,
      trainedOn: {},
    });
    for (const row of rows) {
      if (row.file !== file || row.surface !== surface) continue;
      scores.push({
        label: row.label,
        score: model.score(normalizeText(classifierText(row.text, surface)).text),
      });
    }
  }
  return scores;
}

function modelSource(name: string, model: SurfaceModelV1): string {
  const { weights, ...rest } = model;
  return `// Written by \`pnpm train\` (scripts/train.ts). Do not edit by hand.
import type { SurfaceModelV1 } from '../linear-model.ts';

export const ${name}: SurfaceModelV1 = {
  ...${JSON.stringify(rest)},
  weights:
    '${weights}',
};
`;
}

function indexSource(): string {
  const imports = MODEL_SURFACES.map(
    (surface) => `import { ${CONSTANT[surface]} } from './${FILE[surface]}';`,
  ).join('\n');
  const entries = MODEL_SURFACES.map((surface) => `    ${surface}: ${CONSTANT[surface]},`).join(
    '\n',
  );
  return `// The built-in models, written by \`pnpm train\` (scripts/train.ts). Do not edit by hand.
import type { ModelBundleV1 } from '../linear-model.ts';
${imports}

/** The models shipped with the scanner. */
export const BUILTIN_MODELS: ModelBundleV1 = {
  specificationVersion: 'v1',
  surfaces: {
${entries}
  },
};
`;
}

import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  buildSurfaceModel,
  classifierText,
  type ModelBundleV1,
  type ModelSurface,
  type Surface,
  type SurfaceModelV1,
  type TrainingExample,
} from '@portcullis/core';

const SURFACES: readonly ModelSurface[] = ['prompt', 'tool_output', 'tool_description'];
const MIN_PER_LABEL = 10;

/**
 * `portcullis train --data FILE.jsonl [--data …] --out model.json`: trains a model bundle on the user's own
 * labelled traffic (`{"text","label","surface"}` per line; `text` may be any JSON value). One row in five
 * (by a stable hash) is held out to calibrate the thresholds. Use it with `portcullis scan --model` or
 * `createScanner({ model: parseModelBundle(text) })`.
 */
export async function runTrainCommand(argv: readonly string[]): Promise<number> {
  let values: { data: string[]; out?: string; seed: string };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string', multiple: true, default: [] },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
      },
    }).values as typeof values;
  } catch (error) {
    process.stderr.write(`portcullis train: ${(error as Error).message}\n`);
    return 1;
  }
  if (values.data.length === 0 || values.out === undefined) {
    process.stderr.write(
      'portcullis train: usage: portcullis train --data FILE.jsonl [--data …] --out MODEL.json\n',
    );
    return 1;
  }
  const rows: { text: unknown; label: 0 | 1; surface: ModelSurface; dev: boolean }[] = [];
  for (const file of values.data) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch (error) {
      process.stderr.write(`portcullis train: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      let row: { text?: unknown; label?: unknown; surface?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        process.stderr.write(`portcullis train: ${file}:${index + 1}: not JSON\n`);
        return 1;
      }
      const surface = (row.surface ?? 'prompt') as ModelSurface;
      if (
        !SURFACES.includes(surface) ||
        (row.label !== 0 && row.label !== 1) ||
        row.text === undefined
      ) {
        process.stderr.write(
          `portcullis train: ${file}:${index + 1}: needs "text", "label" 0 or 1 and a surface of ${SURFACES.join(', ')}\n`,
        );
        return 1;
      }
      rows.push({
        text: row.text,
        label: row.label,
        surface,
        dev: stableHash(`${file}:${index}:${line}`) % 5 === 0,
      });
    }
  }
  const surfaces: Partial<Record<ModelSurface, SurfaceModelV1>> = {};
  for (const surface of SURFACES) {
    const own = rows.filter((row) => row.surface === surface);
    const counts = [0, 1].map((label) => own.filter((row) => row.label === label).length);
    if (counts.some((count) => count < MIN_PER_LABEL)) {
      if (own.length > 0)
        process.stderr.write(
          `portcullis train: ${surface}: skipped, needs at least ${MIN_PER_LABEL} rows of each label\n`,
        );
      continue;
    }
    const toExample = (row: (typeof own)[number]): TrainingExample => ({
      text: classifierText(row.text, row.surface as Surface),
      label: row.label,
    });
    const built = buildSurfaceModel({
      surface,
      train: own.filter((row) => !row.dev).map(toExample),
      dev: own.filter((row) => row.dev).map(toExample),
      trainOptions: { seed: Number(values.seed) },
      trainedOn: { honest: counts[0] as number, attacks: counts[1] as number },
    });
    surfaces[surface] = built.model;
    process.stdout.write(
      `${surface}: ${own.length} rows; held-out TPR ${(built.dev.tprAtBlock * 100).toFixed(1)}% at FPR ${(built.dev.fprAtBlock * 100).toFixed(2)}%\n`,
    );
  }
  if (Object.keys(surfaces).length === 0) {
    process.stderr.write('portcullis train: no surface had enough data; nothing written\n');
    return 1;
  }
  const bundle: ModelBundleV1 = { specificationVersion: 'v1', surfaces };
  writeFileSync(values.out, `${JSON.stringify(bundle)}\n`);
  process.stdout.write(`wrote ${values.out}\n`);
  return 0;
}

// --- internal ---

function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

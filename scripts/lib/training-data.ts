// The examples each surface's model trains and calibrates on: the shared datasets (grouped split), the
// deterministic generator's rows, and any user JSONL with the same fields.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  classifierText,
  type ModelSurface,
  type Surface,
  type TrainingExample,
} from '../../packages/core/src/index.ts';
import { fnv1a, loadDatasets, type Row } from './datasets.ts';

export const MODEL_SURFACES: readonly ModelSurface[] = [
  'prompt',
  'tool_output',
  'tool_description',
];

/** Rows from other surfaces that help a surface's model, and how much each counts. */
const BORROW: Readonly<Record<ModelSurface, Partial<Record<string, number>>>> = {
  prompt: { prompt: 1, tool_output: 0.3 },
  tool_output: { tool_output: 1, prompt: 0.5 },
  tool_description: { tool_description: 1, tool_output: 0.2 },
};

export type LabelledRow = Pick<
  Row,
  'id' | 'text' | 'label' | 'surface' | 'family' | 'source' | 'file' | 'split'
>;

/** Every labelled row: datasets, generated rows and extra JSONL files. */
export async function loadAllRows(
  options: { extra?: readonly string[]; generated?: boolean } = {},
): Promise<LabelledRow[]> {
  const rows: LabelledRow[] = loadDatasets();
  if (options.generated !== false) rows.push(...(await generatedRows()));
  for (const file of options.extra ?? []) rows.push(...readJsonl(file));
  return rows;
}

/** Train and dev examples of one surface's model, leaving out rows whose file matches `exclude`. */
export function examplesFor(
  surface: ModelSurface,
  rows: readonly LabelledRow[],
  exclude?: (row: LabelledRow) => boolean,
): { train: TrainingExample[]; dev: TrainingExample[]; counts: Record<string, number> } {
  const train: TrainingExample[] = [];
  const dev: TrainingExample[] = [];
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const weight = BORROW[surface][row.surface];
    if (weight === undefined || exclude?.(row)) continue;
    // The prompt grammar's rows are many and alike; borrowed by the tool-output model they crowd out its
    // own data (2 points of dev TPR lost), so they train the prompt model only.
    if (row.surface === 'prompt' && surface !== 'prompt' && isGrammarRow(row)) continue;
    const example: TrainingExample = {
      text: classifierText(row.text, row.surface as Surface),
      label: row.label,
      weight,
    };
    if (row.split === 'dev') {
      // Calibration uses the surface's own rows only.
      if (row.surface === surface) dev.push(example);
    } else {
      train.push(example);
      counts[row.file] = (counts[row.file] ?? 0) + 1;
    }
  }
  return { train, dev, counts };
}

// --- internal ---

function isGrammarRow(row: LabelledRow): boolean {
  return row.family.startsWith('grammar/') || row.family.startsWith('negative/grammar/');
}

async function generatedRows(): Promise<LabelledRow[]> {
  const path = resolve(import.meta.dirname, '../generate/index.ts');
  if (!existsSync(path)) return [];
  const { generateRows } = (await import(path)) as {
    generateRows: () => Omit<LabelledRow, 'file' | 'split'>[];
  };
  return generateRows().map((row) => ({
    ...row,
    file: 'generated',
    split: fnv1a(row.id) % 5 === 0 ? 'dev' : 'train',
  }));
}

function readJsonl(file: string): LabelledRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Partial<LabelledRow>;
      const id = String(row.id ?? `${file}:${index}`);
      return {
        id,
        text: row.text,
        label: row.label === 1 ? 1 : 0,
        surface: row.surface ?? 'prompt',
        family: row.family ?? 'user',
        source: row.source ?? file,
        file,
        split: fnv1a(id) % 5 === 0 ? 'dev' : 'train',
      };
    });
}

// Deterministic generator of training data for the statistical classifier (DETECTION.md, point 4).
// Usage: node scripts/generate/index.ts --out FILE [--seed N] [--scale N]
// Same seed and scale => byte-identical JSONL. Rows: {id, text, label, surface, family, source}.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type Draft,
  toolDescriptionAttack,
  toolDescriptionNegative,
  toolOutputAttack,
  toolOutputNegative,
} from './compose.ts';
import { createRng, hash32, textId } from './prng.ts';
import { grammarPromptAttack, grammarPromptNegative } from './prompt-grammar-rows.ts';
import { promptAttack, promptNegative } from './prompts.ts';
import {
  multiPromptNegative,
  multiToolOutputNegative,
  shortPromptNegative,
  shortToolOutputNegative,
  toolDescriptionIntlNegative,
} from './short-negatives.ts';
import {
  grammarToolDescriptionAttack,
  grammarToolDescriptionNegative,
} from './tool-description-grammar-rows.ts';
import { grammarToolOutputAttack, grammarToolOutputNegative } from './tool-output-grammar-rows.ts';

/** One generated training row. */
export type GeneratedRow = {
  id: string;
  text: string;
  label: 0 | 1;
  surface: 'prompt' | 'tool_output' | 'tool_description';
  family: string;
  source: string;
};

/** Options of `generateRows`. */
export type GenerateOptions = { seed?: number; scale?: number };

/**
 * Rows per stream at scale 1: about 8,000 attacks and 8,000 hard negatives, plus 6,800 negatives built
 * from the per-language honest banks (short and multi-sentence texts, non-English tool descriptions).
 * New streams go last, so the rows of the earlier streams do not depend on them.
 */
const STREAMS: readonly (readonly [
  string,
  number,
  (rng: ReturnType<typeof createRng>) => Draft,
])[] = [
  ['tool_output_attack', 5200, toolOutputAttack],
  ['tool_output_negative', 5200, toolOutputNegative],
  ['prompt_attack', 2000, promptAttack],
  ['prompt_negative', 2000, promptNegative],
  ['tool_description_attack', 800, toolDescriptionAttack],
  ['tool_description_negative', 800, toolDescriptionNegative],
  ['prompt_short_negative', 2000, shortPromptNegative],
  ['tool_output_short_negative', 2400, shortToolOutputNegative],
  ['tool_output_multi_negative', 1200, multiToolOutputNegative],
  ['prompt_multi_negative', 600, multiPromptNegative],
  ['tool_description_intl_negative', 600, toolDescriptionIntlNegative],
  ['prompt_grammar_attack', 2800, grammarPromptAttack],
  ['prompt_grammar_negative', 2800, grammarPromptNegative],
  ['tool_output_grammar_attack', 2400, grammarToolOutputAttack],
  ['tool_output_grammar_negative', 3600, grammarToolOutputNegative],
  ['tool_description_grammar_attack', 1500, grammarToolDescriptionAttack],
  ['tool_description_grammar_negative', 2000, grammarToolDescriptionNegative],
];

/**
 * Generates the rows for a seed and scale. Each row is drawn from its own generator (seeded by seed,
 * stream and index), so the output depends only on the options. Exact duplicate texts are dropped and
 * redrawn; a stream stops early if it keeps producing duplicates.
 */
export function generateRows(options: GenerateOptions = {}): GeneratedRow[] {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const seen = new Set<string>();
  const rows: GeneratedRow[] = [];
  for (const [stream, base, make] of STREAMS) {
    const wanted = Math.round(base * scale);
    let made = 0;
    let misses = 0;
    for (let i = 0; made < wanted && misses < wanted + 100; i++) {
      const draft = make(createRng(hash32(`${seed}:${stream}:${i}`)));
      if (seen.has(draft.text)) {
        misses++;
        continue;
      }
      seen.add(draft.text);
      rows.push({ id: `gen-${textId(draft.text)}`, ...draft, source: 'generated' });
      made++;
    }
  }
  return rows;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      scale: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    process.stderr.write(
      'usage: node scripts/generate/index.ts --out FILE [--seed N] [--scale N]\n',
    );
    process.exit(2);
  }
  const rows = generateRows({ seed: Number(values.seed), scale: Number(values.scale) });
  const lines = rows.map((row) =>
    JSON.stringify({
      id: row.id,
      text: row.text,
      label: row.label,
      surface: row.surface,
      family: row.family,
      source: row.source,
    }),
  );
  writeFileSync(values.out, `${lines.join('\n')}\n`);
  const attacks = rows.filter((row) => row.label === 1).length;
  process.stdout.write(
    `wrote ${rows.length} rows (${attacks} attacks, ${rows.length - attacks} negatives) to ${values.out}\n`,
  );
}

if (import.meta.filename === process.argv[1]) main();

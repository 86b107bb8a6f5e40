import type { Surface } from '../spec/surface.ts';
import { collectTextLeaves, LEAF_LIMITS } from '../structure/walk-json.ts';
import { looksLikeJson, safeParseJson } from '../util/safe-parse-json.ts';

const LEAF_SEPARATOR = '\n\n';

/**
 * The text a statistical model reads for an input: a string as it is; a JSON value (or JSON text on a tool
 * surface) as its string leaves joined by blank lines; a tool definition as its compact JSON, so parameter
 * names count too, and a bare tool description as a definition holding only it. Training and scanning both
 * go through this function.
 */
export function classifierText(input: unknown, surface: Surface, maxChars = 1_000_000): string {
  let value = input;
  if (typeof input === 'string') {
    // A bare description is read as the definition it belongs to: the model only ever saw definitions.
    if (surface === 'tool_description' && !looksLikeJson(input))
      return JSON.stringify({ description: input.slice(0, maxChars) }).slice(0, maxChars);
    if (surface === 'prompt' || surface === 'model_output' || !looksLikeJson(input))
      return input.slice(0, maxChars);
    const parsed = safeParseJson(input, maxChars);
    if (!parsed.success) return input.slice(0, maxChars);
    value = parsed.value;
  }
  if (surface === 'tool_description') {
    try {
      return (JSON.stringify(modelReadableFields(value)) ?? '').slice(0, maxChars);
    } catch {
      // Cycles or BigInt: fall back to the leaves.
    }
  }
  return collectTextLeaves(value, { ...LEAF_LIMITS, maxChars })
    .leaves.map((leaf) => leaf.text)
    .join(LEAF_SEPARATOR)
    .slice(0, maxChars);
}

/** The fields of a tool definition that carry language; protocol flags (`execution`, `_meta`, hints) do not. */
const TOOL_TEXT_FIELDS = ['name', 'title', 'description', 'inputSchema', 'outputSchema'] as const;

function modelReadableFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const field of TOOL_TEXT_FIELDS)
    if (record[field] !== undefined) picked[field] = record[field];
  return Object.keys(picked).length === 0 ? value : picked;
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Decision, Scanner, Surface } from '@portcullis/core';
import { SURFACES } from '@portcullis/core';

/** Options of {@link runJsonl}. */
export type RunJsonlOptions = {
  readonly scanner: Scanner;
  readonly defaultSurface: Surface;
  /** Read from this file instead of stdin. */
  readonly file?: string | undefined;
  readonly fails: (decision: Decision) => boolean;
  readonly output?: NodeJS.WritableStream;
};

/**
 * Batch mode: one `{"id","text","surface"}` object per input line, one `{"id","decision","riskScore","findings"}`
 * per output line, in order. Lines are processed one at a time (constant memory); a malformed line yields
 * `{"id":null,"error":"…"}` and the run goes on.
 */
export async function runJsonl({
  scanner,
  defaultSurface,
  file,
  fails,
  output = process.stdout,
}: RunJsonlOptions): Promise<{ failed: boolean }> {
  const input = file === undefined ? process.stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = false;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const record = processLine(scanner, line, defaultSurface);
    if (record.decision !== undefined && fails(record.decision)) failed = true;
    const text = `${JSON.stringify(record)}\n`;
    if (!output.write(text)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { failed };
}

// --- internal ---

type OutputRecord =
  | { id: unknown; decision: Decision; riskScore: number; findings: unknown }
  | { id: unknown; error: string; decision?: undefined };

function processLine(scanner: Scanner, line: string, defaultSurface: Surface): OutputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `malformed JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object with "text"' };
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (!('text' in record)) return { id, error: 'missing field "text"' };
  const surface = record.surface ?? defaultSurface;
  if (typeof surface !== 'string' || !SURFACES.includes(surface as Surface)) {
    return { id, error: `field "surface" must be one of ${SURFACES.join(', ')}` };
  }
  try {
    const result = scanner.scan(record.text, { surface: surface as Surface });
    return {
      id,
      decision: result.decision,
      riskScore: result.riskScore,
      findings: result.findings,
    };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}

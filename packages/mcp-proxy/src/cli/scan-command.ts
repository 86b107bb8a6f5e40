import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  createScanner,
  type Decision,
  type ProfileName,
  parseModelBundle,
  type ScanResult,
  SURFACES,
  type Surface,
} from '@portcullis/core';
import { runJsonl } from './run-jsonl.ts';
import { USAGE } from './usage.ts';

/** `portcullis scan`: scans one input (or a JSONL batch) and sets the exit status from the decision. */
export async function runScanCommand(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`portcullis scan: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const surface = values.surface as Surface;
  if (!SURFACES.includes(surface)) {
    process.stderr.write(`portcullis scan: --surface must be one of ${SURFACES.join(', ')}\n`);
    return 1;
  }
  const failOn = values['fail-on'];
  if (failOn !== 'block' && failOn !== 'review') {
    process.stderr.write('portcullis scan: --fail-on must be block or review\n');
    return 1;
  }
  let scanner: ReturnType<typeof createScanner>;
  try {
    const model = values['no-model']
      ? false
      : values.model === undefined
        ? undefined
        : parseModelBundle(readFileSync(values.model, 'utf8'));
    scanner = createScanner({
      ...(values.profile === undefined ? {} : { profile: values.profile as ProfileName }),
      ...(model === undefined ? {} : { model }),
    });
  } catch (error) {
    process.stderr.write(`portcullis scan: ${(error as Error).message}\n`);
    return 1;
  }
  const fails = (decision: Decision): boolean =>
    decision === 'block' || (failOn === 'review' && decision === 'review');

  if (values.jsonl) {
    const { failed } = await runJsonl({
      scanner,
      defaultSurface: surface,
      file: values.file,
      fails,
    });
    return failed ? 2 : 0;
  }

  let input: string;
  try {
    input =
      positionals.length > 0
        ? positionals.join(' ')
        : values.file !== undefined
          ? readFileSync(values.file, 'utf8')
          : await readStdin();
  } catch (error) {
    process.stderr.write(`portcullis scan: cannot read input: ${(error as Error).message}\n`);
    return 1;
  }
  const result = scanner.scan(input, { surface });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
  return fails(result.decision) ? 2 : 0;
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      surface: { type: 'string', default: 'prompt' },
      profile: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      'fail-on': { type: 'string', default: 'block' },
      model: { type: 'string' },
      'no-model': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new Error('no input: pass TEXT, --file PATH or pipe text on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function formatResult(result: ScanResult): string {
  const lines = [
    `${result.decision.toUpperCase()}  risk ${result.riskScore.toFixed(2)}  (${result.surface})`,
  ];
  for (const finding of result.findings) {
    const where = finding.path === undefined ? '' : ` at ${finding.path}`;
    lines.push(
      `  - [${finding.severity}] ${finding.category}/${finding.subcategory}${where}: ${finding.message}`,
    );
    if (finding.evidence !== '') lines.push(`      evidence: ${JSON.stringify(finding.evidence)}`);
    lines.push(`      why: ${finding.explanation}`);
  }
  return `${lines.join('\n')}\n`;
}

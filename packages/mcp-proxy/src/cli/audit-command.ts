import { parseArgs } from 'node:util';
import {
  AUDIT_EXPORT_FORMATS,
  type AuditExportFormat,
  type AuditProblem,
  exportAuditRecords,
  readAuditFile,
  type VerifyAuditResult,
  verifyAuditFile,
} from '@portcullis/core';

/** The text of `portcullis audit --help`. */
export const AUDIT_USAGE = `Usage: portcullis audit <verify|export> FILE [options]

  verify FILE            Check an audit file's hash chain; name every edited, removed,
                         inserted or reordered record by line and seq
  export FILE            Print the file's records in another format

Options:
  --json                 verify: print the whole result as JSON
  --format FORMAT        export: ndjson (default) | cloudevents | siem (CEF lines)
  --source URI           export: CloudEvents source (default portcullis://guard)

Exit status:
  0  intact (a line torn by a crash is reported but is not tampering) / exported
  1  verify found problems
  2  usage error, or the file cannot be read
`;

/**
 * `portcullis audit verify FILE [--json]` and `portcullis audit export FILE --format FORMAT`.
 * Exit status: 0 intact or exported, 1 problems found, 2 usage or read error.
 */
export async function runAuditCommand(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`portcullis audit: ${(error as Error).message}\n\n${AUDIT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, file, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(AUDIT_USAGE);
    return 0;
  }
  if ((action !== 'verify' && action !== 'export') || file === undefined || extra.length > 0) {
    process.stderr.write(
      `portcullis audit: expected "verify FILE" or "export FILE"\n\n${AUDIT_USAGE}`,
    );
    return 2;
  }
  try {
    return action === 'verify'
      ? await verify(file, values.json)
      : await exportFile(file, values.format, values.source);
  } catch (error) {
    process.stderr.write(`portcullis audit ${action}: ${(error as Error).message}\n`);
    return 2;
  }
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      format: { type: 'string', default: 'ndjson' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function verify(file: string, json: boolean): Promise<number> {
  const result = await verifyAuditFile(file);
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(file, result));
  return result.ok ? 0 : 1;
}

async function exportFile(
  file: string,
  format: string,
  source: string | undefined,
): Promise<number> {
  if (!(AUDIT_EXPORT_FORMATS as readonly string[]).includes(format)) {
    process.stderr.write(
      `portcullis audit export: --format must be one of ${AUDIT_EXPORT_FORMATS.join(', ')}\n`,
    );
    return 2;
  }
  const { records, skippedLines } = await readAuditFile(file);
  if (skippedLines.length > 0) {
    process.stderr.write(
      `portcullis audit export: skipped ${skippedLines.length} line(s) that are not records (${skippedLines
        .slice(0, 10)
        .join(', ')}${skippedLines.length > 10 ? ', …' : ''}); run \`portcullis audit verify\`\n`,
    );
  }
  process.stdout.write(
    exportAuditRecords({
      records,
      format: format as AuditExportFormat,
      ...(source === undefined ? {} : { source }),
    }),
  );
  return 0;
}

function formatResult(file: string, result: VerifyAuditResult): string {
  const tampering = result.problems.filter((problem) => problem.kind !== 'truncated_tail');
  const warnings = result.problems.filter((problem) => problem.kind === 'truncated_tail');
  const head = `last seq ${result.lastSeq}, hash ${result.lastHash}`;
  const lines = result.ok
    ? [`OK  ${file}: ${result.records} records, chain intact (${head})`]
    : [
        `TAMPERED  ${file}: ${tampering.length} problem(s) in ${result.records} records (${head})`,
        ...tampering.map(formatProblem),
      ];
  if (warnings.length > 0) {
    lines.push(`warning: ${warnings.length} line(s) torn by a crash (not tampering):`);
    lines.push(...warnings.map(formatProblem));
  }
  return `${lines.join('\n')}\n`;
}

function formatProblem(problem: AuditProblem): string {
  const seq = problem.seq === undefined ? '' : ` seq ${problem.seq}`;
  return `  line ${problem.line}${seq}: ${problem.kind}: ${problem.message}`;
}

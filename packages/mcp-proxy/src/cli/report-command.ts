import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGuard } from '@portcullis/core';
import { loadCliConfig } from './proxy-setup.ts';

const REPORT_USAGE = `Usage: portcullis report --session ID [--config FILE] [--state PATH] [--tenant ID] [--out FILE]

Writes one self-contained HTML page for a session: decision and risk over time, each finding with its
evidence and explanation, the policies that fired and the redacted transcript. Sessions live in the guard's
state store: the config's \`storage\`, or --state (a SQLite file; default ~/.portcullis/state.db, as the proxy).

  --session ID   the session to report (required)
  --out FILE     where to write the page (default: portcullis-report-<session>.html)
`;

/** `portcullis report --session ID`: writes the session's HTML report and prints where. */
export async function runReportCommand(argv: readonly string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    process.stderr.write(`portcullis report: ${(error as Error).message}\n\n${REPORT_USAGE}`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  const session = values.session;
  if (session === undefined || session === '') {
    process.stderr.write(`portcullis report: --session is required\n\n${REPORT_USAGE}`);
    return 1;
  }
  try {
    const config = await loadCliConfig({ configPath: values.config, statePath: values.state });
    const guard = createGuard(config, { model: false });
    try {
      const context = values.tenant === undefined ? {} : { tenantId: values.tenant };
      if ((await guard.sessionRisk(session, context)) === undefined) {
        process.stderr.write(`portcullis report: no session "${session}" in the state store\n`);
        return 1;
      }
      const html = await guard.report(session, context);
      const out = resolve(
        values.out ?? `portcullis-report-${session.replace(/[^\w.-]/g, '_')}.html`,
      );
      await writeFile(out, html);
      process.stdout.write(`${out}\n`);
      return 0;
    } finally {
      await guard.close();
    }
  } catch (error) {
    process.stderr.write(`portcullis report: ${(error as Error).message}\n`);
    return 1;
  }
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      session: { type: 'string' },
      config: { type: 'string' },
      state: { type: 'string' },
      tenant: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
}

import { parseArgs } from 'node:util';
import { createProxy } from '../proxy/create-proxy.ts';
import type { TrustReport } from '../proxy/trust-score.ts';
import type { UpstreamStatus } from '../proxy/upstream.ts';
import { loadCliConfig, openCliGuard } from './proxy-setup.ts';
import { PROXY_USAGE } from './proxy-usage.ts';

/**
 * `portcullis trust`: connects to every server of the config (or the one after `--`), scans and pins its
 * tool definitions and prints its trust score signal by signal.
 */
export async function runTrustCommand(argv: readonly string[]): Promise<number> {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const command = split === -1 ? undefined : argv.slice(split + 1);
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(own));
  } catch (error) {
    process.stderr.write(`portcullis trust: ${(error as Error).message}\n\n${PROXY_USAGE}`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(PROXY_USAGE);
    return 0;
  }
  const failBelow = values['fail-below'] === undefined ? undefined : Number(values['fail-below']);
  if (failBelow !== undefined && !(failBelow >= 0 && failBelow <= 100)) {
    process.stderr.write('portcullis trust: --fail-below must be a number from 0 to 100\n');
    return 1;
  }
  const connectMs =
    values['connect-timeout'] === undefined ? 30_000 : Number(values['connect-timeout']);
  if (!(connectMs > 0)) {
    process.stderr.write(
      'portcullis trust: --connect-timeout must be a positive number of milliseconds\n',
    );
    return 1;
  }
  let reports: TrustReport[];
  let status: UpstreamStatus[];
  try {
    const config = await loadCliConfig({
      configPath: values.config,
      statePath: values.state,
      command,
      serverName: values.name,
    });
    const guard = await openCliGuard(config);
    const proxy = createProxy({
      config,
      guard,
      timeouts: { connectMs },
      // One attempt is enough for a report: a server that does not start is reported as such.
      restart: { maxRestarts: 0 },
    });
    try {
      reports = await proxy.assessTrust();
      status = proxy.status();
    } finally {
      await proxy.close();
      await guard.close();
    }
  } catch (error) {
    process.stderr.write(`portcullis trust: ${(error as Error).message}\n`);
    return 1;
  }
  const rows = reports.map((report) => ({
    ...report,
    state: status.find((item) => item.name === report.server),
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const row of rows) {
      const ready = row.state?.state === 'ready';
      lines.push(
        ready
          ? `${row.server}  ${row.score}/100  (${row.state?.tools ?? 0} tools)`
          : `${row.server}  not scored: ${row.state?.reason ?? 'did not start'}`,
      );
      if (!ready) continue;
      for (const signal of row.signals) {
        const points = signal.cap === undefined ? signedPoints(signal.points) : `cap ${signal.cap}`;
        lines.push(`  ${points.padStart(7)}  ${signal.id}: ${signal.detail}`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const failing = rows.filter(
    (row) => failBelow !== undefined && (row.state?.state !== 'ready' || row.score < failBelow),
  );
  return failing.length > 0 ? 2 : 0;
}

// --- internal ---

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      state: { type: 'string' },
      name: { type: 'string' },
      json: { type: 'boolean', default: false },
      'fail-below': { type: 'string' },
      'connect-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : points === 0 ? '±0' : String(points);
}

import { runAuditCommand } from './cli/audit-command.ts';
import { runPinsCommand } from './cli/pins-command.ts';
import { runProxyCommand } from './cli/proxy-command.ts';
import { runReportCommand } from './cli/report-command.ts';
import { runScanCommand } from './cli/scan-command.ts';
import { runTrainCommand } from './cli/train-command.ts';
import { runTrustCommand } from './cli/trust-command.ts';
import { USAGE } from './cli/usage.ts';
import { runServeCommand } from './serve/serve-command.ts';

/**
 * Entry point of the `portcullis` command. Returns the process exit status instead of exiting, so it can be
 * tested and embedded.
 *
 * Exit status: 0 allowed (or reviewed), 2 blocked (see `portcullis scan --help`), 1 usage or runtime error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScanCommand(rest);
    case 'train':
      return runTrainCommand(rest);
    case 'audit':
      return runAuditCommand(rest);
    case 'proxy':
      return runProxyCommand(rest);
    case 'pins':
      return runPinsCommand(rest);
    case 'trust':
      return runTrustCommand(rest);
    case 'report':
      return runReportCommand(rest);
    case 'serve':
      return runServeCommand(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`portcullis: unknown command "${command}"\n\n${USAGE}`);
      return 1;
  }
}

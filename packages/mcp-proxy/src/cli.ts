import { USAGE } from './cli/usage.ts';

/**
 * Entry point of the `portcullis` command. Returns the process exit status instead of exiting, so it can be
 * tested and embedded.
 *
 * Exit status: 0 allowed (or reviewed), 2 blocked (see `portcullis scan --help`), 1 usage or runtime error.
 * Each command's module is loaded when it runs: `portcullis scan` in a hook or a CI step does not pay for
 * the MCP SDK, the HTTP service and their dependencies.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return (await import('./cli/scan-command.ts')).runScanCommand(rest);
    case 'train':
      return (await import('./cli/train-command.ts')).runTrainCommand(rest);
    case 'audit':
      return (await import('./cli/audit-command.ts')).runAuditCommand(rest);
    case 'proxy':
      return (await import('./cli/proxy-command.ts')).runProxyCommand(rest);
    case 'pins':
      return (await import('./cli/pins-command.ts')).runPinsCommand(rest);
    case 'trust':
      return (await import('./cli/trust-command.ts')).runTrustCommand(rest);
    case 'report':
      return (await import('./cli/report-command.ts')).runReportCommand(rest);
    case 'serve':
      return (await import('./serve/serve-command.ts')).runServeCommand(rest);
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

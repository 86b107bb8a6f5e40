import type { GuardLogger } from '@portcullis/core';
import { type Logger, pino } from 'pino';

/**
 * The CLI's logger: pino writing JSON lines to standard error (standard output carries MCP protocol messages
 * under `portcullis proxy`). Level from `PORTCULLIS_LOG_LEVEL` (default `info`: blocks and reviews are
 * logged, allowed events are `debug`). Credentials are censored wherever they appear in a logged object; the
 * guard itself never logs content or evidence.
 */
export function createCliLogger(name: string): Logger & GuardLogger {
  return pino(
    {
      name,
      level: process.env.PORTCULLIS_LOG_LEVEL ?? 'info',
      redact: {
        paths: [
          'headers.authorization',
          'headers["x-api-key"]',
          '*.headers.authorization',
          '*.headers["x-api-key"]',
          '*.apiKey',
          '*.key',
          '*.token',
          '*.password',
          '*.secret',
        ],
        censor: '[REDACTED]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

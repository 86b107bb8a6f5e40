import { ErrorCode } from './error-code.ts';
import { PortcullisError } from './portcullis-error.ts';

/**
 * Builds the error for a bad option. The message names the field path, so the user knows what to fix.
 *
 * @example
 * throw invalidConfig(['thresholds', 'block'], 'must be within [0, 1]');
 */
export function invalidConfig(
  path: readonly (string | number)[],
  expected: string,
): PortcullisError {
  const where = path.length === 0 ? '(root)' : path.join('.');
  return new PortcullisError({
    code: ErrorCode.InvalidConfig,
    message: `invalid config at ${where}: ${expected}`,
    data: { path, expected },
  });
}

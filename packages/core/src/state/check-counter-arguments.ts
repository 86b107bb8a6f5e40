import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';

/**
 * Checks the arguments of `CounterStore.incr` before they reach SQL or Redis. Redis `INCRBY` only
 * takes integers and `PEXPIRE` only positive integers, so the shared backends refuse anything else rather
 * than silently rounding a rate limit.
 *
 * @throws {PortcullisError} `INVALID_INPUT` when `ttlMs` is not a positive finite number or `by` is not a
 * safe integer.
 */
export function checkCounterArguments({
  store,
  ttlMs,
  by,
}: {
  store: string;
  ttlMs: number;
  by: number;
}): void {
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) {
    throw new PortcullisError({
      code: ErrorCode.InvalidInput,
      message: `[${store}] counter ttlMs must be a positive number of milliseconds, got ${ttlMs}`,
    });
  }
  if (!Number.isSafeInteger(by)) {
    throw new PortcullisError({
      code: ErrorCode.InvalidInput,
      message: `[${store}] counter increment must be a safe integer, got ${by}`,
    });
  }
}

/** How a failed upstream is restarted. */
export type RestartOptions = {
  /** Delay before the first restart, in ms. Default 500. */
  readonly initialDelayMs?: number;
  /** Longest delay between restarts, in ms. Default 30 000. */
  readonly maxDelayMs?: number;
  /** Restarts after which the proxy gives up on the server. Default: never gives up. */
  readonly maxRestarts?: number;
  /** A connection that lasted this long resets the backoff, in ms. Default 30 000. */
  readonly stableAfterMs?: number;
};

/** Restart options with every default filled in. */
export type ResolvedRestartOptions = Required<RestartOptions>;

/** Fills in the defaults of {@link RestartOptions}. */
export function resolveRestartOptions(options: RestartOptions = {}): ResolvedRestartOptions {
  return {
    initialDelayMs: options.initialDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    maxRestarts: options.maxRestarts ?? Number.POSITIVE_INFINITY,
    stableAfterMs: options.stableAfterMs ?? 30_000,
  };
}

/** Exponential backoff: the delay before restart number `failures + 1`, doubling up to the maximum. */
export function backoffDelay(failures: number, options: ResolvedRestartOptions): number {
  return Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.min(failures, 30));
}

import { randomUUID } from 'node:crypto';
import type { Guard, GuardEvent } from '@portcullis/core';

/** What `/readyz` reports. */
export type Readiness = {
  readonly status: 'starting' | 'ready' | 'stopping';
  /** Why the last warm-up failed, while starting. */
  readonly error?: string;
};

/** The warm-up of a guard and the readiness it decides. */
export type WarmUp = {
  /** The session the warm-up inspects under (never a caller's). */
  readonly sessionId: string;
  readiness(): Readiness;
  /** Resolves once a warm-up completed. */
  whenReady(): Promise<void>;
  /** Stops retrying and reports `stopping`. */
  stop(): void;
};

const EVENTS: readonly GuardEvent[] = [
  { surface: 'prompt', text: 'Warm-up: summarise the release notes for the team.' },
  { surface: 'tool_output', name: 'warmup', output: { body: 'Warm-up: the weather is mild.' } },
];

/**
 * Starts warming the guard up: ready once it answered a real prompt and tool-output inspection (its
 * models are loaded, its stores reachable). A verdict carrying an error (stores unreachable: the guard
 * failed closed) is not ready; the warm-up is retried every `retryMs` until it succeeds or is stopped.
 *
 * @example
 * const warmUp = startWarmUp({ guard });
 * await warmUp.whenReady();
 * warmUp.readiness(); // { status: 'ready' }
 */
export function startWarmUp({ guard, retryMs = 2000 }: { guard: Guard; retryMs?: number }): WarmUp {
  const sessionId = `portcullis-warmup-${randomUUID()}`;
  let readiness: Readiness = { status: 'starting' };
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const attempt = async (): Promise<void> => {
    try {
      for (const event of EVENTS) {
        const verdict = await guard.inspect(event, { sessionId });
        if (verdict.error !== undefined) throw new Error(verdict.error.message);
      }
      if (stopped) return;
      readiness = { status: 'ready' };
      markReady();
    } catch (error) {
      if (stopped) return;
      readiness = { status: 'starting', error: (error as Error)?.message ?? String(error) };
      retry = setTimeout(() => void attempt(), retryMs);
      retry.unref();
    }
  };
  void attempt();
  return {
    sessionId,
    readiness: () => readiness,
    whenReady: () => ready,
    stop() {
      stopped = true;
      readiness = { status: 'stopping' };
      if (retry !== undefined) clearTimeout(retry);
    },
  };
}

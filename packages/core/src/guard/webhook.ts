import type { GuardEventEmitter } from './event-emitter.ts';
import { matchesGlob } from './glob.ts';

/** Where alerts are POSTed. */
export type WebhookTarget = {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Per attempt; default 5,000 ms. */
  readonly timeoutMs?: number;
  /** Attempts after the first; default 3. */
  readonly retries?: number;
};

/**
 * POSTs a JSON body with a timeout per attempt and exponential backoff between attempts (0.5 s, 1 s, 2 s…).
 * Resolves with the outcome; never throws. Callers run it off the request path.
 */
export async function postWebhook(
  target: WebhookTarget,
  body: unknown,
  { backoffMs = 500 }: { backoffMs?: number } = {},
): Promise<{ ok: boolean; attempts: number; status?: number; error?: string }> {
  const retries = target.retries ?? 3;
  let lastError = '';
  let status: number | undefined;
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    if (attempt > 0)
      await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 1)));
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/cloudevents+json', ...target.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(target.timeoutMs ?? 5000),
      });
      status = response.status;
      await response.body?.cancel();
      if (response.ok) return { ok: true, attempts: attempt + 1, status };
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error)?.message ?? String(error);
    }
  }
  return {
    ok: false,
    attempts: retries + 1,
    ...(status === undefined ? {} : { status }),
    error: lastError,
  };
}

/** A delivery that failed for good, as audited. */
export type WebhookFailure = {
  readonly url: string;
  readonly event: string;
  readonly eventType: string;
  readonly attempts: number;
  readonly status?: number;
  readonly error?: string;
};

/**
 * Sends every event whose type matches a webhook's `types` (globs; all when absent, never `error`) to that
 * webhook, off the request path; `failed` hears of deliveries that failed after every retry.
 */
export function forwardToWebhooks({
  emitter,
  webhooks,
  failed,
}: {
  emitter: GuardEventEmitter;
  webhooks: readonly (WebhookTarget & { readonly types?: readonly string[] | undefined })[];
  failed: (failure: WebhookFailure) => void;
}): void {
  for (const webhook of webhooks) {
    emitter.on('*', (event) => {
      if (event.type === 'error') return;
      if (
        webhook.types !== undefined &&
        !webhook.types.some((type) => matchesGlob(type, event.type))
      )
        return;
      void postWebhook(webhook, event).then((outcome) => {
        if (outcome.ok) return;
        failed({
          url: webhook.url,
          event: event.id,
          eventType: event.type,
          attempts: outcome.attempts,
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.error === undefined ? {} : { error: outcome.error }),
        });
      });
    });
  }
}

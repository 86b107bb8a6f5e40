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

/** A CloudEvents 1.0 envelope, as sent to listeners and webhooks. */
export type GuardCloudEvent = {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  /** e.g. `dev.portcullis.verdict`, `dev.portcullis.policy.violation`, `security.intrusion_detected`. */
  readonly type: string;
  readonly time: string;
  readonly subject?: string;
  readonly datacontenttype: 'application/json';
  readonly data: unknown;
};

/** A listener; errors it throws are swallowed (reported to `error` listeners). */
export type GuardListener = (event: GuardCloudEvent) => void | Promise<void>;

/** In-process listeners by event type (`*` for all). Delivery is asynchronous, never on the request path. */
export class GuardEventEmitter {
  readonly #listeners = new Map<string, Set<GuardListener>>();
  readonly #source: string;

  constructor(source = 'portcullis://guard') {
    this.#source = source;
  }

  /** Adds a listener; returns the function that removes it. */
  on(type: string, listener: GuardListener): () => void {
    let set = this.#listeners.get(type);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** True when someone listens to `type` (or to everything). */
  has(type: string): boolean {
    return (this.#listeners.get(type)?.size ?? 0) > 0 || (this.#listeners.get('*')?.size ?? 0) > 0;
  }

  /** Wraps data in a CloudEvents 1.0 envelope. */
  envelope(type: string, data: unknown, subject?: string): GuardCloudEvent {
    return {
      specversion: '1.0',
      id: crypto.randomUUID(),
      source: this.#source,
      type,
      time: new Date().toISOString(),
      ...(subject === undefined ? {} : { subject }),
      datacontenttype: 'application/json',
      data,
    };
  }

  emit(type: string, data: unknown, subject?: string): void {
    if (!this.has(type)) return;
    const event = this.envelope(type, data, subject);
    const targets = [...(this.#listeners.get(type) ?? []), ...(this.#listeners.get('*') ?? [])];
    queueMicrotask(() => {
      for (const listener of targets) {
        try {
          const result = listener(event);
          if (result instanceof Promise) result.catch((error) => this.#failed(type, error));
        } catch (error) {
          this.#failed(type, error);
        }
      }
    });
  }

  #failed(type: string, error: unknown): void {
    if (type === 'error') return;
    this.emit('error', { message: `listener of ${type} failed: ${(error as Error)?.message}` });
  }
}

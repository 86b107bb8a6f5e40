/**
 * A CloudEvents 1.0 event in structured JSON form. Extension attributes (lower-case letters and digits,
 * e.g. `sequence`, `portcullishash`) sit beside the context attributes.
 */
export type CloudEvent = {
  readonly specversion: '1.0';
  readonly id: string;
  /** A URI reference naming the producer, e.g. `portcullis://guard`. */
  readonly source: string;
  /** Reverse-DNS event type, e.g. `dev.portcullis.audit.verdict`. */
  readonly type: string;
  /** RFC 3339 time. */
  readonly time: string;
  readonly datacontenttype: 'application/json';
  /** What the event is about inside the source: here the session id. */
  readonly subject?: string;
  readonly data: unknown;
  readonly [extension: string]: unknown;
};

/** Options of {@link toCloudEvent}. */
export type ToCloudEventOptions = {
  readonly type: string;
  /** Default `portcullis://guard`. */
  readonly source?: string;
  readonly subject?: string;
  readonly data: unknown;
  /** Default: a random UUID. */
  readonly id?: string;
  /** A `Date`, ms since the epoch or an ISO string. Default: now. */
  readonly time?: Date | number | string;
  /** Extension attributes; names must be 1–20 lower-case letters or digits. */
  readonly extensions?: Readonly<Record<string, string | number | boolean>>;
};

/** The default `source` of Portcullis events. */
export const DEFAULT_EVENT_SOURCE = 'portcullis://guard';

const EXTENSION_NAME = /^[a-z0-9]{1,20}$/;
const RESERVED = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'datacontenttype',
  'dataschema',
  'subject',
  'data',
  'data_base64',
]);

/**
 * Wraps `data` in a CloudEvents 1.0 envelope (structured JSON mode), for listeners, webhooks and exports.
 * Extensions with invalid or reserved names are dropped rather than producing an event receivers reject.
 *
 * @example
 * toCloudEvent({ type: 'security.intrusion_detected', subject: 'session-1', data: { category: 'ssrf' } });
 * // → { specversion: '1.0', id: '…', source: 'portcullis://guard', type: 'security.intrusion_detected',
 * //     time: '2026-…Z', datacontenttype: 'application/json', subject: 'session-1', data: { … } }
 */
export function toCloudEvent({
  type,
  source = DEFAULT_EVENT_SOURCE,
  subject,
  data,
  id = globalThis.crypto.randomUUID(),
  time = Date.now(),
  extensions = {},
}: ToCloudEventOptions): CloudEvent {
  const event: Record<string, unknown> = {
    specversion: '1.0',
    id,
    source,
    type,
    time: toIsoTime(time),
    datacontenttype: 'application/json',
    ...(subject === undefined ? {} : { subject }),
  };
  for (const [name, value] of Object.entries(extensions)) {
    if (EXTENSION_NAME.test(name) && !RESERVED.has(name)) event[name] = value;
  }
  event.data = data;
  return event as CloudEvent;
}

// --- internal ---

function toIsoTime(time: Date | number | string): string {
  const date = time instanceof Date ? time : new Date(time);
  // An unparseable time must not make the event invalid: fall back to now.
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

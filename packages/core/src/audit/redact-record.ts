import { detectPii } from '../detectors/pii/index.ts';
import { type RedactionSpan, redact } from '../detectors/redaction/index.ts';
import { detectSecrets } from '../detectors/secrets/index.ts';
import type { AuditEntry } from '../guard/audit-sink.ts';

/** Bounds of {@link redactRecord}; every one keeps the work and the output proportional to the limit. */
export type RedactRecordOptions = {
  /** Nesting deeper than this is replaced by a marker. Default 32. */
  readonly maxDepth?: number;
  /** Longer strings are cut (before redaction) and marked. Default 32 768 characters. */
  readonly maxStringLength?: number;
  /** Array items and object keys kept per container; the rest are counted in a marker. Default 1 000. */
  readonly maxItems?: number;
  /** Values visited in total; past it every value becomes a marker. Default 20 000. */
  readonly maxNodes?: number;
};

/** The marker that replaces a string the detectors could not scan (fail closed: never write it in clear). */
export const UNSCANNABLE_MARKER = '[REDACTED:unscannable]';

/**
 * A plain-JSON copy of `value` with every secret and piece of personal data masked as `[REDACTED:<kind>]`:
 * each string (object keys included) passes through the secret and PII detectors and `redact`, and so do
 * long integers (a card number stored as a number). Findings' `evidence` is already masked by the detectors
 * and goes through again like any other string.
 *
 * Never throws and stays bounded: cycles, unreadable properties, `bigint`s, `Map`s, `Set`s and `toJSON`
 * objects are turned into JSON; depth, string length, container size and the total number of values are
 * capped with visible `[truncated …]` markers. A string cut at the length limit also loses its last partial
 * token, so half a secret cut at the limit cannot slip past the detectors.
 *
 * @example
 * redactRecord({ note: 'key AKIAZ7QXW3RTY2PLM4NB' }); // → { note: 'key [REDACTED:aws_access_key]' }
 */
export function redactRecord(value: unknown, options: RedactRecordOptions = {}): unknown {
  const walker = new Walker(options);
  try {
    return walker.visit(value, 0);
  } catch {
    // Fail closed: whatever went wrong, nothing unredacted is returned.
    return UNSCANNABLE_MARKER;
  }
}

/**
 * An audit entry with `data`, `actor`, `sessionId` and `tenantId` redacted by {@link redactRecord};
 * `type` and `timestamp` are kept (a non-finite timestamp becomes 0, so the record stays valid JSON).
 */
export function redactAuditEntry(entry: AuditEntry, options: RedactRecordOptions = {}): AuditEntry {
  const text = (field: string | undefined): string | undefined => {
    if (field === undefined) return undefined;
    const redacted = redactRecord(String(field), options);
    return typeof redacted === 'string' ? redacted : UNSCANNABLE_MARKER;
  };
  const sessionId = text(entry.sessionId);
  const tenantId = text(entry.tenantId);
  const actor = text(entry.actor);
  return {
    type: String(entry.type),
    timestamp: Number.isFinite(entry.timestamp) ? entry.timestamp : 0,
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(tenantId === undefined ? {} : { tenantId }),
    ...(actor === undefined ? {} : { actor }),
    data: redactRecord(entry.data, options),
  };
}

// --- internal ---

/** Masks secrets and personal data in one string (no length limit; callers bound it). */
function redactText(text: string): string {
  try {
    const spans: RedactionSpan[] = [...detectSecrets(text), ...detectPii(text)];
    return spans.length === 0 ? text : redact(text, spans);
  } catch {
    return UNSCANNABLE_MARKER;
  }
}

/** Integers at least this long may be card, phone or account numbers. */
const MIN_SENSITIVE_DIGITS = 8;
/** How much of the end of a cut string may be a partial token that is dropped. */
const CUT_TOKEN_LENGTH = 256;

class Walker {
  readonly #maxDepth: number;
  readonly #maxStringLength: number;
  readonly #maxItems: number;
  #budget: number;
  readonly #ancestors = new Set<object>();

  constructor({
    maxDepth = 32,
    maxStringLength = 32_768,
    maxItems = 1_000,
    maxNodes = 20_000,
  }: RedactRecordOptions) {
    this.#maxDepth = positive(maxDepth, 32);
    this.#maxStringLength = positive(maxStringLength, 32_768);
    this.#maxItems = positive(maxItems, 1_000);
    this.#budget = positive(maxNodes, 20_000);
  }

  visit(value: unknown, depth: number): unknown {
    if (this.#budget-- <= 0) return '[truncated: too many values]';
    switch (typeof value) {
      case 'string':
        return this.#string(value);
      case 'number':
        return this.#number(value);
      case 'boolean':
        return value;
      case 'bigint':
        return this.#string(value.toString());
      case 'object':
        return value === null ? null : this.#object(value, depth);
      default:
        // undefined, functions and symbols have no JSON form.
        return undefined;
    }
  }

  #string(value: string): string {
    if (value.length <= this.#maxStringLength) return redactText(value);
    let cut = value.slice(0, this.#maxStringLength);
    const tail = cut.slice(-CUT_TOKEN_LENGTH);
    const lastSpace = tail.search(/\s\S*$/);
    cut = cut.slice(0, cut.length - tail.length + Math.max(lastSpace, 0));
    return `${redactText(cut)}…[truncated ${value.length - cut.length} chars]`;
  }

  #number(value: number): number | string | null {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value) && Math.abs(value) >= 10 ** (MIN_SENSITIVE_DIGITS - 1)) {
      const text = String(value);
      const redacted = redactText(text);
      if (redacted !== text) return redacted;
    }
    return value;
  }

  #object(value: object, depth: number): unknown {
    if (this.#ancestors.has(value)) return '[circular]';
    if (depth >= this.#maxDepth) return '[truncated: too deep]';
    const toJson = read(value, 'toJSON');
    if (typeof toJson === 'function') {
      let json: unknown;
      try {
        json = toJson.call(value);
      } catch {
        return '[unreadable]';
      }
      if (json !== value) return this.#nested(value, () => this.visit(json, depth + 1));
    }
    if (value instanceof Map) return this.#nested(value, () => this.#entries([...value], depth));
    if (value instanceof Set) return this.#nested(value, () => this.#array([...value], depth));
    if (value instanceof Error) {
      return this.#nested(value, () =>
        this.#entries(
          [
            ['name', value.name],
            ['message', value.message],
          ],
          depth,
        ),
      );
    }
    if (Array.isArray(value)) return this.#nested(value, () => this.#array(value, depth));
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch {
      return '[unreadable]';
    }
    return this.#nested(value, () =>
      this.#entries(
        keys.slice(0, this.#maxItems + 1).map((key) => [key, read(value, key)]),
        depth,
        keys.length,
      ),
    );
  }

  #nested<T>(value: object, walk: () => T): T {
    this.#ancestors.add(value);
    try {
      return walk();
    } finally {
      this.#ancestors.delete(value);
    }
  }

  #array(items: readonly unknown[], depth: number): unknown[] {
    const length = items.length;
    const result: unknown[] = [];
    for (let index = 0; index < Math.min(length, this.#maxItems); index++) {
      const item = this.visit(items[index], depth + 1);
      result.push(item === undefined ? null : item);
    }
    if (length > this.#maxItems) result.push(`[truncated: ${length - this.#maxItems} more items]`);
    return result;
  }

  #entries(
    entries: readonly (readonly [unknown, unknown])[],
    depth: number,
    total: number = entries.length,
  ): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    let kept = 0;
    for (const [rawKey, rawValue] of entries) {
      if (kept >= this.#maxItems) break;
      const item = this.visit(rawValue, depth + 1);
      if (item === undefined) continue;
      kept++;
      const base = this.#string(typeof rawKey === 'string' ? rawKey : String(rawKey));
      // Two keys may redact to the same marker; number the later ones instead of losing their values.
      let key = base;
      for (let suffix = 2; Object.hasOwn(result, key); suffix++) key = `${base}#${suffix}`;
      // defineProperty, not assignment: a `__proto__` key must stay data, not change the prototype.
      Object.defineProperty(result, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (total > this.#maxItems) result['[truncated]'] = `${total - this.#maxItems} more keys`;
    return result;
  }
}

/** Reads a property; a getter or proxy trap that throws yields a marker instead. */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return '[unreadable]';
  }
}

function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

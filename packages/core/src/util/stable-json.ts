const MAX_DEPTH = 64;

/**
 * JSON with object keys sorted, so two equal values give the same text whatever their key order. Cycles and
 * values deeper than 64 levels are cut, never thrown on: tool outputs are untrusted.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sorted(value, 0, new WeakSet())) ?? 'undefined';
}

// --- internal ---

function sorted(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[cut]';
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (value instanceof URL) return value.href;
  if (value instanceof Date) return value.toISOString();
  seen.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map((item) => sorted(item, depth + 1, seen));
  } else {
    const entries = Object.keys(value)
      .sort()
      .map(
        (key) => [key, sorted((value as Record<string, unknown>)[key], depth + 1, seen)] as const,
      );
    result = Object.fromEntries(entries);
  }
  seen.delete(value);
  return result;
}

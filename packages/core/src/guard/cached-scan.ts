import type { Scanner, ScanResult } from '../scanner/create-scanner.ts';
import { BoundedMap } from '../util/bounded-map.ts';
import { stableJson } from '../util/stable-json.ts';
import type { GuardEvent } from './events.ts';

/** Texts longer than this are scanned every time (caching them would hold too much memory). */
const CACHE_TEXT_LIMIT = 32_768;
const SCAN_CACHE_TTL_MS = 600_000;

/**
 * Scans an event's content, answering repeated texts and tool definitions (a `tools/list` seen again, the
 * same retrieved page) from a small LRU cache with a TTL. Scans are pure, so a cached answer is exact.
 */
export function createCachedScan({
  scanner,
  now,
}: {
  scanner: Scanner;
  now: () => number;
}): (event: GuardEvent) => ScanResult {
  const cache = new BoundedMap<string, { result: ScanResult; expires: number }>(1024);
  return (event: GuardEvent): ScanResult => {
    const { surface } = event;
    let value: unknown;
    let key: string | undefined;
    switch (event.surface) {
      case 'prompt':
      case 'model_output':
        value = event.text;
        if (event.text.length <= CACHE_TEXT_LIMIT) key = event.text;
        break;
      case 'tool_output':
        value = event.output;
        if (typeof event.output === 'string' && event.output.length <= CACHE_TEXT_LIMIT)
          key = event.output;
        break;
      case 'tool_call':
        value = { arguments: event.arguments };
        break;
      case 'tool_description': {
        value = event.tool;
        const json = stableJson(event.tool);
        if (json.length <= CACHE_TEXT_LIMIT) key = json;
        break;
      }
    }
    if (key === undefined) return scanner.scan(value, { surface });
    const cacheKey = `${surface}\u0000${key}`;
    const time = now();
    const cached = cache.get(cacheKey);
    if (cached !== undefined && cached.expires > time) return cached.result;
    const result = scanner.scan(value, { surface });
    cache.set(cacheKey, { result, expires: time + SCAN_CACHE_TTL_MS });
    return result;
  };
}

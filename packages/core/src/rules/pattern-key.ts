import { createHash } from 'node:crypto';

/**
 * A pattern's identity in regex-safety.lock.json and proven-patterns.ts: sha256 of its source and flags,
 * cut to 24 hex digits. `g`, `y` and `d` are left out: they change how a pattern is driven, not what it
 * can backtrack on.
 */
export function patternKey(source: string, flags: string): string {
  return createHash('sha256')
    .update(`${source}/${flags.replace(/[gyd]/g, '')}`)
    .digest('hex')
    .slice(0, 24);
}

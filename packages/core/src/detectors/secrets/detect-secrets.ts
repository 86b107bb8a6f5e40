import { createTriggerIndex } from '../../rules/trigger-index.ts';
import type { Severity } from '../../spec/finding.ts';
import { resolveOverlaps } from '../resolve-overlaps.ts';
import { SECRET_PATTERNS } from './patterns.ts';

/** One secret found in a text. `[start, end)` covers the secret itself, not its surrounding label. */
export type SecretMatch = {
  /** e.g. `aws_access_key`, `github_token`, `private_key`, `generic_secret`. */
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
};

/**
 * Finds credentials in a text: cloud and SaaS keys, tokens, private keys, JWTs, database URLs with a
 * password, and `password=`/`api_key:` assignments with a random-looking value.
 *
 * Documentation placeholders (`sk-xxxx`, `<your-token>`, `${API_KEY}`) are skipped; vendors' published
 * examples (`AKIAIOSFODNN7EXAMPLE`, the jwt.io token) are reported with severity `low`. Overlapping
 * matches are resolved in favour of the more specific kind. Runs in time linear in `text.length`.
 *
 * @example
 * detectSecrets('token: ghp_' + 'a1B2'.repeat(9));
 * // → [{ kind: 'github_token', start: 7, end: 47, severity: 'high' }]
 */
export function detectSecrets(text: string): SecretMatch[] {
  const candidates: (SecretMatch & { readonly priority: number })[] = [];
  // One pass over the text finds which patterns have a hint in it; the others are not run.
  const hinted = new Uint8Array(SECRET_PATTERNS.length);
  HINTS.index.scan(text.toLowerCase(), (hintId) => {
    for (const priority of HINTS.patterns[hintId] as number[]) hinted[priority] = 1;
  });
  SECRET_PATTERNS.forEach((definition, priority) => {
    if (hinted[priority] === 0) return;
    const regex = GLOBAL_PATTERNS[priority] as RegExp;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      const indices = match.indices?.[definition.group];
      const secret = match[definition.group];
      if (indices === undefined || secret === undefined) continue;
      const severity = definition.check ? definition.check(secret, match[0]) : definition.severity;
      if (severity === 'skip') continue;
      candidates.push({
        kind: definition.kind,
        start: indices[0],
        end: indices[1],
        severity,
        priority,
      });
    }
  });
  return resolveOverlaps(candidates).map(({ kind, start, end, severity }) => ({
    kind,
    start,
    end,
    severity,
  }));
}

// --- internal ---

/** Every hint of every pattern in one index, and which patterns each hint stands for. */
const HINTS = ((): { index: ReturnType<typeof createTriggerIndex>; patterns: number[][] } => {
  const hints: string[] = [];
  const patterns: number[][] = [];
  SECRET_PATTERNS.forEach((definition, priority) => {
    for (const hint of definition.hints) {
      let id = hints.indexOf(hint);
      if (id === -1) {
        id = hints.push(hint) - 1;
        patterns.push([]);
      }
      (patterns[id] as number[]).push(priority);
    }
  });
  return { index: createTriggerIndex(hints), patterns };
})();

/** Global copies of the patterns, compiled once; reset before each use. */
const GLOBAL_PATTERNS: readonly RegExp[] = SECRET_PATTERNS.map(
  (definition) => new RegExp(definition.pattern.source, `${definition.pattern.flags}dg`),
);

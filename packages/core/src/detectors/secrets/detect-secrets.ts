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
 * `hints`, when given, marks the {@link SECRET_HINTS} to treat as present (`hints[i]` non-zero for
 * `SECRET_HINTS[i]`), as a pass that already read the text found them: it must mark every hint that occurs
 * in `text.toLowerCase()`; marking more only runs more patterns. Otherwise they are searched for.
 *
 * @example
 * detectSecrets('token: ghp_' + 'a1B2'.repeat(9));
 * // → [{ kind: 'github_token', start: 7, end: 47, severity: 'high' }]
 */
export function detectSecrets(text: string, hints?: ArrayLike<number>): SecretMatch[] {
  const candidates: (SecretMatch & { readonly priority: number })[] = [];
  // Patterns without a hint in the text are not run.
  const hinted = new Uint8Array(SECRET_PATTERNS.length);
  const mark = (hintId: number): void => {
    for (const priority of HINTS.patterns[hintId] as number[]) hinted[priority] = 1;
  };
  if (hints === undefined) HINTS.index.scan(text.toLowerCase(), mark);
  else for (let hintId = 0; hintId < SECRET_HINTS.length; hintId++) if (hints[hintId]) mark(hintId);
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

/** Every distinct hint of the secret patterns (see `SecretPattern.hints`), in a fixed order. */
export const SECRET_HINTS: readonly string[] = [
  ...new Set(SECRET_PATTERNS.flatMap((definition) => definition.hints)),
];

// --- internal ---

/** The hints in one index, and which patterns each hint stands for. */
const HINTS = {
  index: createTriggerIndex(SECRET_HINTS),
  patterns: SECRET_HINTS.map((hint) =>
    SECRET_PATTERNS.flatMap((definition, priority) =>
      definition.hints.includes(hint) ? [priority] : [],
    ),
  ),
};

/** Global copies of the patterns, compiled once; reset before each use. */
const GLOBAL_PATTERNS: readonly RegExp[] = SECRET_PATTERNS.map(
  (definition) => new RegExp(definition.pattern.source, `${definition.pattern.flags}dg`),
);

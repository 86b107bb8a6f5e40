import type { Finding } from '../../spec/finding.ts';
import { checkPathTraversal } from './check-path-traversal.ts';
import { checkSandboxEscape } from './check-sandbox-escape.ts';
import { checkSqli } from './check-sqli.ts';
import { checkSsrf } from './check-ssrf.ts';
import type { FieldKind } from './field-kind.ts';
import { fieldKind } from './field-kind.ts';
import { makeFinding } from './make-finding.ts';

/** Leaves longer than this are checked on their first `MAX_VALUE_LENGTH` characters only. */
export const MAX_VALUE_LENGTH = 262_144;

/**
 * Checks one string leaf of a tool call's arguments for ssrf, path_traversal, sqli and
 * sandbox_escape. `path` is the leaf's JSON path (`$.url`, `$.files[0].path`); its last key sets the
 * context: SQL is expected under a `sql`/`query` path, shell syntax under `command`/`script`, and in
 * free-text fields (`message`, `content`, `body`…) every finding is capped at `low`.
 *
 * Never throws; work is linear in the length of `value` (capped at `MAX_VALUE_LENGTH`).
 *
 * @example
 * checkArgument('http://169.254.169.254/latest/meta-data/', '$.url');
 * // → [{ detector: 'arguments', category: 'ssrf', subcategory: 'cloud_metadata', severity: 'critical', … }]
 */
export function checkArgument(value: string, path: string): Finding[] {
  const text = value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value;
  const kind = refineKind(fieldKind(path), text);
  const hits = [
    ...checkSsrf(text, kind),
    ...checkPathTraversal(text),
    ...checkSqli(text, kind),
    ...checkSandboxEscape(text, kind),
  ];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const hit of hits) {
    const key = `${hit.category}/${hit.subcategory}/${hit.start}/${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(makeFinding(hit, text, path, kind));
  }
  return findings;
}

/** Alias of `checkArgument` under the `detectXxx` name the scanner imports. */
export const detectArguments: (value: string, path: string) => Finding[] = checkArgument;

// --- internal ---

/**
 * A multi-line, prose-like value in a field whose name says nothing (`$.value`, `$.data`) is a
 * document (a page to save, a file body), not a parameter: treat it as free text. Shell lines and
 * relative links inside documentation are content there, not injection.
 */
function refineKind(kind: FieldKind, value: string): FieldKind {
  if (kind !== 'other' || !value.includes('\n')) return kind;
  const words = value.slice(0, 4_096).match(/\b[A-Za-z]{2,}\s/g)?.length ?? 0;
  return words >= 12 ? 'free_text' : kind;
}

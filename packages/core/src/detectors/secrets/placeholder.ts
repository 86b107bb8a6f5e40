/**
 * Words and shapes that mark a value as a placeholder in documentation rather than a live secret:
 * `sk-xxxx`, `<your-token>`, `${API_KEY}`, `changeme`, `****`.
 */
const PLACEHOLDER_WORDS =
  /(?:x{4}|\*{3}|\.{3}|your|example|sample|dummy|placeholder|changeme|change_me|redacted|insert|replace|fake|test_?key|secret_?here|token_?here|key_?here|foobar|lorem|abcdef|123456|password|passw0rd|process\.env|getenv|environ|os\.env|\$\{|\{\{|<[a-z_-]{1,40}>|%[sd])/i;

/** True when the value looks like a documentation placeholder (see `PLACEHOLDER_WORDS`). */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  // A run of one repeated character (`AAAAAAAA`, `00000000`) is filler, not key material.
  if (/(.)\1{5}/.test(value)) return true;
  return false;
}

/**
 * Values vendors publish in their own documentation. They are not live credentials, but a copy of
 * one in a real config still deserves a look, so they are reported with severity `low` instead of skipped.
 */
export const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set([
  // AWS documentation
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // Stripe documentation
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  // jwt.io default token
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/**
 * Secret detection: cloud keys, SaaS tokens, private keys, JWTs, credentialed database URLs and
 * high-entropy `password=` assignments, with spans ready for redaction.
 *
 * @module
 */

export type { SecretMatch } from './detect-secrets.ts';
export { detectSecrets } from './detect-secrets.ts';
export type { SecretPattern } from './patterns.ts';
export { SECRET_PATTERNS } from './patterns.ts';

import { sha256 } from './sha256.ts';

const INLINE_LIMIT = 512;

/**
 * A cache key for a text: the text itself when short, else its length and SHA-256. A cryptographic hash,
 * because a collision would let new content reuse the verdict of content the guard already allowed.
 */
export async function contentKey(text: string): Promise<string> {
  if (text.length <= INLINE_LIMIT) return `t:${text}`;
  return `h:${text.length}:${await sha256(text)}`;
}

const INLINE_LIMIT = 512;

/**
 * A cache key for a text: the text itself when short, else its length and SHA-256. A cryptographic hash,
 * because a collision would let new content reuse the verdict of content the guard already allowed.
 */
export async function contentKey(text: string): Promise<string> {
  if (text.length <= INLINE_LIMIT) return `t:${text}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `h:${text.length}:${toHex(new Uint8Array(digest))}`;
}

// --- internal ---

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

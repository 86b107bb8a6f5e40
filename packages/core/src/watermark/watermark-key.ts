import { invalidConfig } from '../errors/invalid-config.ts';

/** A watermark key: a secret string (UTF-8) or raw bytes. Use at least 16 random bytes. */
export type WatermarkKey = string | Uint8Array;

/**
 * The key as bytes.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` when the key is empty (an empty key would let anyone forge marks).
 */
export function keyBytes(key: WatermarkKey): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    throw invalidConfig(['key'], 'a non-empty string or Uint8Array (at least 16 random bytes)');
  }
  return bytes;
}

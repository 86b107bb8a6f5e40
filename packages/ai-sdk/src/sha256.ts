import { BoundedMap } from '@portcullis/core';

type NodeCrypto = {
  createHash(algorithm: 'sha256'): { update(text: string): { digest(encoding: 'hex'): string } };
};

/**
 * The SHA-256 of a text, in hex. Uses `node:crypto` when the runtime has it (Node, Bun, Deno: about a
 * microsecond), else Web Crypto (edge runtimes), which is far slower per call because it is asynchronous.
 */
export async function sha256(text: string): Promise<string> {
  // A multi-step run sends the same conversation at every step: its texts are hashed once.
  const remembered = text.length <= MEMO_TEXT_LIMIT ? memo.get(text) : undefined;
  if (remembered !== undefined) return remembered;
  const digest = await hashText(text);
  if (text.length <= MEMO_TEXT_LIMIT) memo.set(text, digest);
  return digest;
}

// --- internal ---

/** Texts up to this length are remembered (at most {@link MEMO_SIZE} of them: 4 MB at worst). */
const MEMO_TEXT_LIMIT = 16_384;
const MEMO_SIZE = 256;
const memo = new BoundedMap<string, string>(MEMO_SIZE);

async function hashText(text: string): Promise<string> {
  if (nodeCrypto !== undefined) return nodeCrypto.createHash('sha256').update(text).digest('hex');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** `node:crypto` through `process.getBuiltinModule` (no static import, so edge bundles stay clean). */
const nodeCrypto: NodeCrypto | undefined = (() => {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  try {
    return processLike?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
})();

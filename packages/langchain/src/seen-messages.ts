import { BoundedMap } from '@portcullis/core';

const MAX_MESSAGES = 10_000;
/** Longer messages are not remembered (they are scanned again; the guard caches scans up to 32k). */
const MAX_REMEMBERED_CHARS = 32_768;

/**
 * The user messages already scanned, so each one is inspected (and audited) once although every model call
 * sends the whole history. A message counts as seen only under the same id *and* the same text: an id alone
 * could be replayed by a client that controls ids, with new text under an old id.
 */
export class SeenMessages {
  readonly #texts = new BoundedMap<string, string>(MAX_MESSAGES);

  has(id: string | undefined, text: string): boolean {
    return id !== undefined && this.#texts.get(id) === text;
  }

  add(id: string | undefined, text: string): void {
    if (id !== undefined && text.length <= MAX_REMEMBERED_CHARS) this.#texts.set(id, text);
  }
}

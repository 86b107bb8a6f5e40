import { isRecord } from './model-shapes.ts';

/** Larger files are scanned by their first megabyte only. */
const MAX_BYTES = 1_048_576;

/**
 * The text of a file in a prompt, when it is text: V4 inline text (`data: { type: 'text' }`), or bytes
 * (`Uint8Array`, base64 string; V3 `data`, V4 `data: { type: 'data' }`) of a textual media type. `undefined`
 * for binary files and references, which the guard cannot read.
 */
export function fileText(data: unknown, mediaType: unknown): string | undefined {
  if (isRecord(data) && !(data instanceof Uint8Array) && !(data instanceof URL)) {
    if (data.type === 'text' && typeof data.text === 'string') return data.text;
    if (data.type === 'data') return decodedText(data.data, mediaType);
    return undefined;
  }
  return decodedText(data, mediaType);
}

/** The URL of a file given by reference, as text (a query string can carry data out). */
export function fileUrl(data: unknown): string | undefined {
  if (data instanceof URL) return data.href;
  if (isRecord(data) && data.type === 'url') {
    if (data.url instanceof URL) return data.url.href;
    if (typeof data.url === 'string') return data.url;
  }
  return undefined;
}

/** True for media types whose bytes are text: `text`, `text/*`, JSON, XML, YAML, CSV. */
export function isTextMediaType(mediaType: unknown): boolean {
  if (typeof mediaType !== 'string') return false;
  const type = mediaType.toLowerCase();
  return (
    type === 'text' ||
    type.startsWith('text/') ||
    /^application\/(json|xml|yaml|x-yaml|csv|x-ndjson|ld\+json)\b/.test(type) ||
    /\+(json|xml)\b/.test(type)
  );
}

// --- internal ---

function decodedText(data: unknown, mediaType: unknown): string | undefined {
  if (!isTextMediaType(mediaType)) return undefined;
  if (data instanceof Uint8Array) return decoder.decode(data.subarray(0, MAX_BYTES));
  if (typeof data !== 'string') return undefined;
  try {
    const binary = atob(data.slice(0, Math.ceil((MAX_BYTES * 4) / 3 / 4) * 4));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return decoder.decode(bytes);
  } catch {
    // Not base64 after all: a string the provider would send as is.
    return data;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });

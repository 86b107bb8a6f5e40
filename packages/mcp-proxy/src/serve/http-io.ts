import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { safeParseJson } from '@portcullis/core';
import { HttpError, HttpErrorCode } from './http-error.ts';

/** Bytes of an over-limit body the service reads and throws away before it drops the connection. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

/** Headers every response carries. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Reads a request body of at most `limit` bytes and parses it as JSON. Resolves `undefined` for an empty
 * body (routes decide whether they need one).
 *
 * @throws {HttpError} `413` over the limit (declared or streamed), `415` when the content type is not JSON,
 * `400` for malformed JSON.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const buffer = await readBody(request, limit);
  if (buffer.length === 0) return undefined;
  const type = request.headers['content-type'];
  if (type !== undefined && !isJsonType(type)) {
    throw new HttpError({
      status: 415,
      code: HttpErrorCode.UnsupportedMediaType,
      message: 'send the body as application/json',
    });
  }
  const parsed = safeParseJson(buffer.toString('utf8'), limit);
  if (!parsed.success) {
    throw new HttpError({
      status: 400,
      code: HttpErrorCode.BadRequest,
      message: `malformed JSON: ${parsed.error.message}`,
    });
  }
  return parsed.value;
}

/** Writes a JSON response (with `content-length`, so keep-alive connections are reused). */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers?: OutgoingHttpHeaders,
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Writes a text response of the given content type. */
export function sendText(
  response: ServerResponse,
  status: number,
  contentType: string,
  text: string,
  headers?: OutgoingHttpHeaders,
): void {
  response.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** The JSON error body of an {@link HttpError}. */
export function errorBody(error: HttpError): {
  error: { code: string; message: string; issues?: unknown };
} {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues === undefined ? {} : { issues: error.issues }),
    },
  };
}

// --- internal ---

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      discard(request);
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        discard(request);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/**
 * Reads and drops the rest of an over-limit body, so the client gets its `413` instead of a reset; a body
 * that keeps coming past {@link DISCARD_LIMIT} loses its connection.
 */
function discard(request: IncomingMessage): void {
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT) request.socket.destroy();
  });
  request.on('error', () => {});
}

function tooLarge(limit: number): HttpError {
  return new HttpError({
    status: 413,
    code: HttpErrorCode.PayloadTooLarge,
    message: `the body exceeds ${limit} bytes`,
    headers: { connection: 'close' },
  });
}

function isJsonType(type: string): boolean {
  const media = type.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || media.endsWith('+json');
}

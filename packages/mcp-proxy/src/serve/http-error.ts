import type { ValidationIssue } from './json-schema.ts';

const marker: unique symbol = Symbol.for('portcullis.http-error');

/** The machine-readable codes of the HTTP service's error responses (`{ error: { code, message } }`). */
export const HttpErrorCode = {
  BadRequest: 'BAD_REQUEST',
  Unauthorized: 'UNAUTHORIZED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  Conflict: 'CONFLICT',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  ValidationFailed: 'VALIDATION_FAILED',
  Internal: 'INTERNAL',
  NotImplemented: 'NOT_IMPLEMENTED',
  Unavailable: 'UNAVAILABLE',
} as const;

/** One of {@link HttpErrorCode}'s values. */
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

/** Options of {@link HttpError}. */
export type HttpErrorOptions = {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly message: string;
  /** Field paths and what was expected, for `422`. */
  readonly issues?: readonly ValidationIssue[];
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
};

/**
 * An error a route throws to answer with a status: the service turns it into
 * `{ error: { code, message, issues? } }`. Anything else thrown becomes a `500` that does not leak the
 * message.
 *
 * @example
 * throw new HttpError({ status: 404, code: 'NOT_FOUND', message: 'no session "abc"' });
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly issues: readonly ValidationIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor({ status, code, message, issues, headers, cause }: HttpErrorOptions) {
    super(message, { cause });
    this.name = 'HttpError';
    Object.defineProperty(this, marker, { value: true });
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  /** True for any {@link HttpError}, across bundles. */
  static isInstance(error: unknown): error is HttpError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** A `404` naming what was not found. */
export function notFound(message: string): HttpError {
  return new HttpError({ status: 404, code: HttpErrorCode.NotFound, message });
}

/** A `422` for one field. */
export function invalidField(path: readonly (string | number)[], message: string): HttpError {
  return new HttpError({
    status: 422,
    code: HttpErrorCode.ValidationFailed,
    message: `${path.length === 0 ? '(body)' : path.join('.')}: ${message}`,
    issues: [{ path, message }],
  });
}

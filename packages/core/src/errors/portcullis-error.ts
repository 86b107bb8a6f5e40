import type { ErrorCode } from './error-code.ts';

const marker: unique symbol = Symbol.for('portcullis.error');

/** Options of {@link PortcullisError}. */
export type PortcullisErrorOptions = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly cause?: unknown;
  /** Structured details, e.g. the config paths that failed validation. */
  readonly data?: unknown;
};

/**
 * The base of every error Portcullis throws. Check with {@link PortcullisError.isInstance}, which works even
 * when two copies of `@portcullis/core` are installed (plain `instanceof` does not).
 */
export class PortcullisError extends Error {
  readonly code: ErrorCode;
  readonly data: unknown;

  constructor({ code, message, cause, data }: PortcullisErrorOptions) {
    super(`[portcullis] ${message}`, { cause });
    this.name = 'PortcullisError';
    // A symbol brand (not a declared field) so the check works across bundles and declarations stay emittable.
    Object.defineProperty(this, marker, { value: true });
    this.code = code;
    this.data = data;
  }

  /** True for any Portcullis error, across bundles. */
  static isInstance(error: unknown): error is PortcullisError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

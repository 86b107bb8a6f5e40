/**
 * The part of an OpenTelemetry span the service uses. An `@opentelemetry/api` span fits as is; the
 * service depends on no tracing package.
 */
export type SpanLike = {
  setAttribute(key: string, value: string | number | boolean): unknown;
  /** `code` 2 is ERROR in OpenTelemetry. */
  setStatus(status: { code: number; message?: string }): unknown;
  recordException?(exception: Error): unknown;
  end(): void;
};

/**
 * The part of an OpenTelemetry tracer the service uses: `trace.getTracer('portcullis')` fits as is.
 *
 * @example
 * import { trace } from '@opentelemetry/api';
 * createHttpService({ guard, tracer: trace.getTracer('portcullis') });
 */
export type TracerLike = {
  startActiveSpan<F extends (span: SpanLike) => unknown>(name: string, fn: F): ReturnType<F>;
};

/** OpenTelemetry's `SpanStatusCode.ERROR`. */
export const SPAN_STATUS_ERROR = 2;

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Principal } from './auth/principal.ts';
import type { JsonSchema } from './json-schema.ts';
import type { Permission } from './roles.ts';
import type { SpanLike } from './tracing.ts';

/** What a route handler gets: the request, its validated body and query, and who is calling. */
export type RouteContext = {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** Path parameters, decoded (`{ session_id: 'abc' }`). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The JSON body, validated against the route's `body` schema (`undefined` when there is none). */
  readonly body: unknown;
  readonly principal: Principal;
  /** The client's address (after trusted proxies). */
  readonly ip: string;
  /** The request's span, when a tracer is configured. */
  readonly span: SpanLike | undefined;
};

/** What a route handler answers. */
export type RouteReply =
  | { readonly status?: number; readonly json: unknown; readonly headers?: OutgoingHttpHeaders }
  | { readonly status?: number; readonly html: string; readonly headers?: OutgoingHttpHeaders }
  | {
      readonly status?: number;
      readonly text: string;
      readonly contentType: string;
      readonly headers?: OutgoingHttpHeaders;
    }
  | { readonly status: 204; readonly headers?: OutgoingHttpHeaders };

/** A documented query parameter; validated before the handler runs. */
export type QueryParameter = {
  readonly schema: JsonSchema;
  readonly required?: boolean;
  readonly description: string;
};

/** A documented response. */
export type ResponseDescription = {
  readonly description: string;
  readonly schema?: JsonSchema;
  /** Default `application/json`. */
  readonly contentType?: string;
};

/**
 * One endpoint: what it needs, what it takes and answers (the OpenAPI document is built from these), and
 * its handler.
 */
export type RouteDefinition = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With `{name}` path parameters, as in OpenAPI: `/v1/risk/{session_id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly permission: Permission;
  readonly body?: JsonSchema;
  /** When false, an empty body is allowed (and the handler gets `undefined`). Default true with `body`. */
  readonly bodyRequired?: boolean;
  readonly pathParameters?: Readonly<Record<string, { readonly description: string }>>;
  readonly query?: Readonly<Record<string, QueryParameter>>;
  readonly responses: Readonly<Record<string, ResponseDescription>>;
  handle(context: RouteContext): RouteReply | Promise<RouteReply>;
};

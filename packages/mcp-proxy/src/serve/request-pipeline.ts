import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Guard, PortcullisError } from '@portcullis/core';
import type { Authenticator } from './auth/create-authenticator.ts';
import type { Principal } from './auth/principal.ts';
import { HttpError, HttpErrorCode } from './http-error.ts';
import { errorBody, readJsonBody, sendJson, sendText } from './http-io.ts';
import type { IpAllowlist } from './ip-allowlist.ts';
import { validateJson } from './json-schema.ts';
import type { OriginChecks } from './origin-checks.ts';
import { can, type Permission } from './roles.ts';
import type { RouteContext, RouteDefinition, RouteReply } from './route.ts';
import type { Router } from './router.ts';
import type { ServiceMetrics } from './service-metrics.ts';
import { SPAN_STATUS_ERROR, type SpanLike, type TracerLike } from './tracing.ts';

/**
 * A handler mounted under a path prefix (e.g. the MCP proxy's Streamable HTTP endpoint). It gets the raw
 * request (body unread) after the IP allowlist, Host/Origin checks and authentication.
 */
export type MountHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  context: { readonly principal: Principal; readonly ip: string },
) => void | Promise<void>;

/** A mounted handler and what it needs. */
export type Mount = {
  readonly path: string;
  readonly handler: MountHandler;
  readonly permission: Permission;
};

/** What the pipeline needs. */
export type PipelineOptions = {
  readonly guard: Guard;
  readonly router: Router;
  readonly mounts: readonly Mount[];
  readonly authenticator: Authenticator;
  readonly allowlist: IpAllowlist;
  readonly originChecks: OriginChecks;
  readonly clientAddress: (request: IncomingMessage) => string;
  readonly metrics: ServiceMetrics;
  readonly tracer: TracerLike | undefined;
  readonly bodyLimit: number;
  /** True once shutdown started: responses then close their connection. */
  readonly isClosing: () => boolean;
  readonly onRequestStart: (response: ServerResponse) => void;
  readonly onRequestEnd: (response: ServerResponse) => void;
  readonly log: (message: string) => void;
};

const PUBLIC: Principal = { subject: 'public', role: 'scanner', method: 'anonymous' };
const EMPTY_QUERY = new URLSearchParams();
const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);

/**
 * Builds the `request` listener: allowlist → Host and Origin checks (CORS preflight) → route → auth and
 * role → body and query validation → handler → JSON, HTML or text reply. Errors become
 * `{ error: { code, message, issues? } }`; unexpected ones are `500` without their message.
 *
 * The hot path (a static route, a small JSON body) allocates little: no URL object, no query object
 * without a query string, one body buffer.
 */
export function createRequestPipeline(
  options: PipelineOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { router, mounts, metrics, tracer } = options;
  return function handleRequest(request, response) {
    const started = performance.now();
    options.onRequestStart(response);
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const search = queryStart === -1 ? '' : url.slice(queryStart + 1);
    const method = request.method ?? 'GET';
    const mount = mounts.find((entry) => path === entry.path || path.startsWith(`${entry.path}/`));
    const match = mount === undefined ? router.match(method, path) : undefined;
    const routeLabel = mount?.path ?? (match?.kind === 'found' ? match.route.path : 'unmatched');
    const methodLabel = KNOWN_METHODS.has(method) ? method : 'OTHER';
    let span: SpanLike | undefined;
    response.once('close', () => {
      const status = response.statusCode;
      metrics.httpRequests.inc([methodLabel, routeLabel, String(status)]);
      metrics.httpDuration.observe([methodLabel, routeLabel], (performance.now() - started) / 1000);
      if (span !== undefined) {
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) span.setStatus({ code: SPAN_STATUS_ERROR, message: `HTTP ${status}` });
        span.end();
      }
      options.onRequestEnd(response);
    });
    const run = () =>
      serve(options, request, response, { method, path, search, mount, match, span }).catch(
        (error: unknown) => fail(options, response, error, span),
      );
    if (tracer === undefined) {
      void run();
      return;
    }
    tracer.startActiveSpan(`${method} ${routeLabel}`, (active) => {
      span = active;
      active.setAttribute('http.request.method', method);
      active.setAttribute('http.route', routeLabel);
      active.setAttribute('url.path', path);
      return run();
    });
  };
}

// --- internal ---

type Target = {
  method: string;
  path: string;
  search: string;
  mount: Mount | undefined;
  match: ReturnType<Router['match']> | undefined;
  span: SpanLike | undefined;
};

async function serve(
  options: PipelineOptions,
  request: IncomingMessage,
  response: ServerResponse,
  { method, search, mount, match, span }: Target,
): Promise<void> {
  const { headers } = request;
  if (options.isClosing()) response.setHeader('connection', 'close');
  const ip = options.clientAddress(request);
  span?.setAttribute('client.address', ip);
  if (!options.allowlist.allows(ip)) throw forbidden(`address ${ip} is not allowed`);
  // DNS rebinding: a name re-pointed at this host still carries its own Host header.
  if (!options.originChecks.hostAllowed(headers)) throw forbidden('host not allowed');
  if (method === 'OPTIONS' && headers['access-control-request-method'] !== undefined) {
    const preflight = options.originChecks.preflight(headers);
    if (preflight === undefined) throw forbidden('origin not allowed');
    response.writeHead(204, preflight);
    response.end();
    return;
  }
  if (!options.originChecks.originAllowed(headers)) throw forbidden('origin not allowed');
  const cors = options.originChecks.corsHeaders(headers);
  if (cors !== undefined)
    for (const [name, value] of Object.entries(cors)) response.setHeader(name, value as string);

  let route: RouteDefinition | undefined;
  let params: Readonly<Record<string, string>> = {};
  let permission: Permission;
  if (mount !== undefined) {
    permission = mount.permission;
  } else if (match?.kind === 'found') {
    route = match.route;
    params = match.params;
    permission = route.permission;
  } else if (match?.kind === 'method') {
    throw new HttpError({
      status: 405,
      code: HttpErrorCode.MethodNotAllowed,
      message: `${method} is not allowed here`,
      headers: { allow: match.allow.join(', ') },
    });
  } else {
    throw new HttpError({ status: 404, code: HttpErrorCode.NotFound, message: 'no such endpoint' });
  }

  const principal = permission === 'public' ? PUBLIC : await authenticate(options, headers, ip);
  if (!can(principal.role, permission))
    throw forbidden(`the ${principal.role} role cannot do this (needs ${permission})`);
  span?.setAttribute('enduser.role', principal.role);

  if (mount !== undefined) {
    await mount.handler(request, response, { principal, ip });
    return;
  }
  const definition = route as RouteDefinition;
  const query = search === '' ? EMPTY_QUERY : new URLSearchParams(search);
  if (definition.query !== undefined) checkQuery(definition, query);
  let body: unknown;
  if (definition.body !== undefined) {
    body = await readJsonBody(request, options.bodyLimit);
    if (body === undefined) {
      if (definition.bodyRequired !== false)
        throw validationError([{ path: [], message: 'a JSON body is required' }]);
    } else {
      const issues = validateJson(definition.body, body);
      if (issues.length > 0) throw validationError(issues);
    }
  }
  const context: RouteContext = { request, response, params, query, body, principal, ip, span };
  reply(response, await definition.handle(context));
}

async function authenticate(
  options: PipelineOptions,
  headers: IncomingMessage['headers'],
  ip: string,
): Promise<Principal> {
  const outcome = await options.authenticator.authenticate(headers);
  if (outcome.ok) return outcome.principal;
  options.metrics.authFailures.inc([outcome.failedLogin ? 'invalid' : 'missing']);
  if (outcome.failedLogin) {
    // Counted toward the auth_failure intrusion window; never awaited on the request path.
    options.guard
      .authFailure({ ip })
      .catch((error: unknown) =>
        options.log(`auth failure not recorded: ${(error as Error)?.message}`),
      );
  }
  throw new HttpError({
    status: 401,
    code: HttpErrorCode.Unauthorized,
    message: outcome.reason,
    headers: { 'www-authenticate': 'Bearer realm="portcullis"' },
  });
}

function checkQuery(route: RouteDefinition, query: URLSearchParams): void {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const [name, parameter] of Object.entries(route.query ?? {})) {
    const raw = query.get(name);
    if (raw === null) {
      if (parameter.required === true) issues.push({ path: [name], message: 'is required' });
      continue;
    }
    const isNumeric = parameter.schema.type === 'integer' || parameter.schema.type === 'number';
    const value = isNumeric && raw.trim() !== '' ? Number(raw) : raw;
    for (const issue of validateJson(parameter.schema, value))
      issues.push({ path: [name, ...issue.path], message: issue.message });
  }
  if (issues.length > 0) throw validationError(issues);
}

function reply(response: ServerResponse, result: RouteReply): void {
  const status = result.status ?? 200;
  if ('json' in result) sendJson(response, status, result.json, result.headers);
  else if ('html' in result)
    sendText(response, status, 'text/html; charset=utf-8', result.html, result.headers);
  else if ('text' in result)
    sendText(response, status, result.contentType, result.text, result.headers);
  else {
    response.writeHead(status, result.headers);
    response.end();
  }
}

function fail(
  options: PipelineOptions,
  response: ServerResponse,
  error: unknown,
  span: SpanLike | undefined,
): void {
  if (response.headersSent) {
    // A mounted handler failed mid-response: the client must not take a truncated body for a whole one.
    response.destroy();
    return;
  }
  let httpError: HttpError;
  if (HttpError.isInstance(error)) {
    httpError = error;
  } else if (
    PortcullisError.isInstance(error) &&
    (error.code === 'INVALID_INPUT' || error.code === 'INVALID_CONFIG')
  ) {
    const data = error.data as { path?: (string | number)[]; expected?: string } | undefined;
    httpError = validationError([
      {
        path: data?.path ?? [],
        message: data?.expected ?? error.message.replace('[portcullis] ', ''),
      },
    ]);
  } else {
    options.log(`internal error: ${(error as Error)?.stack ?? String(error)}`);
    span?.recordException?.(error as Error);
    httpError = new HttpError({
      status: 500,
      code: HttpErrorCode.Internal,
      message: 'internal error',
    });
  }
  sendJson(response, httpError.status, errorBody(httpError), httpError.headers);
}

function forbidden(message: string): HttpError {
  return new HttpError({ status: 403, code: HttpErrorCode.Forbidden, message });
}

function validationError(
  issues: readonly { path: readonly (string | number)[]; message: string }[],
): HttpError {
  return new HttpError({
    status: 422,
    code: HttpErrorCode.ValidationFailed,
    message: issues
      .map(
        (issue) => `${issue.path.length === 0 ? '(body)' : issue.path.join('.')}: ${issue.message}`,
      )
      .join('; '),
    issues,
  });
}

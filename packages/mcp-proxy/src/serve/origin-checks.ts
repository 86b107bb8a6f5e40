import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';

/** Host-header and Origin checks: DNS-rebinding protection and CORS. */
export type OriginChecks = {
  /** False when the Host header names a host this service does not answer to. */
  hostAllowed(headers: IncomingHttpHeaders): boolean;
  /** False when the request carries an Origin that is not allowed (browsers on other sites). */
  originAllowed(headers: IncomingHttpHeaders): boolean;
  /** CORS response headers for an allowed Origin (none when there is no Origin or CORS is off). */
  corsHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders | undefined;
  /** The answer to a CORS preflight: the headers, or `undefined` when the origin is not allowed. */
  preflight(headers: IncomingHttpHeaders): OutgoingHttpHeaders | undefined;
};

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

/**
 * Builds the Host and Origin checks.
 *
 * - **DNS rebinding**: a page on `evil.example` whose name is re-pointed at 127.0.0.1 reaches a loopback
 *   service with `Host: evil.example`. On a loopback bind only the loopback names (and `allowedHosts`) are
 *   accepted; on other binds `allowedHosts`, when given, is enforced.
 * - **CORS**: only `origins` get CORS headers; a request carrying any other Origin is refused outright,
 *   so a browser on another site cannot even send simple requests.
 *
 * @example
 * const checks = createOriginChecks({ host: '127.0.0.1', origins: ['https://console.example.com'] });
 * checks.hostAllowed({ host: 'evil.example:8787' }); // false
 */
export function createOriginChecks({
  host,
  allowedHosts = [],
  origins = [],
  maxAgeSeconds = 600,
}: {
  host: string;
  allowedHosts?: readonly string[];
  origins?: readonly string[];
  maxAgeSeconds?: number;
}): OriginChecks {
  const loopback = isLoopbackHost(host);
  const hosts = new Set(
    [...allowedHosts, ...(loopback ? LOOPBACK_NAMES : [])].map((name) => name.toLowerCase()),
  );
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins.map((origin) => origin.toLowerCase().replace(/\/$/, '')));
  const isAllowedOrigin = (origin: string) => anyOrigin || allowed.has(origin.toLowerCase());
  return {
    hostAllowed(headers) {
      if (hosts.size === 0) return true;
      const value = headers.host;
      if (value === undefined) return false;
      return hosts.has(hostName(value).toLowerCase());
    },
    originAllowed(headers) {
      const origin = headers.origin;
      return origin === undefined || isAllowedOrigin(origin);
    },
    corsHeaders(headers) {
      const origin = headers.origin;
      if (origin === undefined || !isAllowedOrigin(origin)) return undefined;
      return { 'access-control-allow-origin': anyOrigin ? '*' : origin, vary: 'Origin' };
    },
    preflight(headers) {
      const origin = headers.origin;
      if (origin === undefined || !isAllowedOrigin(origin)) return undefined;
      return {
        'access-control-allow-origin': anyOrigin ? '*' : origin,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type, x-api-key, mcp-session-id',
        'access-control-max-age': String(maxAgeSeconds),
        vary: 'Origin',
      };
    },
  };
}

/** True for a loopback bind address or name. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare === 'localhost') return true;
  const family = isIP(bare);
  if (family === 4) return bare.startsWith('127.');
  if (family === 6) return bare === '::1' || bare.startsWith('::ffff:127.');
  return false;
}

// --- internal ---

/** The name part of a Host header: `[::1]:8787` → `[::1]`, `example.com:80` → `example.com`. */
function hostName(value: string): string {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end === -1 ? value : value.slice(0, end + 1);
  }
  const colon = value.indexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

import type { RouteDefinition } from './route.ts';

/** The outcome of looking a request up. */
export type RouteMatch =
  | {
      readonly kind: 'found';
      readonly route: RouteDefinition;
      readonly params: Readonly<Record<string, string>>;
    }
  /** The path exists with other methods (`405` with `Allow`). */
  | { readonly kind: 'method'; readonly allow: readonly string[] }
  | { readonly kind: 'none' };

/** Finds the route of a method and path. */
export type Router = { match(method: string, path: string): RouteMatch };

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Builds the router: static paths are one map lookup (the scan endpoints are static, so the hot path never
 * splits its URL); paths with `{parameters}` are matched segment by segment, literal segments winning over
 * parameters (`/security/session-replay/log` before `/security/session-replay/{session_id}`).
 *
 * @example
 * const router = createRouter(routes);
 * router.match('GET', '/v1/risk/abc'); // { kind: 'found', route, params: { session_id: 'abc' } }
 */
export function createRouter(routes: readonly RouteDefinition[]): Router {
  const exact = new Map<string, RouteDefinition>();
  const methodsByPath = new Map<string, string[]>();
  const patterns: { segments: readonly string[]; route: RouteDefinition }[] = [];
  for (const route of routes) {
    if (route.path.includes('{')) {
      patterns.push({ segments: route.path.split('/'), route });
    } else {
      exact.set(`${route.method} ${route.path}`, route);
      const methods = methodsByPath.get(route.path) ?? [];
      methods.push(route.method);
      methodsByPath.set(route.path, methods);
    }
  }
  // Literal segments first: the more literal a pattern, the earlier it is tried.
  patterns.sort((left, right) => literalCount(right.segments) - literalCount(left.segments));

  return {
    match(method, path) {
      const route = exact.get(`${method} ${path}`);
      if (route !== undefined) return { kind: 'found', route, params: NO_PARAMS };
      const staticMethods = methodsByPath.get(path);
      const segments = path.split('/');
      const allow = new Set(staticMethods);
      for (const pattern of patterns) {
        const params = matchSegments(pattern.segments, segments);
        if (params === undefined) continue;
        if (pattern.route.method === method) return { kind: 'found', route: pattern.route, params };
        allow.add(pattern.route.method);
      }
      return allow.size > 0 ? { kind: 'method', allow: [...allow] } : { kind: 'none' };
    },
  };
}

// --- internal ---

function literalCount(segments: readonly string[]): number {
  return segments.filter((segment) => !segment.startsWith('{')).length;
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index] as string;
    const actual = segments[index] as string;
    if (expected.startsWith('{')) {
      if (actual === '') return undefined;
      let decoded: string;
      try {
        decoded = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

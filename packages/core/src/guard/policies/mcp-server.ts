import { matchesAny } from '../glob.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

/** Alerts on a server whose trust score is below `alertBelow`, blocks below `blockBelow`. */
export const evaluateMcpTrust: PolicyEvaluator<'mcp_trust'> = (policy, { server }) => {
  const score = server?.trustScore;
  if (score === undefined) return NOT_TRIGGERED;
  const { alertBelow, blockBelow } = policy.conditions;
  if (score < blockBelow) {
    return {
      triggered: true,
      message: `Server "${server?.name}" has trust score ${score} (below ${blockBelow})`,
    };
  }
  if (score < alertBelow) {
    return {
      triggered: true,
      mode: 'alert',
      message: `Server "${server?.name}" has trust score ${score} (below ${alertBelow})`,
    };
  }
  return NOT_TRIGGERED;
};

/**
 * Domains: a server's URL, and every URL in a tool call's arguments, must not be on the blocked list and,
 * when a trusted list is given, must be on it.
 */
export const evaluateMcpDomains: PolicyEvaluator<'mcp_domains'> = (policy, { server, event }) => {
  const { trusted, blocked } = policy.conditions;
  const hosts: string[] = [];
  const serverHost = server?.url === undefined ? undefined : hostOf(server.url);
  if (serverHost !== undefined) hosts.push(serverHost);
  if (event.surface === 'tool_call') hosts.push(...urlHostsIn(event.arguments));
  for (const host of hosts) {
    if (blocked !== undefined && matchesAny(blocked, [host])) {
      return { triggered: true, message: `Domain "${host}" is blocked` };
    }
    if (trusted !== undefined && !matchesAny(trusted, [host])) {
      return { triggered: true, message: `Domain "${host}" is not trusted` };
    }
  }
  return NOT_TRIGGERED;
};

/** Capabilities a server must have (`required`) or must not have (`forbidden`). */
export const evaluateMcpCapabilities: PolicyEvaluator<'mcp_capabilities'> = (
  policy,
  { server },
) => {
  if (server?.capabilities === undefined) return NOT_TRIGGERED;
  const have = new Set(server.capabilities);
  const forbidden = policy.conditions.forbidden?.filter((capability) => have.has(capability)) ?? [];
  if (forbidden.length > 0) {
    return {
      triggered: true,
      message: `Server "${server.name}" has forbidden capabilities: ${forbidden.join(', ')}`,
    };
  }
  const missing = policy.conditions.required?.filter((capability) => !have.has(capability)) ?? [];
  if (missing.length > 0) {
    return {
      triggered: true,
      message: `Server "${server.name}" lacks required capabilities: ${missing.join(', ')}`,
    };
  }
  return NOT_TRIGGERED;
};

// --- internal ---

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'<>]{1,2048}/gi;

/** Hosts of the URLs in the string leaves of a value (bounded). */
function urlHostsIn(value: unknown): string[] {
  const hosts: string[] = [];
  const visit = (item: unknown, depth: number) => {
    if (hosts.length >= 32) return;
    if (typeof item === 'string') {
      for (const match of item.slice(0, 100_000).matchAll(URL_PATTERN)) {
        const host = hostOf(match[0]);
        if (host !== undefined) hosts.push(host);
        if (hosts.length >= 32) return;
      }
      return;
    }
    if (depth > 16 || typeof item !== 'object' || item === null) return;
    for (const child of Object.values(item)) visit(child, depth + 1);
  };
  visit(value, 0);
  return hosts;
}

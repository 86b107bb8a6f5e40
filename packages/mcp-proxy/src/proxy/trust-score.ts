import { matchesGlob } from '@portcullis/core';
import type { CapabilityEvidence } from './capabilities.ts';
import type { UpstreamSpec } from './upstream-spec.ts';

/** One reason a server's score moved, as shown by `portcullis trust`. */
export type TrustSignal = {
  readonly id:
    | 'transport'
    | 'domain'
    | 'poisoned_descriptions'
    | 'suspicious_descriptions'
    | 'dangerous_combination'
    | 'executes_code'
    | 'destructive'
    | 'pin_drift'
    | 'runtime_incidents';
  /** Points added (negative: taken away). */
  readonly points: number;
  /** A ceiling the score cannot exceed because of this signal. */
  readonly cap?: number;
  /** One line a person can read. */
  readonly detail: string;
};

/** A server's 0–100 trust score and every signal behind it. */
export type TrustReport = {
  readonly server: string;
  readonly score: number;
  readonly signals: readonly TrustSignal[];
  readonly capabilities: readonly string[];
};

/** A runtime incident on a server, weighted by its age (see `decayWeight`). */
export type WeightedIncident = {
  readonly kind: 'injection' | 'review' | 'violation';
  /** 1 for a fresh incident, falling towards 0 as it ages. */
  readonly weight: number;
};

/** Everything the score is computed from. */
export type TrustInputs = {
  readonly spec: UpstreamSpec;
  /** Domain globs of the config's `mcp_domains` policies. */
  readonly domains: { readonly trusted?: readonly string[]; readonly blocked?: readonly string[] };
  /** Tools whose description the guard blocked for what it found in it (not for a policy). */
  readonly poisonedTools: readonly string[];
  /** Tools whose description had findings below the block threshold. */
  readonly suspiciousTools: readonly string[];
  readonly capabilities: readonly CapabilityEvidence[];
  /** Tools whose definition changed since it was pinned and awaits approval. */
  readonly driftedTools: readonly string[];
  readonly incidents: readonly WeightedIncident[];
};

/** Points per signal. A poisoned description costs most; incidents fade with time. */
export const TRUST_WEIGHTS = {
  httpLoopback: -5,
  httpsRemote: -10,
  plainHttpRemote: -25,
  notTrustedDomain: -20,
  trustedDomain: 10,
  poisonedTool: -25,
  poisonedMax: -50,
  suspiciousTool: -5,
  suspiciousMax: -15,
  dangerousCombinationCap: 50,
  executesCode: -10,
  destructive: -5,
  driftedTool: -15,
  driftMax: -30,
  injection: -10,
  review: -3,
  violation: -2,
  incidentsMax: -50,
} as const;

/**
 * Scores a server from 0 (do not use) to 100, signal by signal: transport and locality, domain lists,
 * description findings, a cap when one server can read private data, see untrusted content and send data
 * out, code execution and destructive tools, pin drift, and runtime incidents (which decay).
 *
 * @example
 * const report = computeTrustScore({ spec, domains: {}, poisonedTools: ['lookup_contact'], suspiciousTools: [],
 *   capabilities: [], driftedTools: [], incidents: [] });
 * report.score; // 75
 */
export function computeTrustScore(inputs: TrustInputs): TrustReport {
  const w = TRUST_WEIGHTS;
  const signals: TrustSignal[] = [];
  const { spec } = inputs;

  if (spec.transport === 'stdio') {
    signals.push({ id: 'transport', points: 0, detail: 'local process over stdio' });
  } else {
    const url = parseUrl(spec.url);
    const host = url?.hostname.toLowerCase() ?? '';
    const loopback =
      host === 'localhost' || host === '[::1]' || host === '::1' || host.startsWith('127.');
    if (loopback) {
      signals.push({
        id: 'transport',
        points: w.httpLoopback,
        detail: `HTTP on this machine (${host})`,
      });
    } else if (url?.protocol === 'https:') {
      signals.push({
        id: 'transport',
        points: w.httpsRemote,
        detail: `remote server over HTTPS (${host})`,
      });
    } else {
      signals.push({
        id: 'transport',
        points: w.plainHttpRemote,
        detail: `remote server over plain HTTP (${host}): traffic can be read and changed`,
      });
    }
    const { trusted, blocked } = inputs.domains;
    if (blocked?.some((glob) => matchesGlob(glob, host))) {
      signals.push({
        id: 'domain',
        points: 0,
        cap: 0,
        detail: `domain ${host} is on the blocked list`,
      });
    } else if (trusted !== undefined) {
      signals.push(
        trusted.some((glob) => matchesGlob(glob, host))
          ? {
              id: 'domain',
              points: w.trustedDomain,
              detail: `domain ${host} is on the trusted list`,
            }
          : {
              id: 'domain',
              points: w.notTrustedDomain,
              detail: `domain ${host} is not on the trusted list`,
            },
      );
    }
  }

  if (inputs.poisonedTools.length > 0) {
    signals.push({
      id: 'poisoned_descriptions',
      points: Math.max(w.poisonedMax, w.poisonedTool * inputs.poisonedTools.length),
      detail: `${inputs.poisonedTools.length} tool description(s) blocked as poisoned: ${list(inputs.poisonedTools)}`,
    });
  }
  if (inputs.suspiciousTools.length > 0) {
    signals.push({
      id: 'suspicious_descriptions',
      points: Math.max(w.suspiciousMax, w.suspiciousTool * inputs.suspiciousTools.length),
      detail: `${inputs.suspiciousTools.length} tool description(s) with findings: ${list(inputs.suspiciousTools)}`,
    });
  }

  const capability = (name: string) =>
    inputs.capabilities.find((evidence) => evidence.capability === name);
  const reads = capability('reads_private_data');
  const sees = capability('sees_untrusted_content');
  const sends = capability('sends_data_out');
  if (reads !== undefined && sees !== undefined && sends !== undefined) {
    signals.push({
      id: 'dangerous_combination',
      points: 0,
      cap: w.dangerousCombinationCap,
      detail: `reads private data (${list(reads.tools)}), sees untrusted content (${list(sees.tools)}) and sends data out (${list(sends.tools)}): one injection can exfiltrate`,
    });
  }
  const executes = capability('executes_code');
  if (executes !== undefined) {
    signals.push({
      id: 'executes_code',
      points: w.executesCode,
      detail: `executes code: ${list(executes.tools)}`,
    });
  }
  const destructive = capability('destructive');
  if (destructive !== undefined) {
    signals.push({
      id: 'destructive',
      points: w.destructive,
      detail: `destructive tools: ${list(destructive.tools)}`,
    });
  }

  if (inputs.driftedTools.length > 0) {
    signals.push({
      id: 'pin_drift',
      points: Math.max(w.driftMax, w.driftedTool * inputs.driftedTools.length),
      detail: `${inputs.driftedTools.length} tool definition(s) changed since pinned, awaiting approval: ${list(inputs.driftedTools)}`,
    });
  }

  if (inputs.incidents.length > 0) {
    let points = 0;
    const counts = { injection: 0, review: 0, violation: 0 };
    for (const incident of inputs.incidents) {
      counts[incident.kind] += 1;
      points += incident.weight * w[incident.kind];
    }
    const rounded = Math.round(Math.max(w.incidentsMax, points) * 10) / 10;
    if (rounded !== 0) {
      signals.push({
        id: 'runtime_incidents',
        points: rounded,
        detail: `${counts.injection} blocked injection(s), ${counts.review} doubtful output(s), ${counts.violation} refused call(s), weighted by age`,
      });
    }
  }

  const raw = 100 + signals.reduce((sum, signal) => sum + signal.points, 0);
  const cap = Math.min(100, ...signals.map((signal) => signal.cap ?? 100));
  const score = Math.round(Math.max(0, Math.min(cap, raw)));
  return {
    server: spec.name,
    score,
    signals,
    capabilities: inputs.capabilities.map((evidence) => evidence.capability),
  };
}

// --- internal ---

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Tool names come from servers: printable characters only, short. */
function list(names: readonly string[]): string {
  const safe = names.map((name) => name.replace(/[^\w.:/-]/g, '_').slice(0, 64));
  return safe.length <= 4
    ? safe.join(', ')
    : `${safe.slice(0, 4).join(', ')} and ${safe.length - 4} more`;
}

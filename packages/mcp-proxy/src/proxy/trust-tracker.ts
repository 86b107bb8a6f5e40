import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { Verdict } from '@portcullis/core';
import { type CapabilityEvidence, inferCapabilities } from './capabilities.ts';
import { type DecayOptions, decayWeight } from './decay.ts';
import { computeTrustScore, type TrustReport, type WeightedIncident } from './trust-score.ts';
import type { UpstreamSpec } from './upstream-spec.ts';

/** What the latest description verdict of one tool said. */
type DescriptionState = { poisoned: boolean; suspicious: boolean; drifted: boolean };

/** Incidents kept per server (older ones weigh nothing anyway). */
const MAX_INCIDENTS = 1000;

/**
 * Keeps, per server, what feeds its trust score: the latest description verdict of each tool, the tools'
 * capabilities, and runtime incidents with their time. Scores are computed on demand.
 */
export class TrustTracker {
  readonly #specs: Map<string, UpstreamSpec>;
  readonly #domains: { trusted?: readonly string[]; blocked?: readonly string[] };
  readonly #decay: DecayOptions;
  readonly #now: () => number;
  readonly #descriptions = new Map<string, Map<string, DescriptionState>>();
  readonly #capabilities = new Map<
    string,
    { tools: readonly Tool[]; evidence: CapabilityEvidence[] }
  >();
  readonly #incidents = new Map<string, { kind: WeightedIncident['kind']; at: number }[]>();

  constructor({
    specs,
    domains,
    decay = {},
    now = Date.now,
  }: {
    specs: readonly UpstreamSpec[];
    domains: { trusted?: readonly string[]; blocked?: readonly string[] };
    decay?: DecayOptions;
    now?: () => number;
  }) {
    this.#specs = new Map(specs.map((spec) => [spec.name, spec]));
    this.#domains = domains;
    this.#decay = decay;
    this.#now = now;
  }

  /** Records the verdict on a tool's description (poisoned? drifted?). */
  recordDescription(server: string, tool: string, verdict: Verdict): void {
    let tools = this.#descriptions.get(server);
    if (tools === undefined) {
      tools = new Map();
      this.#descriptions.set(server, tools);
    }
    // A description the guard blocked because of a serious finding is poisoned; one blocked by a policy
    // (a deny list) is not the server's fault; weaker findings make it suspicious.
    const findings = verdict.findings.filter(
      (finding) => finding.category !== 'pii' && finding.category !== 'secrets',
    );
    const serious = findings.some(
      (finding) => finding.severity === 'high' || finding.severity === 'critical',
    );
    tools.set(tool, {
      poisoned: serious && verdict.decision === 'block',
      suspicious: findings.length > 0 && !(serious && verdict.decision === 'block'),
      drifted: verdict.policyResults.some(
        (result) => result.type === 'config_drift' && result.triggered,
      ),
    });
  }

  /** Records the verdicts on what a server sent back (outputs) or was asked (calls); true if one counted. */
  recordRuntime(server: string, verdicts: readonly Verdict[]): boolean {
    let hasRecorded = false;
    for (const verdict of verdicts) {
      const kind = incidentOf(verdict);
      if (kind === undefined) continue;
      hasRecorded = true;
      const list = this.#incidents.get(server) ?? [];
      list.push({ kind, at: verdict.timestamp });
      if (list.length > MAX_INCIDENTS) list.splice(0, list.length - MAX_INCIDENTS);
      this.#incidents.set(server, list);
    }
    return hasRecorded;
  }

  /** The capabilities of a server's current tools (cached per tool list). */
  capabilities(server: string, tools: readonly Tool[]): CapabilityEvidence[] {
    const cached = this.#capabilities.get(server);
    if (cached?.tools === tools) return cached.evidence;
    const evidence = inferCapabilities(tools);
    this.#capabilities.set(server, { tools, evidence });
    return evidence;
  }

  /** The score of one server, from its current tools and everything recorded. */
  report(server: string, tools: readonly Tool[]): TrustReport {
    const spec = this.#specs.get(server) ?? {
      name: server,
      transport: 'stdio',
      command: '',
      args: [],
    };
    const current = new Set(tools.map((tool) => tool.name));
    const states = [
      ...(this.#descriptions.get(server) ?? new Map<string, DescriptionState>()),
    ].filter(([name]) => current.has(name));
    const now = this.#now();
    const incidents = (this.#incidents.get(server) ?? [])
      .map((incident) => ({
        kind: incident.kind,
        weight: decayWeight(now - incident.at, this.#decay),
      }))
      .filter((incident) => incident.weight >= 0.01);
    return computeTrustScore({
      spec,
      domains: this.#domains,
      poisonedTools: states.filter(([, state]) => state.poisoned).map(([name]) => name),
      suspiciousTools: states.filter(([, state]) => state.suspicious).map(([name]) => name),
      capabilities: this.capabilities(server, tools),
      driftedTools: states.filter(([, state]) => state.drifted).map(([name]) => name),
      incidents,
    });
  }
}

// --- internal ---

function incidentOf(verdict: Verdict): WeightedIncident['kind'] | undefined {
  const hasFindings = verdict.findings.some(
    (finding) => finding.category !== 'pii' && finding.category !== 'secrets',
  );
  if (verdict.surface === 'tool_output') {
    if (verdict.decision === 'block' && hasFindings) return 'injection';
    if (verdict.decision === 'review' && hasFindings) return 'review';
    return undefined;
  }
  // A refusal the trust policy itself caused must not lower the score further (no feedback loop).
  const byTrust = verdict.policyResults.some(
    (result) => result.triggered && result.type === 'mcp_trust' && result.mode === 'block',
  );
  if (verdict.surface === 'tool_call' && verdict.decision === 'block' && !byTrust)
    return 'violation';
  return undefined;
}

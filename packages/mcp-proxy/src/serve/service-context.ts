import type { Guard } from '@portcullis/core';
import type { IpAllowlist } from './ip-allowlist.ts';
import type { ServiceMetrics, UpstreamHealth } from './service-metrics.ts';

/** The trust score of one MCP server, as the proxy computes it. */
export type TrustScore = {
  readonly server: string;
  /** 0–100, or `null` when nothing computed one. */
  readonly score: number | null;
  /** The signals behind the score, explainable one by one. */
  readonly signals?: readonly {
    readonly name: string;
    readonly effect: number;
    readonly detail?: string;
  }[];
  readonly [key: string]: unknown;
};

/** What the routes share. */
export type ServiceContext = {
  readonly guard: Guard;
  readonly allowlist: IpAllowlist;
  readonly metrics: ServiceMetrics;
  readonly isReady: () => boolean;
  readonly readiness: () => { status: 'ready' | 'starting' | 'stopping'; error?: string };
  /** The MCP servers whose pins are listed when the request names none. */
  readonly pinServers: () => readonly string[];
  readonly trust: (() => Promise<readonly TrustScore[]>) | undefined;
  readonly upstreamHealth: (() => Promise<readonly UpstreamHealth[]>) | undefined;
  /** The key watermarks are detected with, when configured. */
  readonly watermarkKey: string | undefined;
  /** The session id the warm-up inspects under (never a caller's). */
  readonly warmupSession: string;
};

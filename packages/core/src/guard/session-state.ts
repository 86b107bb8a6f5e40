import type { Finding } from '../spec/finding.ts';
import type { StateStore } from '../state/state-store.ts';
import type { GuardMode, PolicyResult } from './verdict.ts';

/** The risk of a session over time: the running maximum and the latest. */
export type SessionRisk = {
  readonly max: number;
  readonly latest: number;
  readonly events: number;
  readonly updatedAt: number;
};

/** One line of a session's transcript, redacted before it is stored. */
export type TranscriptEntry = {
  readonly eventId: string;
  readonly timestamp: number;
  readonly surface: string;
  readonly toolName?: string;
  /** The content, redacted (secrets, personal data) and cut to a readable length. */
  readonly text: string;
  readonly decision: string;
  readonly action: string;
  readonly enforced: boolean;
  readonly riskScore: number;
  readonly categories: readonly string[];
  readonly mode?: GuardMode;
  /** The findings (their evidence is redacted before anything is written or shown). */
  readonly findings?: readonly Finding[];
  readonly policyResults?: readonly PolicyResult[];
};

/** How long session state lives after the last event. */
export const SESSION_TTL_MS: number = 24 * 3_600_000;
/** Transcripts keep the last this many events. */
export const TRANSCRIPT_LIMIT = 200;

/** Key helpers for one session of one tenant. */
export function sessionKeys(
  namespace: string,
  sessionKey: string,
): { readonly risk: string; readonly transcript: string } {
  const base = `${namespace}s:${sessionKey}`;
  return { risk: `${base}:risk`, transcript: `${base}:transcript` };
}

/** Reads a session's risk. */
export async function readSessionRisk(
  state: StateStore,
  key: string,
): Promise<SessionRisk | undefined> {
  return (await state.get(key)) as SessionRisk | undefined;
}

/** The session's risk after an event: the running maximum raised, the latest recorded. */
export function nextSessionRisk(
  previous: SessionRisk | undefined,
  riskScore: number,
  now: number,
): SessionRisk {
  return {
    max: Math.max(previous?.max ?? 0, riskScore),
    latest: riskScore,
    events: (previous?.events ?? 0) + 1,
    updatedAt: now,
  };
}

/** Records an event's risk in the session's (see {@link nextSessionRisk}). */
export async function recordSessionRisk(
  state: StateStore,
  key: string,
  previous: SessionRisk | undefined,
  riskScore: number,
  now: number,
): Promise<void> {
  await state.set(key, nextSessionRisk(previous, riskScore, now), SESSION_TTL_MS);
}

/**
 * A session's risk, read at once from a process-local store (see `StateStore.sync`) or else awaited.
 */
export function currentSessionRisk(
  state: StateStore,
  key: string,
): SessionRisk | undefined | Promise<SessionRisk | undefined> {
  return state.sync === undefined
    ? readSessionRisk(state, key)
    : (state.sync.get(key) as SessionRisk | undefined);
}

/**
 * Records one event in its session: the risk ({@link nextSessionRisk}) and the transcript line. Done at once
 * on a process-local store (nothing to await: `undefined`), else the returned promise settles when done.
 */
export function recordSessionEvent(
  state: StateStore,
  keys: { readonly risk: string; readonly transcript: string },
  previous: SessionRisk | undefined,
  entry: TranscriptEntry,
  now: number,
): Promise<void> | undefined {
  const local = state.sync;
  if (local === undefined) {
    return (async () => {
      await recordSessionRisk(state, keys.risk, previous, entry.riskScore, now);
      await appendTranscript(state, keys.transcript, entry);
    })();
  }
  local.set(keys.risk, nextSessionRisk(previous, entry.riskScore, now), SESSION_TTL_MS);
  local.append(keys.transcript, entry, TRANSCRIPT_LIMIT, SESSION_TTL_MS);
  return undefined;
}

/** Appends to a session's transcript, keeping the last {@link TRANSCRIPT_LIMIT} entries. */
export async function appendTranscript(
  state: StateStore,
  key: string,
  entry: TranscriptEntry,
): Promise<void> {
  if (state.append !== undefined) {
    await state.append(key, entry, TRANSCRIPT_LIMIT, SESSION_TTL_MS);
    return;
  }
  const previous = await readTranscript(state, key);
  const next =
    previous.length >= TRANSCRIPT_LIMIT
      ? [...previous.slice(previous.length - TRANSCRIPT_LIMIT + 1), entry]
      : [...previous, entry];
  await state.set(key, next, SESSION_TTL_MS);
}

/** A session's transcript, oldest first. */
export async function readTranscript(state: StateStore, key: string): Promise<TranscriptEntry[]> {
  if (state.list !== undefined) return (await state.list(key)) as TranscriptEntry[];
  const stored = await state.get(key);
  return Array.isArray(stored) ? (stored as TranscriptEntry[]) : [];
}

import type {
  Action,
  Decision,
  Finding,
  GuardMode,
  PolicyResult,
  Surface,
  TranscriptEntry,
  Verdict,
} from '@portcullis/core';

/** A transcript line, with the fields newer guards record on it. */
type RichEntry = TranscriptEntry & {
  readonly mode?: GuardMode;
  readonly findings?: readonly Finding[];
  readonly policyResults?: readonly PolicyResult[];
};

/**
 * The verdicts of a session rebuilt from its redacted transcript (the guard keeps no other per-session
 * record), for `renderSessionReport`. Findings and policy results are carried over when the guard records
 * them on the transcript; otherwise the report shows decisions and risk only.
 *
 * @example
 * const { transcript } = await guard.replay(sessionId, { reason, actor });
 * renderSessionReport({ sessionId, verdicts: transcriptVerdicts(sessionId, transcript), transcript });
 */
export function transcriptVerdicts(
  sessionId: string,
  transcript: readonly TranscriptEntry[],
): Verdict[] {
  return transcript.map((line) => {
    const entry = line as RichEntry;
    return {
      eventId: entry.eventId,
      timestamp: entry.timestamp,
      surface: entry.surface as Surface,
      decision: entry.decision as Decision,
      action: entry.action as Action,
      enforced: entry.enforced,
      mode: entry.mode ?? (entry.enforced ? 'strict' : 'monitoring'),
      riskScore: entry.riskScore,
      findings: entry.findings ?? [],
      policyResults: entry.policyResults ?? [],
      sessionId,
      ...(entry.toolName === undefined ? {} : { toolName: entry.toolName }),
    };
  });
}

import { redact } from '../detectors/redaction/index.ts';
import { safeStringify } from '../util/safe-stringify.ts';
import type { GuardEvent } from './events.ts';
import { redactText } from './redact-value.ts';
import type { TranscriptEntry } from './session-state.ts';
import type { Verdict } from './verdict.ts';
import { originalOf } from './verdict-actions.ts';

const TRANSCRIPT_TEXT_LIMIT = 2000;

/** A transcript line: the content redacted (secrets and personal data) and cut. */
export function transcriptEntry(event: GuardEvent, verdict: Verdict): TranscriptEntry {
  const original = originalOf(event);
  let text: string;
  const located = verdict.findings.every(
    (finding) =>
      (finding.category !== 'secrets' && finding.category !== 'pii') || finding.path === undefined,
  );
  if (typeof original === 'string' && located) {
    // The scan already located secrets and personal data in this very string: mask those spans.
    const spans = verdict.findings.flatMap((finding) =>
      (finding.category === 'secrets' || finding.category === 'pii') &&
      finding.span !== undefined &&
      finding.path === undefined
        ? [{ kind: finding.subcategory, start: finding.span.start, end: finding.span.end }]
        : [],
    );
    text = (spans.length === 0 ? original : redact(original, spans)).slice(
      0,
      TRANSCRIPT_TEXT_LIMIT,
    );
  } else {
    // The scan read every string of the value: when it found nothing sensitive there is nothing to mask.
    const sensitive = verdict.findings.some(
      (finding) => finding.category === 'secrets' || finding.category === 'pii',
    );
    const json = safeStringify(original).slice(0, TRANSCRIPT_TEXT_LIMIT);
    text = sensitive ? redactText(json, ['secrets', 'pii']) : json;
  }
  return {
    eventId: verdict.eventId,
    timestamp: verdict.timestamp,
    surface: verdict.surface,
    ...(verdict.toolName === undefined ? {} : { toolName: verdict.toolName }),
    text,
    decision: verdict.decision,
    action: verdict.action,
    enforced: verdict.enforced,
    riskScore: verdict.riskScore,
    categories: [...new Set(verdict.findings.map((finding) => finding.category))],
    mode: verdict.mode,
    findings: verdict.findings.slice(0, 20),
    policyResults: verdict.policyResults,
  };
}

/** The verdicts a transcript records, as the session report reads them. */
export function verdictsOfTranscript(
  transcript: readonly TranscriptEntry[],
  sessionId: string,
  defaultMode: Verdict['mode'],
): Verdict[] {
  return transcript.map((entry) => ({
    eventId: entry.eventId,
    timestamp: entry.timestamp,
    surface: entry.surface as Verdict['surface'],
    decision: entry.decision as Verdict['decision'],
    action: entry.action as Verdict['action'],
    enforced: entry.enforced,
    mode: entry.mode ?? defaultMode,
    riskScore: entry.riskScore,
    findings: entry.findings ?? [],
    policyResults: entry.policyResults ?? [],
    sessionId,
    ...(entry.toolName === undefined ? {} : { toolName: entry.toolName }),
  }));
}

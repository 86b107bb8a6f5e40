import type { Finding } from '../spec/finding.ts';
import { detectPii } from './pii/index.ts';
import { detectSecrets } from './secrets/index.ts';

const EVIDENCE_KEEP = 4;

/**
 * Secrets and personal data in `text`, as findings. Evidence never repeats the value: only its first
 * characters and its length, so a finding can be logged without leaking what it found. `secretHints` is
 * passed on to `detectSecrets` (which secret hints the text holds, when already known).
 */
export function dataProtectionFindings(text: string, secretHints?: ArrayLike<number>): Finding[] {
  const findings: Finding[] = [];
  for (const match of detectSecrets(text, secretHints)) {
    findings.push({
      detector: 'data-protection',
      category: 'secrets',
      subcategory: match.kind,
      severity: match.severity,
      message: `A ${match.kind.replaceAll('_', ' ')} is present`,
      evidence: mask(text.slice(match.start, match.end)),
      explanation:
        'Credentials that reach a model, a log or a tool can be replayed by whoever sees them; redact them.',
      span: { start: match.start, end: match.end },
    });
  }
  for (const match of detectPii(text)) {
    findings.push({
      detector: 'data-protection',
      category: 'pii',
      subcategory: match.kind,
      severity: match.severity,
      message: `Personal data (${match.kind.replaceAll('_', ' ')}) is present`,
      evidence: mask(text.slice(match.start, match.end)),
      explanation:
        'Personal data leaving through a model answer or a tool call may breach privacy rules; redact it where it is not needed.',
      span: { start: match.start, end: match.end },
    });
  }
  return findings;
}

// --- internal ---

function mask(value: string): string {
  return `${value.slice(0, EVIDENCE_KEEP)}…(${value.length} chars)`;
}

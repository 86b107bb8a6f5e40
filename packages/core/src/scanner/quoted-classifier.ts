import { classifierFinding } from '../classifier/classifier-findings.ts';
import type { LoadedModel } from '../classifier/linear-model.ts';
import type { Finding } from '../spec/finding.ts';
import { discussesAttacks, maskQuoted } from './quoted-context.ts';

/** The risk a quoted attack keeps from the model: review, just under block (as for a short text). */
const QUOTED_RISK = 0.6;

/**
 * The model's finding, marked quoted (and kept at review at most) when the text only *quotes* the attack:
 * it discusses attacks (a unit test for a filter, an incident report, a question about defences) and, with
 * its quoted phrases, code fences and blockquotes cut out, the model rates it lower. The rules treat
 * quoted matches the same way (see quoted-context.ts); a quoted payload still reaches the model, so it is
 * sent to review, never allowed outright.
 *
 * `text` is the normalised (lower-cased) text the model read.
 */
export function quotedClassifierFinding(
  model: LoadedModel,
  text: string,
  finding: Finding,
): Finding {
  if (!discussesAttacks(text)) return finding;
  const masked = maskQuoted(text);
  if (masked === text) return finding;
  const around = classifierFinding(model, masked)?.severity;
  if (around === finding.severity || around === 'high') return finding;
  return {
    ...finding,
    severity: 'medium',
    quoted: true,
    message: `${finding.message} (quoted in a text about attacks)`,
    probability: Math.min(finding.probability ?? QUOTED_RISK, QUOTED_RISK),
  };
}

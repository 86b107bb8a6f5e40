import type { Verdict } from '@portcullis/core';

/**
 * True when the verdict stops the content (a blocked prompt, answer, tool call or tool output) and is
 * enforced. Monitoring mode, the kill switch and the canary leave `enforced` false: the content goes on.
 */
export function verdictBlocks(verdict: Verdict): boolean {
  return (
    verdict.enforced &&
    (verdict.action === 'throw' || verdict.action === 'refuse' || verdict.action === 'replace')
  );
}

import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import type { Verdict } from './verdict.ts';

/**
 * Thrown when the guard blocks a prompt or a model output (or anything configured to throw). Carries the
 * verdict; its message names the findings but never quotes the blocked text.
 */
export class PortcullisBlockedError extends PortcullisError {
  readonly verdict: Verdict;

  constructor({ verdict, message }: { verdict: Verdict; message?: string }) {
    super({
      code: ErrorCode.Blocked,
      message: message ?? blockedMessage(verdict),
      data: { eventId: verdict.eventId },
    });
    this.name = 'PortcullisBlockedError';
    this.verdict = verdict;
  }

  /** True for a blocked error from any copy of `@portcullis/core`. */
  static override isInstance(error: unknown): error is PortcullisBlockedError {
    return PortcullisError.isInstance(error) && error.code === ErrorCode.Blocked;
  }
}

/** One line for a blocked verdict: the surface, the reasons (categories and policies), the event id. */
export function blockedMessage(verdict: Verdict): string {
  return `${verdict.surface.replace('_', ' ')} blocked: ${reasonsOf(verdict)} (event ${verdict.eventId})`;
}

/** The reasons of a verdict as a short list: finding categories and triggered policies, no content. */
export function reasonsOf(verdict: Verdict): string {
  const reasons = new Set<string>();
  for (const finding of verdict.findings) reasons.add(finding.category.replaceAll('_', ' '));
  // Alert-only policies record; they never stop anything, so they are not reasons.
  for (const result of verdict.policyResults)
    if (result.triggered && result.mode === 'block') reasons.add(`policy "${result.policyName}"`);
  if (verdict.error !== undefined) reasons.add('internal error (failing closed)');
  return reasons.size === 0 ? 'risk above threshold' : [...reasons].slice(0, 5).join(', ');
}

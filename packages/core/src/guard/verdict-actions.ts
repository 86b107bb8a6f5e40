import type { PortcullisConfig } from '../config/config-schema.ts';
import type { Finding } from '../spec/finding.ts';
import { safeStringify } from '../util/safe-stringify.ts';
import type { GuardEvent } from './events.ts';
import { annotateUntrusted, blockedNotice } from './notices.ts';
import { type RedactionCategories, redactValue } from './redact-value.ts';
import type { Action, Verdict } from './verdict.ts';

/** The content to pass on after a verdict: the replacement when one is enforced, else the original. */
export function contentAfter(verdict: Verdict, original: unknown): unknown {
  return verdict.enforced && verdict.replacement !== undefined ? verdict.replacement : original;
}

export function blockAction(surface: GuardEvent['surface'], config: PortcullisConfig): Action {
  switch (surface) {
    case 'prompt':
      return config.enforcement.onBlock.prompt;
    case 'model_output':
      return config.enforcement.onBlock.model_output;
    case 'tool_output':
      return config.enforcement.onBlock.tool_output;
    default:
      return 'refuse';
  }
}

export function actionFor(
  surface: GuardEvent['surface'],
  decision: Verdict['decision'],
  config: PortcullisConfig,
  redactCategories: RedactionCategories | undefined,
  findings: readonly Finding[],
): Action {
  if (decision === 'block') return blockAction(surface, config);
  if (decision === 'review' && surface === 'tool_output' && config.enforcement.annotateReview)
    return 'annotate';
  if (
    redactCategories !== undefined &&
    surface !== 'tool_call' &&
    surface !== 'tool_description' &&
    findings.some((finding) => (redactCategories as readonly string[]).includes(finding.category))
  ) {
    return 'redact';
  }
  return 'allow';
}

export function originalOf(event: GuardEvent): unknown {
  switch (event.surface) {
    case 'prompt':
    case 'model_output':
      return event.text;
    case 'tool_output':
      return event.output;
    case 'tool_call':
      return event.arguments;
    case 'tool_description':
      return event.tool;
  }
}

export function replacementFor(
  event: GuardEvent,
  verdict: Verdict,
  redactCategories: RedactionCategories | undefined,
): unknown {
  switch (verdict.action) {
    case 'replace':
    case 'refuse':
    case 'throw':
      return blockedNotice(verdict);
    case 'redact':
      return redactValue(originalOf(event), redactCategories ?? ['secrets']);
    case 'annotate': {
      const original = originalOf(event);
      const masked =
        redactCategories === undefined ? original : redactValue(original, redactCategories);
      return annotateUntrusted(
        typeof masked === 'string' ? masked : safeStringify(masked),
        verdict,
      );
    }
    default:
      return undefined;
  }
}

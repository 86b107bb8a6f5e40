import { blockedNotice, type Verdict } from '@portcullis/core';

/** How a block reaches the application: a typed error, or a refusal answer with `content-filter`. */
export type BlockStyle = 'throw' | 'refuse';

/** True when the verdict stops the content: an enforced `throw`, `replace` or `refuse`. */
export function isBlocking(verdict: Verdict): boolean {
  return (
    verdict.enforced &&
    (verdict.action === 'throw' || verdict.action === 'replace' || verdict.action === 'refuse')
  );
}

/** True when the verdict passes the content on changed (notice, annotation or redaction). */
export function changesContent(verdict: Verdict): boolean {
  return verdict.enforced && verdict.action !== 'allow' && verdict.replacement !== undefined;
}

/**
 * The adapter option when set; otherwise what the guard's config says for the surface
 * (`enforcement.onBlock.prompt` / `.model_output`): `replace` answers with a refusal, `throw` throws.
 */
export function blockStyleFor(option: BlockStyle | undefined, verdict: Verdict): BlockStyle {
  return option ?? (verdict.action === 'replace' ? 'refuse' : 'throw');
}

/** The guard's notice for a blocked item: names the findings, never quotes the content. */
export function noticeOf(verdict: Verdict): string {
  return typeof verdict.replacement === 'string' ? verdict.replacement : blockedNotice(verdict);
}

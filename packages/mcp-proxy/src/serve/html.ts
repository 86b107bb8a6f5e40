/** Escapes text for HTML content and quoted attribute values (core's, shared with the session report). */
export { escapeHtml } from '@portcullis/core';

/**
 * The Content-Security-Policy of the service's HTML pages: no scripts, no network, inline styles only.
 * Transcripts hold attacker text; even if escaping failed, nothing in the page could run or call out.
 */
export const HTML_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers of the service's HTML pages. */
export const HTML_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': HTML_PAGE_CSP,
  'referrer-policy': 'no-referrer',
};

import { type NormalizedText, toOriginalSpan } from '../normalize/normalize-text.ts';
import type { Finding } from '../spec/finding.ts';

/**
 * Finds URLs built to carry data out: Markdown images (fetched automatically when rendered, so a query string
 * leaks whatever the model put in it), links and bare URLs whose query holds a placeholder for data the model
 * is asked to fill in (`{conversation}`, `$SECRET`, `<password>`, `[INSERT …]`) or names such data.
 */
export function findExfiltrationUrls(
  original: string,
  normalized: NormalizedText,
  maxFindings = 16,
): Finding[] {
  const lower = normalized.text;
  if (!lower.includes('http')) return [];
  const findings: Finding[] = [];
  URL_IN_TEXT.lastIndex = 0;
  let match = URL_IN_TEXT.exec(lower);
  while (match !== null && findings.length < maxFindings) {
    const url = match[2] ?? '';
    const isImage = match[1] !== undefined;
    const queryIndex = url.search(/[?#&]/);
    const query = queryIndex === -1 ? '' : url.slice(queryIndex);
    const hasPlaceholder = PLACEHOLDER.test(url);
    const namesData = DATA_PARAMETER.test(query);
    if (hasPlaceholder || (isImage && (namesData || LONG_VALUE.test(query)))) {
      const urlStart = match.index + match[0].indexOf(url);
      const span = toOriginalSpan(normalized, urlStart, urlStart + url.length, original);
      findings.push({
        detector: 'structure',
        category: 'exfiltration',
        subcategory: isImage ? 'markdown_image_url' : 'data_carrying_url',
        severity: hasPlaceholder ? 'high' : 'medium',
        message: isImage
          ? 'An image URL whose query string carries data'
          : 'A URL with a placeholder for data to be filled in',
        evidence: original.slice(span.start, Math.min(span.end, span.start + 160)),
        explanation:
          'A URL that the model is asked to fill with data (or an image the client fetches automatically) sends that data to whoever controls the host.',
        span,
      });
    }
    match = URL_IN_TEXT.exec(lower);
  }
  return findings;
}

// --- internal ---

/** `![alt](url)` (group 1 marks an image) or a bare URL; both bounded. */
const URL_IN_TEXT = /(!\[[^\]\n]{0,200}\]\(\s*)?(https?:\/\/[^\s)"'<>`]{4,2000})/g;
/** A placeholder in the query (path templates such as `/users/{id}` are ordinary API documentation). */
const PLACEHOLDER =
  /[?&=](?:\{\{?[^}\s]{1,60}\}\}?|\$\{?[a-z_]{3,40}\}?|<[a-z_ ]{3,40}>|\[(?:insert|your|user|the|data|secret|conversation|summary|chat)[^\]]{0,40}\]|%7b[^%\s]{1,60}%7d)/;
const DATA_PARAMETER =
  /[?&](?:data|d|q|secret|token|key|api_?key|password|pwd|pass|conversation|history|chat|msg|message|content|info|memo|payload|exfil|leak|summary|email|ssn|cc)=/;
const LONG_VALUE = /=[^&\s]{40,}/;

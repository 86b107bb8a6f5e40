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
  for (const found of findUrls(lower)) {
    if (findings.length >= maxFindings) break;
    const url = found.url;
    const isImage = found.isImage;
    const queryIndex = url.search(/[?#&]/);
    const query = queryIndex === -1 ? '' : url.slice(queryIndex);
    const hasPlaceholder = PLACEHOLDER.test(url);
    const namesData = DATA_PARAMETER.test(query);
    if (hasPlaceholder || (isImage && (namesData || LONG_VALUE.test(query)))) {
      const urlStart = found.start;
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
  }
  return findings;
}

// --- internal ---

/** Characters that end a URL in running text or Markdown, by code unit. */
const URL_END = new Uint8Array(128);
for (const char of ' \n\t\r)"\'<>`') URL_END[char.charCodeAt(0)] = 1;

/**
 * Every `http(s)://` URL of (lower-cased) text, up to 2000 characters, and whether it is the target of a
 * Markdown image (`![alt](url)`). A scanner, not a regular expression: each character is read once.
 */
function findUrls(lower: string): { url: string; start: number; isImage: boolean }[] {
  const urls: { url: string; start: number; isImage: boolean }[] = [];
  for (let start = lower.indexOf('http'); start !== -1; start = lower.indexOf('http', start + 1)) {
    const scheme = lower.startsWith('https://', start)
      ? 8
      : lower.startsWith('http://', start)
        ? 7
        : 0;
    if (scheme === 0) continue;
    let end = start + scheme;
    while (end < lower.length && end - start < 2000 && !isUrlEnd(lower.charCodeAt(end))) end++;
    if (end - start - scheme < 4) continue;
    // An image when `](` (with optional spaces) comes just before and `![` opens it on the same line.
    let before = start - 1;
    while (before >= 0 && (lower[before] === ' ' || lower[before] === '\t')) before--;
    const isImage =
      lower[before] === '(' && lower[before - 1] === ']' && opensImage(lower, before - 1);
    urls.push({ url: lower.slice(start, end), start, isImage });
    start = end - 1;
  }
  return urls;
}

function isUrlEnd(unit: number): boolean {
  return unit < 128 && URL_END[unit] === 1;
}

/** True when `![` opens, on the same line and within 200 characters, the `]` at `close`. */
function opensImage(lower: string, close: number): boolean {
  const window = lower.slice(Math.max(0, close - 202), close);
  const bracket = window.lastIndexOf('![');
  return bracket !== -1 && !window.includes('\n', bracket);
}
/** A placeholder in the query (path templates such as `/users/{id}` are ordinary API documentation). */
const PLACEHOLDER =
  /[?&=](?:\{\{?[^}\s]{1,60}\}\}?|\$\{?[a-z_]{3,40}\}?|<[a-z_ ]{3,40}>|\[(?:insert|your|user|the|data|secret|conversation|summary|chat)[^\]]{0,40}\]|%7b[^%\s]{1,60}%7d)/;
const DATA_PARAMETER =
  /[?&](?:data|d|q|secret|token|key|api_?key|password|pwd|pass|conversation|history|chat|msg|message|content|info|memo|payload|exfil|leak|summary|email|ssn|cc)=/;
const LONG_VALUE = /=[^&\s]{40,}/;

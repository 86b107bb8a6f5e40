import type { DecodedSegment } from '../normalize/decode-segments.ts';

/**
 * Pulls out the parts of HTML (or Markdown with HTML in it) that a person reading the rendered page does
 * not see but a model reading the source does: comments, elements hidden by CSS or attributes, and the
 * text of `alt`, `title`, `aria-label` and `data-*` attributes. Each becomes a segment to scan, with
 * offsets into the original text. Linear: each pattern is bounded and runs once.
 */
export function extractHiddenHtml(original: string, maxSegments = 64): DecodedSegment[] {
  if (!HTML_PROBE.test(original)) return [];
  const segments: DecodedSegment[] = [];
  const collect = (pattern: RegExp, encoding: string, group: number): void => {
    pattern.lastIndex = 0;
    let match = pattern.exec(original);
    while (match !== null && segments.length < maxSegments) {
      const text = match[group] ?? '';
      if (text.trim().length >= 8) {
        const start = match.index + match[0].indexOf(text);
        segments.push({ text: stripTags(text), encoding, start, end: start + text.length });
      }
      match = pattern.exec(original);
    }
  };
  collect(COMMENT, 'html_comment', 1);
  collect(HIDDEN_ELEMENT, 'html_hidden', 1);
  collect(ATTRIBUTE, 'html_attribute', 2);
  return segments;
}

// --- internal ---

const HTML_PROBE = /<!--|<[a-zA-Z][^>]{0,200}(?:hidden|style=|alt=|title=|aria-|data-)/;
const COMMENT = /<!--([\s\S]{0,8000}?)-->/g;
/** An element hidden from the reader: `display:none`, `visibility:hidden`, zero size or opacity, off-screen, `hidden`. */
const HIDDEN_ELEMENT =
  /<[a-zA-Z][a-zA-Z0-9]{0,10}\s[^>]{0,300}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])|left\s*:\s*-\d{3,}|\shidden(?:\s|>|=)|aria-hidden\s*=\s*["']?true)[^>]{0,300}>([^<]{0,4000})/g;
const ATTRIBUTE =
  /\s(alt|title|aria-label|aria-description|data-[a-z-]{1,30})\s*=\s*"([^"]{8,2000})"/g;

function stripTags(text: string): string {
  return text.replace(/<[^>]{0,200}>/g, ' ');
}

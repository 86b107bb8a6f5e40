import type { DecodedSegment } from '../normalize/decode-segments.ts';

/**
 * Pulls out the parts of HTML (or Markdown with HTML in it) that a person reading the rendered page does
 * not see but a model reading the source does: comments, elements hidden by CSS or attributes, and the
 * text of `alt`, `title`, `aria-label` and `data-*` attributes. Each becomes a segment to scan, with
 * offsets into the original text. Tags are read by a small scanner (each character once), and the only
 * regular expressions run on one bounded tag at a time.
 */
export function extractHiddenHtml(original: string, maxSegments = 64): DecodedSegment[] {
  if (!original.includes('<')) return [];
  const segments: DecodedSegment[] = [];
  const push = (text: string, start: number, encoding: string): void => {
    if (text.trim().length >= 8 && segments.length < maxSegments) {
      segments.push({ text: stripTags(text), encoding, start, end: start + text.length });
    }
  };
  for (let open = original.indexOf('<'); open !== -1 && segments.length < maxSegments; ) {
    if (original.startsWith('<!--', open)) {
      const close = original.indexOf('-->', open + 4);
      const end =
        close === -1
          ? Math.min(original.length, open + 4 + MAX_COMMENT)
          : Math.min(close, open + 4 + MAX_COMMENT);
      push(original.slice(open + 4, end), open + 4, 'html_comment');
      open = original.indexOf('<', close === -1 ? end : close + 3);
      continue;
    }
    const tag = readTag(original, open);
    if (tag === undefined) {
      open = original.indexOf('<', open + 1);
      continue;
    }
    for (const attribute of readAttributes(tag.text)) {
      if (DESCRIBING_ATTRIBUTE.test(attribute.name))
        push(attribute.value, open + attribute.valueStart, 'html_attribute');
    }
    if (HIDDEN_STYLE.test(tag.text) || HIDDEN_ATTRIBUTE.test(tag.text)) {
      const contentEnd = original.indexOf('<', tag.end);
      const end =
        contentEnd === -1
          ? Math.min(original.length, tag.end + MAX_CONTENT)
          : Math.min(contentEnd, tag.end + MAX_CONTENT);
      push(original.slice(tag.end, end), tag.end, 'html_hidden');
    }
    open = original.indexOf('<', tag.end);
  }
  return segments;
}

// --- internal ---

const MAX_COMMENT = 8000;
const MAX_CONTENT = 4000;
const MAX_TAG = 1000;
/** Attributes whose text a screen shows only on hover, or never, but a model reads. */
const DESCRIBING_ATTRIBUTE = /^(?:alt|title|aria-label|aria-description|data-[a-z-]{1,30})$/;
/** Styles that hide an element: `display:none`, `visibility:hidden`, zero size or opacity, far off-screen. */
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0+(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:[;"'}]|$)|opacity\s*:\s*0+(?:\.0+)?\s*(?:[;"'}]|$)|left\s*:\s*-\d{3,}/;
const HIDDEN_ATTRIBUTE = /\shidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true/;

/** The tag that starts at `open` (`<name …>`), lower-cased, or undefined when it is not a tag. */
function readTag(text: string, open: number): { text: string; end: number } | undefined {
  const first = text.charCodeAt(open + 1);
  const isLetter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  if (!isLetter) return undefined;
  const close = text.indexOf('>', open + 1);
  if (close === -1 || close - open > MAX_TAG) return undefined;
  const body = text.slice(open, close + 1);
  if (body.includes('<', 1)) return undefined;
  return { text: body.toLowerCase(), end: close + 1 };
}

/** `name="value"` attributes of a tag, with the value's offset inside the tag. */
function readAttributes(tag: string): { name: string; value: string; valueStart: number }[] {
  const attributes: { name: string; value: string; valueStart: number }[] = [];
  for (let equals = tag.indexOf('="'); equals !== -1; equals = tag.indexOf('="', equals + 2)) {
    let nameStart = equals;
    while (nameStart > 0 && isNameUnit(tag.charCodeAt(nameStart - 1))) nameStart--;
    const valueEnd = tag.indexOf('"', equals + 2);
    if (valueEnd === -1) break;
    attributes.push({
      name: tag.slice(nameStart, equals),
      value: tag.slice(equals + 2, valueEnd),
      valueStart: equals + 2,
    });
    equals = valueEnd - 1;
  }
  return attributes;
}

function isNameUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || unit === 0x2d || (unit >= 0x30 && unit <= 0x39);
}

function stripTags(text: string): string {
  return text.replace(/<[^<>]{0,200}>/g, ' ');
}

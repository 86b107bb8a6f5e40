import type { Verdict } from '@portcullis/core';
import { fileText, fileUrl } from './file-text.ts';
import { isRecord, isTagged, type Tagged } from './model-shapes.ts';

/**
 * What the guard scans of one `tool-result` output: a string, a JSON value (walked by the guard, every
 * string leaf with its path), or for `content` outputs one string per part (text, inline or textual file
 * data, URLs; binary parts give `''`).
 */
export type OutputScan =
  | { readonly kind: 'string'; readonly field: 'value' | 'reason'; readonly value: string }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'content'; readonly value: readonly string[] };

/**
 * The scannable view of a tool-result output of any type (`text`, `json`, `error-text`, `error-json`,
 * `execution-denied`, `content` in its V3 and V4 forms); `undefined` when there is nothing to read.
 */
export function outputScan(output: unknown): OutputScan | undefined {
  if (!isTagged(output)) return output === undefined ? undefined : { kind: 'json', value: output };
  switch (output.type) {
    case 'text':
    case 'error-text':
      return typeof output.value === 'string'
        ? { kind: 'string', field: 'value', value: output.value }
        : { kind: 'json', value: output.value };
    case 'json':
    case 'error-json':
      return { kind: 'json', value: output.value };
    case 'execution-denied':
      return typeof output.reason === 'string' && output.reason !== ''
        ? { kind: 'string', field: 'reason', value: output.reason }
        : undefined;
    case 'content':
      return Array.isArray(output.value)
        ? { kind: 'content', value: output.value.map(contentPartText) }
        : { kind: 'json', value: output.value };
    default:
      // An output type this version does not know: scan all of it rather than nothing.
      return { kind: 'json', value: output };
  }
}

/**
 * The output to pass on after an enforced verdict that changes content: a notice or an annotated text
 * replaces the output (as `text`, or `error-text` for errors); a redacted value keeps the output's shape.
 */
export function outputAfter(output: unknown, scan: OutputScan, verdict: Verdict): unknown {
  const { replacement } = verdict;
  if (verdict.action === 'redact') return redactedOutput(output, scan, replacement);
  const text = typeof replacement === 'string' ? replacement : JSON.stringify(replacement);
  const type = isTagged(output) && output.type.startsWith('error') ? 'error-text' : 'text';
  if (isTagged(output) && output.type === 'execution-denied') return { ...output, reason: text };
  return { type, value: text };
}

// --- internal ---

function contentPartText(part: unknown): string {
  if (!isTagged(part)) return '';
  switch (part.type) {
    case 'text':
      return typeof part.text === 'string' ? part.text : '';
    case 'file':
      // V4: `data` is a tagged union.
      return fileText(part.data, part.mediaType) ?? fileUrl(part.data) ?? '';
    case 'file-data':
    case 'image-data':
      return fileText(part.data, part.mediaType) ?? '';
    case 'file-url':
    case 'image-url':
      return typeof part.url === 'string' ? part.url : '';
    default:
      return '';
  }
}

function redactedOutput(output: unknown, scan: OutputScan, replacement: unknown): unknown {
  switch (scan.kind) {
    case 'string':
      return typeof replacement === 'string' && isRecord(output)
        ? { ...output, [scan.field]: replacement }
        : output;
    case 'json':
      return isTagged(output) && (output.type === 'json' || output.type === 'error-json')
        ? { ...output, value: replacement }
        : isTagged(output) && output.type === 'content'
          ? { ...output, value: replacement }
          : replacement;
    case 'content': {
      if (!isTagged(output) || !Array.isArray(output.value) || !Array.isArray(replacement))
        return output;
      const parts = output.value.map((part: unknown, index: number) => {
        const redacted = replacement[index];
        if (typeof redacted !== 'string' || redacted === scan.value[index]) return part;
        return redactedPart(part as Tagged, redacted);
      });
      return { ...output, value: parts };
    }
  }
}

/** A part whose text was redacted: text stays text, inline text stays inline, anything else becomes text. */
function redactedPart(part: Tagged, text: string): unknown {
  if (part.type === 'text') return { ...part, text };
  if (part.type === 'file' && isRecord(part.data) && part.data.type === 'text')
    return { ...part, data: { ...part.data, text } };
  return { type: 'text', text };
}

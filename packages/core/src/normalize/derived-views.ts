import { type DecodedSegment, rot13 } from './decode-segments.ts';

/**
 * Re-readings of already normalised (lower-case) text that undo common obfuscations: leetspeak
 * (`1gn0r3`), spaced or dotted letters (`i g n o r e`, `i.g.n.o.r.e`), reversed text and ROT13.
 * Each view is built only when a cheap probe says the obfuscation is likely, so honest text pays
 * almost nothing. Views cover the whole text, so their offsets are the whole original range.
 */
export function deriveViews(
  normalized: string,
  originalLength: number,
  maxLength = 262_144,
): DecodedSegment[] {
  const views: DecodedSegment[] = [];
  if (normalized.length > maxLength) return views;
  const whole = (text: string, encoding: string): DecodedSegment => ({
    text,
    encoding,
    start: 0,
    end: originalLength,
  });

  if (LEET_PROBE.test(normalized)) {
    const unleeted = normalized.replace(LEET_TOKEN, (token) =>
      /[a-z]/.test(token)
        ? token.replace(/[013457@$!|]/g, (char) => LEET_MAP[char] ?? char)
        : token,
    );
    if (unleeted !== normalized) views.push(whole(unleeted, 'leetspeak'));
  }
  if (SPACED_PROBE.test(normalized)) {
    // Collapse runs of single letters separated by one separator; a wider gap stays a word break.
    const collapsed = normalized.replace(SPACED_RUN, (run) =>
      run.replace(/([a-z])[ ._*\-/|]/g, '$1').replace(/\s{2,}|[ ._*\-/|]{2,}/g, ' '),
    );
    if (collapsed !== normalized) views.push(whole(collapsed, 'spaced'));
  }
  if (REVERSED_MARKERS.some((marker) => normalized.includes(marker))) {
    views.push(whole([...normalized].reverse().join(''), 'reversed'));
  }
  if (ROT13_MARKERS.some((marker) => normalized.includes(marker))) {
    views.push(whole(rot13(normalized), 'rot13'));
  }
  return views;
}

// --- internal ---

const LEET_MAP: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
/** A letter next to a leet digit or symbol inside a word, e.g. `1gn0r3`, `pr3v10us`. */
const LEET_PROBE = /[a-z][013457@$][a-z]|\b[013457][a-z]{2}/;
const LEET_TOKEN = /[a-z013457@$!|]{3,32}/g;
/** At least five single letters in a row, each followed by one separator. */
const SPACED_PROBE = /(?:\b[a-z][ ._*\-/|]){5}/;
const SPACED_RUN = /(?:\b[a-z][ ._*\-/|]{1,3}){3,}[a-z]\b/g;
/** Key words of injections, reversed: a text holding them likely hides a reversed instruction. */
const REVERSED_MARKERS = [
  'erongi',
  'snoitcurtsni',
  'tpmorp metsys',
  'drager',
  'suoiverp',
  'tegrof',
];
/** The same words under ROT13. */
const ROT13_MARKERS = [
  'vtaber',
  'vafgehpgvbaf',
  'flfgrz cebzcg',
  'cerivbhf',
  'qvfertneq',
  'sbetrg',
];

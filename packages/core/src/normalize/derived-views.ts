import { type DecodedSegment, rot13 } from './decode-segments.ts';

/**
 * Re-readings of already normalised (lower-case) text that undo common obfuscations: leetspeak
 * (`1gn0r3`), spaced or dotted letters (`i g n o r e`, `i.g.n.o.r.e`), reversed text and ROT13.
 * Each is built only when a cheap probe says the obfuscation is likely. Leetspeak and spacing views hold
 * only the changed places with some context around them, so honest text with a stray `mp3` or `a b c`
 * costs a few hundred characters of rescanning, not a second pass over the whole text.
 */
export function deriveViews(
  normalized: string,
  originalLength: number,
  keywords: ReadonlySet<string> = DEFAULT_KEYWORDS,
  maxLength = 4_000_000,
): DecodedSegment[] {
  const views: DecodedSegment[] = [];
  if (normalized.length > maxLength) return views;
  const whole = (text: string, encoding: string): DecodedSegment => ({
    text,
    encoding,
    start: 0,
    end: originalLength,
  });

  // Only tokens whose decoding changes a key word of the rules are rewritten: `es2015`, `sha256` and
  // `println!` stay as they are.
  const leet = changedPieces(normalized, leetTokens(normalized), (token) => {
    if (!/[a-z]/.test(token)) return token;
    const decoded = token.replace(/[013457@$!|]/g, (char) => LEET_MAP[char] ?? char);
    return keywordPrefixChanged(token, decoded, keywords) ? decoded : token;
  });
  if (leet !== '') views.push(whole(leet, 'leetspeak'));
  if (SPACED_PROBE.test(normalized)) {
    const pieces = changedPieces(normalized, matchSpans(normalized, SPACED_RUN), (run) =>
      run.replace(/([a-z])[ ._*\-/|]/g, '$1').replace(/\s{2,}|[ ._*\-/|]{2,}/g, ' '),
    );
    if (pieces !== '') views.push(whole(pieces, 'spaced'));
  }
  if (REVERSED_MARKERS.some((marker) => normalized.includes(marker))) {
    views.push(whole([...normalized].reverse().join(''), 'reversed'));
  }
  if (ROT13_MARKERS.some((marker) => normalized.includes(marker))) {
    views.push(whole(rot13(normalized), 'rot13'));
  }
  return views;
}

/**
 * The words that leetspeak decoding looks for: the ASCII words of every rule trigger (4 letters or more).
 * A decoded token is kept when one of them is a prefix of it.
 */
export function keywordsOf(triggers: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const trigger of triggers) {
    for (const word of trigger.split(/[^a-z]+/)) if (word.length >= 4) words.add(word);
  }
  return words;
}

// --- internal ---

const DEFAULT_KEYWORDS: ReadonlySet<string> = new Set([
  'ignore',
  'instructions',
  'previous',
  'system',
  'prompt',
  'disregard',
  'forget',
  'jailbreak',
  'reveal',
  'password',
]);

/** True when `decoded` starts with a key word and decoding changed a character inside that word. */
function keywordPrefixChanged(
  token: string,
  decoded: string,
  keywords: ReadonlySet<string>,
): boolean {
  for (let length = Math.min(decoded.length, 24); length >= 4; length--) {
    if (keywords.has(decoded.slice(0, length)))
      return token.slice(0, length) !== decoded.slice(0, length);
  }
  return false;
}

/** Characters of context kept on each side of a changed token, so a rule can see the phrase around it. */
const CONTEXT = 160;
const MAX_PIECES = 256;

/**
 * Rewrites each match of `pattern` with `rewrite` and returns only the rewritten places, each with its
 * context, joined by blank lines; the empty string when nothing changed.
 */
function changedPieces(
  text: string,
  spans: Iterable<readonly [number, number]>,
  rewrite: (token: string) => string,
): string {
  const pieces: string[] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  let current = '';
  for (const [start, end] of spans) {
    if (pieces.length >= MAX_PIECES) break;
    const token = text.slice(start, end);
    const replaced = rewrite(token);
    if (replaced === token) continue;
    if (pieceStart !== -1 && start - CONTEXT <= pieceEnd) {
      // Extend the open piece up to this token, then add the rewritten token.
      current += text.slice(pieceEnd, start) + replaced;
    } else {
      if (pieceStart !== -1)
        pieces.push(current + text.slice(pieceEnd, Math.min(text.length, pieceEnd + CONTEXT)));
      pieceStart = Math.max(0, start - CONTEXT);
      current = text.slice(pieceStart, start) + replaced;
    }
    pieceEnd = end;
  }
  if (pieceStart !== -1)
    pieces.push(current + text.slice(pieceEnd, Math.min(text.length, pieceEnd + CONTEXT)));
  return pieces.join('\n\n');
}

/** Spans of every match of a global pattern. */
function* matchSpans(text: string, pattern: RegExp): Generator<readonly [number, number]> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    yield [match.index, match.index + match[0].length];
  }
}

/**
 * Tokens that mix letters with leet digits or symbols: found from their core (a letter, leet characters,
 * a letter) and grown to the whole token, so ordinary words are never visited one by one.
 */
function* leetTokens(text: string): Generator<readonly [number, number]> {
  let lastEnd = -1;
  LEET_CORE.lastIndex = 0;
  for (let match = LEET_CORE.exec(text); match !== null; match = LEET_CORE.exec(text)) {
    if (match.index < lastEnd) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 32 && isLeetTokenUnit(text.charCodeAt(start - 1)))
      start--;
    let end = match.index + match[0].length;
    while (end < text.length && end - start < 48 && isLeetTokenUnit(text.charCodeAt(end))) end++;
    lastEnd = end;
    LEET_CORE.lastIndex = end;
    yield [start, end];
  }
}

function isLeetTokenUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit < 128 && LEET_UNITS[unit] === 1);
}

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
const LEET_CORE = /[a-z][013457@$|]{1,3}[a-z]|(?<![a-z0-9])[013457@$|][a-z]{2}/g;
const LEET_UNITS = new Uint8Array(128);
for (const char of '013457@$!|') LEET_UNITS[char.charCodeAt(0)] = 1;
/** Four single letters in a row, each between separators (`i g n o r e`, `i.g.n.o.r.e`). */
const SPACED_PROBE = /[ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|]/;
const SPACED_RUN = /\b[a-z](?:[ ._*\-/|]{1,3}[a-z]\b){3,}/g;
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

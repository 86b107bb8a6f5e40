import { type DecodedSegment, rot13 } from './decode-segments.ts';
import {
  hyphenatedWords,
  REVERSED_WORD_MARKERS,
  reverseWords,
  turnUpright,
} from './flipped-views.ts';
import { LEET_MAP, leetTokens } from './leet-tokens.ts';

/**
 * Re-readings of already normalised (lower-case) text that undo common obfuscations: leetspeak
 * (`1gn0r3`), spaced or dotted letters (`i g n o r e`, `i.g.n.o.r.e`), reversed text and ROT13, and those of
 * flipped-views.ts (upside-down text, words split by hyphens, words in reverse order).
 * Each is built only when a cheap probe says the obfuscation is likely. Leetspeak and spacing views hold
 * only the changed places with some context around them, so honest text with a stray `mp3` or `a b c`
 * costs a few hundred characters of rescanning, not a second pass over the whole text.
 *
 * `markers`, when given, says which {@link VIEW_MARKERS} occur in `normalized` (`markers[i]` is non-zero
 * for `VIEW_MARKERS[i]`), as a scan that already read the text found out; otherwise they are searched for.
 */
export function deriveViews(
  normalized: string,
  originalLength: number,
  keywords: ReadonlySet<string> = DEFAULT_KEYWORDS,
  maxLength = 4_000_000,
  markers?: ArrayLike<number>,
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
  const prefixes = prefixesOf(keywords);
  let keyTokens = 0;
  const leet = changedPieces(normalized, leetTokens(normalized), (token) => {
    // Most tokens' first four letters, decoded, start no key word: then nothing below can change them.
    if (!prefixes.has(decodeLeetHead(token))) return token;
    const decoded = decodeLeetWord(token);
    if (!keywordPrefixChanged(token, decoded, keywords)) return token;
    keyTokens++;
    return decoded;
  });
  if (keyTokens >= LEET_TEXT_TOKENS) {
    // A text written in leetspeak throughout ("n073 f0r c0de 4551s74nt5: … ch4ng3 7h3 w0rkfl0w") has the
    // words between the key words in leet too: a phrase reads whole only with every token around the key
    // words decoded. That one view replaces the key-word view and the glue-word view below, and is no
    // larger than the first.
    const full = changedPieces(leet, leetTokens(leet), decodeLeetWord);
    views.push(whole(full === '' ? leet : full, 'leetspeak'));
  } else if (leet !== '') {
    views.push(whole(leet, 'leetspeak'));
    // Short glue words between the key words ("4ll", "y0ur", "th3"): decoded only when the whole token is
    // one.
    const glued = changedPieces(leet, leetTokens(leet), decodeGlueWord);
    if (glued !== '') views.push(whole(glued, 'leetspeak'));
  }
  if (SPACED_PROBE.test(normalized)) {
    const pieces = changedPieces(normalized, matchSpans(normalized, SPACED_RUN), joinSpacedRun);
    if (pieces !== '') views.push(whole(pieces, 'spaced'));
  }
  if (HAS_ASTRAL.test(normalized) && EMOJI_SPACED_PROBE.test(normalized)) {
    // Letters kept apart by emoji ("i🙂g🙂n🙂o🙂r🙂e"): with each emoji read as a space, they are spaced letters.
    const spaced = normalized.replace(EMOJI, ' ');
    const pieces = changedPieces(spaced, matchSpans(spaced, SPACED_RUN), joinSpacedRun);
    if (pieces !== '') views.push(whole(pieces, 'spaced'));
  }
  const holds = (first: number, end: number): boolean => {
    for (let index = first; index < end; index++) {
      if (
        markers === undefined ? normalized.includes(VIEW_MARKERS[index] as string) : markers[index]
      )
        return true;
    }
    return false;
  };
  if (EMPHASIS_PROBE.test(normalized)) {
    // Markdown emphasis or code marks inside words ("ig**nore**", "se`nd`") split them for the rules.
    const pieces = changedPieces(normalized, matchSpans(normalized, MARKED_WORD), (token) =>
      EMPHASIS_PROBE.test(token) ? token.replace(/[*`]+|_{2,}/g, '') : token,
    );
    if (pieces !== '') views.push(whole(pieces, 'markdown_split'));
  }
  if (normalized.includes('-')) {
    // Words split by hyphens ("ign-ore all prev-ious instru-ctions"): joined only where that makes a key
    // word of injections, and only when two do.
    let joined = 0;
    const hyphenPrefixes = prefixesOf(HYPHEN_KEYWORDS);
    const pieces = changedPieces(normalized, hyphenatedWords(normalized), (token) => {
      const decoded = token.replace(/-/g, '');
      // Only the words attackers split: every word of the rules would join "e-mail" and "read-only".
      if (!hyphenPrefixes.has(decoded.slice(0, 4))) return token;
      if (!keywordPrefixChanged(token, decoded, HYPHEN_KEYWORDS)) return token;
      joined++;
      return decoded;
    });
    if (joined >= 2) views.push(whole(pieces, 'hyphenated'));
  }
  if (holds(0, REVERSED_END)) {
    views.push(whole([...normalized].reverse().join(''), 'reversed'));
  }
  if (holds(REVERSED_END, ROT13_END)) {
    views.push(whole(rot13(normalized), 'rot13'));
  }
  if (holds(ROT13_END, WORDS_END)) views.push(whole(reverseWords(normalized), 'reversed_words'));
  // Text written upside down holds the turned e; phonetic notation may too, and is turned back for nothing.
  if (normalized.includes('ǝ')) {
    const upright = turnUpright(normalized);
    if (upright !== null) views.push(whole(upright, 'upside_down'));
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

/**
 * Key words of injections whose presence makes a view worth building: reversed (a text holding them likely
 * hides a reversed instruction), under ROT13, and key phrases with their words in reverse order (see
 * flipped-views.ts).
 */
export const VIEW_MARKERS: readonly string[] = [
  'erongi',
  'snoitcurtsni',
  'tpmorp metsys',
  'drager',
  'suoiverp',
  'tegrof',
  'vtaber',
  'vafgehpgvbaf',
  'flfgrz cebzcg',
  'cerivbhf',
  'qvfertneq',
  'sbetrg',
  ...REVERSED_WORD_MARKERS,
];

// --- internal ---

/** Where each group of {@link VIEW_MARKERS} ends. */
const REVERSED_END = 6;
const ROT13_END = 12;
const WORDS_END = ROT13_END + REVERSED_WORD_MARKERS.length;

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

/** The words split by hyphens that the hyphen view joins again. */
const HYPHEN_KEYWORDS: ReadonlySet<string> = new Set([
  ...DEFAULT_KEYWORDS,
  'instruction',
  'override',
  'bypass',
  'assistant',
  'forward',
  'secret',
  'credentials',
  'developer',
  'unrestricted',
  'uncensored',
  'confidential',
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

/** The first four units of a token with leet characters decoded (what `decoded.slice(0, 4)` would be). */
function decodeLeetHead(token: string): string {
  let head = '';
  for (let index = 0; index < Math.min(4, token.length); index++) {
    const char = token[index] as string;
    head += LEET_MAP[char] ?? char;
  }
  return head;
}

const prefixCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The first four letters of every key word (all key words have at least four). */
function prefixesOf(keywords: ReadonlySet<string>): ReadonlySet<string> {
  let prefixes = prefixCache.get(keywords);
  if (prefixes === undefined) {
    prefixes = new Set([...keywords].map((word) => word.slice(0, 4)));
    prefixCache.set(keywords, prefixes);
  }
  return prefixes;
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
 * A run of single letters read as words. The separator used most between letters is the one inside words
 * (`f.o.r.g.e.t y.o.u.r`: the dot); any other, or a doubled one (`i g n o r e  a l l`), parts words.
 */
function joinSpacedRun(run: string): string {
  const counts = new Map<string, number>();
  for (const match of run.matchAll(/[a-z]([ ._*\-/|])(?=[a-z])/g)) {
    const separator = match[1] as string;
    counts.set(separator, (counts.get(separator) ?? 0) + 1);
  }
  let inside = ' ';
  let most = 0;
  for (const [separator, count] of counts) {
    if (count > most) {
      inside = separator;
      most = count;
    }
  }
  if (inside === ' ')
    return run.replace(/([a-z])[ ._*\-/|]/g, '$1').replace(/\s{2,}|[ ._*\-/|]{2,}/g, ' ');
  let joined = '';
  for (let index = 0; index < run.length; index++) {
    const char = run[index] as string;
    if (char === inside && run[index + 1] !== inside && run[index - 1] !== inside) continue;
    joined += /[ ._*\-/|]/.test(char) ? ' ' : char;
  }
  return joined.replace(/ {2,}/g, ' ');
}

/** Glue words between key words, for leetspeak tokens that decode to exactly one of them. */
const GLUE_WORDS: ReadonlySet<string> = new Set([
  'all',
  'and',
  'any',
  'are',
  'for',
  'from',
  'now',
  'the',
  'their',
  'them',
  'then',
  'this',
  'that',
  'to',
  'with',
  'you',
  'your',
  'user',
  'users',
  'send',
  'tell',
  'show',
  'give',
  'print',
  'rules',
]);

/** `token` decoded when it holds a letter and decodes to exactly a glue word; otherwise `token`. */
/** Key-word tokens in leetspeak from which the whole text is taken to be written in it. */
const LEET_TEXT_TOKENS = 2;

/** Every leet character of a token that holds a letter, decoded. */
function decodeLeetWord(token: string): string {
  if (!/[a-z]/.test(token)) return token;
  return token.replace(/[013457@$!|]/g, (char) => LEET_MAP[char] ?? char);
}

function decodeGlueWord(token: string): string {
  const decoded = decodeLeetWord(token);
  return GLUE_WORDS.has(decoded) ? decoded : token;
}

/** A letter, then `**`, `__`, `*` or a backtick, then a letter: emphasis inside a word. */
const EMPHASIS_PROBE = /[a-z](?:\*{1,3}|_{2,3}|`)[a-z]/;
/** A word with its marks: the candidates for the markdown view (kept when one holds emphasis inside). */
const MARKED_WORD = /[a-z*_`']+/g;

/**
 * A character outside the Basic Multilingual Plane, where emoji live: a cheap test before the Unicode-property
 * probe, which costs as much as the rest of the views on a page without any.
 */
const HAS_ASTRAL = /[\ud800-\udbff]/;
/** Four letters in a row, each followed by an emoji. */
const EMOJI_SPACED_PROBE =
  /[a-z]\p{Extended_Pictographic}\ufe0f?[a-z]\p{Extended_Pictographic}\ufe0f?[a-z]\p{Extended_Pictographic}\ufe0f?[a-z]/u;
/** An emoji with its presentation selector. */
const EMOJI = /\p{Extended_Pictographic}\ufe0f?/gu;

/** Four single letters in a row, each between separators (`i g n o r e`, `i.g.n.o.r.e`). */
const SPACED_PROBE = /[ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|][a-z][ ._*\-/|]/;
const SPACED_RUN = /\b[a-z](?:[ ._*\-/|]{1,3}[a-z]\b){3,}/g;

/**
 * Literals that every match of a regular expression must contain, found from its source (the prefilter
 * idea of RE2 and Hyperscan). Returns groups: each match holds at least one string of *every* group, so a
 * text (or window) that lacks all strings of some group cannot match, and the regex need not run there.
 *
 * The analysis is conservative: what it does not understand (a character class wider than a few
 * characters, `\s`, `.`, lookaround contents, an optional part) contributes nothing, and a construct it
 * cannot read safely (the `i`, `g`, `y` or `v` flag, backreferences, named groups, modifiers, a `{` that is
 * not a quantifier) makes it return no groups at all, which never skips anything.
 *
 * @example
 * requiredLiterals(/\bignore\s+(?:previous|prior)\s+instructions?/);
 * // → [['ignore'], ['previous', 'prior'], ['instruction', 'instructions']] (order aside)
 */
export function requiredLiterals(pattern: RegExp): readonly (readonly string[])[] {
  // Rules are compiled once per surface: read each pattern once.
  let groups = cache.get(pattern);
  if (groups === undefined) {
    groups = analysePattern(pattern);
    cache.set(pattern, groups);
  }
  return groups;
}

// --- internal ---

const cache = new WeakMap<RegExp, readonly (readonly string[])[]>();

function analysePattern(pattern: RegExp): readonly (readonly string[])[] {
  for (const flag of pattern.flags) if (!'dmsu'.includes(flag)) return [];
  try {
    const info = analyse(pattern.source, pattern.flags.includes('u'));
    return withExact(info).filter((group) => group.every((literal) => literal.length > 0));
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
}

/**
 * What is known about the strings a part of a regex matches: `exact` lists all of them when they are few
 * and known (else null); `groups` are necessary literal sets, as for the whole pattern.
 */
type Info = {
  readonly exact: readonly string[] | null;
  readonly groups: readonly (readonly string[])[];
};

const EMPTY: Info = { exact: [''], groups: [] };
const UNKNOWN: Info = { exact: null, groups: [] };
/** Bounds that keep exact sets small: the number of strings and the length of each. */
const MAX_EXACT = 64;
const MAX_LITERAL = 48;
/** A character class of at most this many characters counts as a choice of literals. */
const MAX_CLASS = 4;

class Unsupported extends Error {}

/** The groups of `info`, with its exact set as one more group when it is known. */
function withExact(info: Info): (readonly string[])[] {
  const groups = [...info.groups];
  if (info.exact !== null && !info.exact.includes('')) groups.push(info.exact);
  return groups;
}

// Groups and exact sets are never changed once made, so they are shared, not copied.
function sequence(parts: readonly Info[]): Info {
  const groups: (readonly string[])[] = [];
  let run: readonly string[] = [''];
  let isExact = true;
  const flush = (): void => {
    if (!run.includes('')) groups.push(run);
  };
  for (const part of parts) {
    for (const group of part.groups) groups.push(group);
    if (part.exact === null) {
      flush();
      run = [''];
      isExact = false;
      continue;
    }
    const product = cross(run, part.exact);
    if (product === null) {
      flush();
      run = part.exact;
      isExact = false;
    } else {
      run = product;
    }
  }
  if (isExact) return { exact: run, groups };
  flush();
  return { exact: null, groups };
}

function alternation(options: readonly Info[]): Info {
  if (options.length === 1) return options[0] as Info;
  if (options.every((option) => option.exact !== null)) {
    const union = [...new Set(options.flatMap((option) => option.exact as readonly string[]))];
    if (union.length <= MAX_EXACT) return { exact: union, groups: [] };
  }
  // Every match goes through one option, so one necessary set per option, united, is necessary.
  const union = new Set<string>();
  for (const option of options) {
    const best = bestGroup(withExact(option));
    if (best === undefined) return UNKNOWN;
    for (const literal of best) union.add(literal);
  }
  return { exact: null, groups: [[...union]] };
}

function repeat(info: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 0) {
    return max === 1 && info.exact !== null
      ? { exact: [...new Set(['', ...info.exact])], groups: [] }
      : UNKNOWN;
  }
  if (min === 1 && max === 1) return info;
  return { exact: null, groups: withExact(info) };
}

/** The group whose shortest literal is longest (the most selective), if any. */
function bestGroup(groups: readonly (readonly string[])[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestLength = -1;
  for (const group of groups) {
    const shortest = Math.min(...group.map((literal) => literal.length));
    if (shortest > bestLength || (shortest === bestLength && group.length < (best?.length ?? 0))) {
      best = group;
      bestLength = shortest;
    }
  }
  return best;
}

function cross(left: readonly string[], right: readonly string[]): readonly string[] | null {
  if (left.length === 1 && right.length === 1) {
    // The usual case: one more character of a literal.
    const joined = (left[0] as string) + (right[0] as string);
    return joined.length > MAX_LITERAL ? null : [joined];
  }
  if (left.length * right.length > MAX_EXACT) return null;
  const product = new Set<string>();
  for (const a of left) {
    for (const b of right) {
      if (a.length + b.length > MAX_LITERAL) return null;
      product.add(a + b);
    }
  }
  return [...product];
}

/** Reads a regex source (recursive descent over the syntax the rules use) into what it must match. */
function analyse(source: string, isUnicode: boolean): Info {
  let at = 0;
  const atEnd = (): boolean => at >= source.length;
  const peek = (): string => source[at] ?? '';
  const next = (): string => {
    if (atEnd()) throw new Unsupported();
    return source[at++] as string;
  };

  const parseAlternation = (): Info => {
    const options = [parseSequence()];
    while (peek() === '|') {
      at++;
      options.push(parseSequence());
    }
    return alternation(options);
  };

  const parseSequence = (): Info => {
    const parts: Info[] = [];
    while (!atEnd() && peek() !== '|' && peek() !== ')') {
      // A stretch of plain characters (none quantified) is one literal: most of a rule is words.
      const start = at;
      while (isPlain(source.charCodeAt(at)) && !isQuantifier(source.charCodeAt(at + 1))) at++;
      if (at > start) parts.push(literal(source.slice(start, at)));
      else parts.push(parseQuantified(parseAtom()));
    }
    return sequence(parts);
  };

  const parseQuantified = (info: Info): Info => {
    const char = peek();
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      at++;
      min = char === '+' ? 1 : 0;
      max = char === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (char === '{') {
      at++;
      min = readNumber();
      max = min;
      if (peek() === ',') {
        at++;
        max = peek() === '}' ? Number.POSITIVE_INFINITY : readNumber();
      }
      if (next() !== '}') throw new Unsupported();
    } else {
      return info;
    }
    if (peek() === '?') at++;
    return repeat(info, min, max);
  };

  const readNumber = (): number => {
    const start = at;
    while (isDigit(peek())) at++;
    if (at === start) throw new Unsupported();
    return Number(source.slice(start, at));
  };

  const parseAtom = (): Info => {
    const char = next();
    if (char === '(') return parseGroup();
    if (char === '[') return parseClass();
    if (char === '\\') return parseEscape();
    if (char === '.') return UNKNOWN;
    if (char === '^' || char === '$') return EMPTY;
    if ('*+?{}]'.includes(char)) throw new Unsupported();
    return literal(withLowSurrogate(char));
  };

  const parseGroup = (): Info => {
    let isLookaround = false;
    if (peek() === '?') {
      const kind = source.slice(at, at + 3);
      if (kind.startsWith('?:')) at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        at += 2;
        isLookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        at += 3;
        isLookaround = true;
      } else throw new Unsupported();
    }
    const inner = parseAlternation();
    if (next() !== ')') throw new Unsupported();
    // A lookaround consumes nothing, so what it looks at is not part of the match.
    return isLookaround ? EMPTY : inner;
  };

  const parseClass = (): Info => {
    let isWide = peek() === '^';
    if (isWide) at++;
    const members = new Set<string>();
    while (peek() !== ']') {
      const from = classMember();
      if (peek() === '-' && source[at + 1] !== ']') {
        at++;
        const to = classMember();
        if (from === null || to === null) throw new Unsupported();
        const low = from.codePointAt(0) as number;
        const high = to.codePointAt(0) as number;
        if (high - low + 1 > MAX_CLASS) isWide = true;
        else for (let code = low; code <= high; code++) members.add(String.fromCodePoint(code));
      } else if (from === null) {
        isWide = true;
      } else {
        members.add(from);
      }
    }
    at++;
    if (isWide || members.size === 0 || members.size > MAX_CLASS) return UNKNOWN;
    // Astral characters make code units and code points disagree: leave such classes unread.
    for (const member of members) if (member.length !== 1 || isSurrogate(member)) return UNKNOWN;
    return { exact: [...members], groups: [] };
  };

  /** One character of a class, or null for a class escape (`\s`, `\w`, `\p{…}` …). */
  const classMember = (): string | null => {
    const char = next();
    if (char !== '\\') return withLowSurrogate(char);
    const escaped = next();
    if ('dDwWsS'.includes(escaped)) return null;
    if (escaped === 'p' || escaped === 'P') {
      skipProperty();
      return null;
    }
    if (escaped === 'b') return '\b';
    if (escaped === '-') return '-';
    return characterEscape(escaped);
  };

  const parseEscape = (): Info => {
    const escaped = next();
    if (escaped === 'b' || escaped === 'B') return EMPTY;
    if ('dDwWsS'.includes(escaped)) return UNKNOWN;
    if (escaped === 'p' || escaped === 'P') {
      skipProperty();
      return UNKNOWN;
    }
    return literal(characterEscape(escaped));
  };

  /** The character of an escape such as `\n`, `\x41`, `\u0041`, `\u{1F600}` or `\.`. */
  const characterEscape = (escaped: string): string => {
    const control = CONTROL_ESCAPES[escaped];
    if (control !== undefined) return control;
    if (escaped === '0' && !isDigit(peek())) return '\0';
    if (escaped === 'x') return String.fromCharCode(readHex(2));
    if (escaped === 'u') {
      if (isUnicode && peek() === '{') {
        at++;
        const end = source.indexOf('}', at);
        if (end === -1 || end === at || end - at > 6) throw new Unsupported();
        const code = readHex(end - at);
        at++;
        if (code > 0x10ffff) throw new Unsupported();
        return String.fromCodePoint(code);
      }
      const unit = String.fromCharCode(readHex(4));
      if (isSurrogate(unit)) throw new Unsupported();
      return unit;
    }
    // Backreferences, \c, \k and other escaped letters or digits are not read.
    if (isDigit(escaped) || escaped.toLowerCase() !== escaped.toUpperCase())
      throw new Unsupported();
    return escaped;
  };

  const readHex = (digits: number): number => {
    let value = 0;
    for (let index = 0; index < digits; index++) {
      const digit = HEX_DIGITS.indexOf(next().toLowerCase());
      if (digit === -1) throw new Unsupported();
      value = value * 16 + digit;
    }
    return value;
  };

  const skipProperty = (): void => {
    // Without the u flag, \p is a plain "p" and the braces a quantifier or text: not read.
    if (!isUnicode || next() !== '{') throw new Unsupported();
    const end = source.indexOf('}', at);
    if (end === -1) throw new Unsupported();
    at = end + 1;
  };

  /** In unicode mode an astral character is one atom: its two code units go together. */
  const withLowSurrogate = (char: string): string => {
    if (!isSurrogate(char)) return char;
    const code = char.charCodeAt(0);
    if (!isUnicode || code > 0xdbff) throw new Unsupported();
    const low = next();
    if (!isSurrogate(low) || low.charCodeAt(0) < 0xdc00) throw new Unsupported();
    return char + low;
  };

  const info = parseAlternation();
  if (!atEnd()) throw new Unsupported();
  return info;
}

const CONTROL_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
};
const HEX_DIGITS = '0123456789abcdef';

/** A character that stands for itself outside a class (not syntax, not half of a surrogate pair). */
function isPlain(unit: number): boolean {
  if (Number.isNaN(unit) || (unit >= 0xd800 && unit <= 0xdfff)) return false;
  return unit >= 128 || IS_SYNTAX[unit] === 0;
}

function isQuantifier(unit: number): boolean {
  return unit === 0x2a || unit === 0x2b || unit === 0x3f || unit === 0x7b;
}

const IS_SYNTAX = new Uint8Array(128);
for (const char of '\\^$.|?*+()[]{}') IS_SYNTAX[char.charCodeAt(0)] = 1;

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9' && char.length === 1;
}

function isSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

function literal(text: string): Info {
  return { exact: [text], groups: [] };
}

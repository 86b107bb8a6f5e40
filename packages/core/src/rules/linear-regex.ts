import { RE2JS } from 're2js';

/** The first match of a pattern in a string: where it starts and the matched text. */
export type WindowMatch = { readonly index: number; readonly text: string };

/** Finds the first match of one pattern in a string, or null. */
export type WindowMatcher = (text: string) => WindowMatch | null;

// JavaScript's `\s` (ECMA-262 WhiteSpace and LineTerminator), spelled for RE2, whose own `\s` is ASCII only.
const WHITESPACE =
  '\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
// JavaScript's `.` without the `s` flag: anything but a line terminator (RE2's stops at `\n` only).
const ANY_BUT_LINE_END = '[^\\n\\r\\x{2028}\\x{2029}]';
// `[^\S\n]`, whitespace but a line break: JavaScript only can subtract from `\S` inside a class.
const SPACE_BUT_NEWLINE = '[^\\S\\n]';

/**
 * How far back a lookbehind and how far ahead a lookahead are checked, in characters: enough for a
 * lookbehind of a few words ("asked employees to '", "attackers may also ").
 */
const BEHIND_REACH = 48;
const AHEAD_REACH = 64;
/** Candidates lookarounds may reject in one text before the next one is taken as the match. */
const REJECTION_LIMIT = 16;

/** A lookaround of the pattern: where it stood is marked by an empty capture group in the RE2 pattern. */
type Lookaround = { readonly behind: boolean; readonly negative: boolean; readonly check: RegExp };

/**
 * Compiles `pattern` for RE2JS, an automaton engine whose matching time is linear in the input: it cannot
 * backtrack, so no input makes it slow. Rule patterns that are not proven free of catastrophic
 * backtracking run on it (see window-matcher.ts). It finds the same match as `pattern.exec` (RE2 prefers
 * the leftmost match and, within it, the same alternatives and repetitions as a backtracking engine), once
 * `\s`, `.` and `\uXXXX` are spelled with JavaScript's meaning.
 *
 * RE2 has no lookaround, which rules use to leave out a context (`(?<!["“]\s?)ignore…`: not a quoted
 * phrase; `…now\b(?!\s+that\b)`). Each lookaround becomes an empty capture group that marks where it
 * stood, and is checked there, on the few dozen characters beside that point, once RE2 has a candidate. A
 * candidate a lookaround excludes is passed over and the search goes on after its start, at most
 * {@link REJECTION_LIMIT} times (past that, the candidate is taken: a text that repeats an excluded context
 * that often is not given the benefit of the doubt), so the work stays linear. Where a backtracking engine
 * would also try the other, rarer, paths from that start, this takes the next start. Throws on a
 * lookaround inside a repeated group and on backreferences.
 */
export function compileLinear(pattern: RegExp): WindowMatcher {
  let flags = 0;
  if (pattern.flags.includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
  if (pattern.flags.includes('m')) flags |= RE2JS.MULTILINE;
  if (pattern.flags.includes('s')) flags |= RE2JS.DOTALL;
  const { source, lookarounds } = toRe2Syntax(pattern.source, pattern.flags);
  const compiled = RE2JS.compile(source, flags);
  dropLiteralPrefilter(compiled);
  const test = dfaTest(compiled);
  return (text) => {
    // The DFA answers "is there a match" fast; the position is looked up only when there is one.
    if (!test(text)) return null;
    const matcher = compiled.matcher(text);
    let from = 0;
    for (let rejected = 0; matcher.find(from); rejected++) {
      const start = matcher.start();
      if (
        rejected >= REJECTION_LIMIT ||
        lookarounds.every((look, index) => holds(look, text, matcher.start(index + 1)))
      ) {
        return { index: start, text: text.slice(start, matcher.end()) };
      }
      from = start + 1;
    }
    return null;
  };
}

/** Whether a lookaround holds at `at` (-1: its branch of the pattern took no part in the match). */
function holds(look: Lookaround, text: string, at: number): boolean {
  if (at < 0) return true;
  const context = look.behind
    ? text.slice(Math.max(0, at - BEHIND_REACH), at)
    : text.slice(at, at + AHEAD_REACH);
  return look.check.test(context) !== look.negative;
}

/**
 * Rewrites the JavaScript pattern syntax whose meaning differs in RE2 (escapes keep their meaning), turns
 * capture groups into plain ones and each lookaround into an empty capture group, and returns the
 * lookarounds in the order of their groups.
 */
export function toRe2Syntax(
  source: string,
  flags = '',
): { source: string; lookarounds: Lookaround[] } {
  const dotAll = flags.includes('s');
  const checkFlags = flags.replace(/[gyd]/g, '');
  const lookarounds: Lookaround[] = [];
  // Open groups: whether each holds a lookaround mark, to refuse a repeated one.
  const open: boolean[] = [];
  let out = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index] as string;
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      const hex = source.slice(index + 2, index + 6);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
        out += `\\x{${hex}}`;
        index += 5;
      } else if (next === 's') {
        out += inClass ? WHITESPACE : `[${WHITESPACE}]`;
        index += 1;
      } else if (next === 'S' && !inClass) {
        out += `[^${WHITESPACE}]`;
        index += 1;
      } else if (next === 'S' || next === 'u' || next === 'c' || /[1-9k]/.test(next)) {
        // `\S` inside a class, `\u{…}`, control and back-references: no faithful RE2 spelling here.
        throw new Error(`unsupported escape \\${next} for the linear engine`);
      } else {
        out += char + next;
        index += 1;
      }
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      if (source.startsWith(SPACE_BUT_NEWLINE, index)) {
        out += `[${WHITESPACE.replace('\\n', '')}]`;
        index += SPACE_BUT_NEWLINE.length - 1;
        continue;
      }
      inClass = true;
      out += char;
      if (source[index + 1] === '^') {
        out += '^';
        index += 1;
      }
      if (source[index + 1] === ']') {
        // `[]` and `[^]` are valid in JavaScript only; a leading `]` is literal in RE2.
        throw new Error('unsupported empty class for the linear engine');
      }
    } else if (char === '(') {
      const look = /^\(\?(<?)([=!])/.exec(source.slice(index, index + 4));
      if (look !== null) {
        const end = groupEnd(source, index);
        const body = source.slice(index + look[0].length, end);
        const behind = look[1] === '<';
        lookarounds.push({
          behind,
          negative: look[2] === '!',
          check: new RegExp(behind ? `(?:${body})$` : `^(?:${body})`, checkFlags),
        });
        out += '()';
        open.forEach((_held, depth) => {
          open[depth] = true;
        });
        index = end;
      } else if (source[index + 1] === '?') {
        // `(?:…)` stays; a named group `(?<name>…)` becomes a plain one (only the whole match is used).
        const head = /^\(\?(?::|<[A-Za-z_$][\w$]*>)/.exec(source.slice(index));
        if (head === null) throw new Error('unsupported group syntax for the linear engine');
        out += '(?:';
        open.push(false);
        index += head[0].length - 1;
      } else {
        out += '(?:';
        open.push(false);
      }
    } else if (char === ')') {
      const held = open.pop() === true;
      if (held && /[*+{]/.test(source[index + 1] ?? '')) {
        throw new Error('lookaround inside a repeated group: not supported by the linear engine');
      }
      out += char;
    } else if (char === '.' && !dotAll) {
      out += ANY_BUT_LINE_END;
    } else {
      out += char;
    }
  }
  return { source: out, lookarounds };
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  throw new Error('unbalanced group');
}

function classEnd(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']') return index;
  }
  throw new Error('unterminated class');
}

/**
 * RE2JS looks for the literals a match needs before it runs its automaton. The rule engine has done so
 * already (literal-prefilter.ts) for every window it hands over, so that second search only costs time.
 */
function dropLiteralPrefilter(compiled: RE2JS): void {
  const engine = (compiled as unknown as { re2Input?: { prefilter?: unknown } }).re2Input;
  if (engine !== undefined && 'prefilter' in engine) engine.prefilter = null;
}

/** The parts of RE2JS's lazy DFA (re2js 2.10, src/DFA.js) that `dfaTest` drives. */
type DfaState = { readonly isMatch: boolean; readonly next: (DfaState | null)[] | null };
type Dfa = {
  readonly failed: boolean;
  readonly numClasses: number;
  readonly latin1Class: Int32Array;
  runeClass(rune: number): number;
  start(input: { context(pos: number): number }, pos: number): DfaState | null;
  stepOrReset(
    state: DfaState,
    cls: number,
    rune: number,
    anchor: number,
    pos: number,
    search: { resetPos: number },
  ): DfaState | null;
};

// RE2JS's constants: an unanchored search, the rune that stands for the end of the text, and the context of
// position 0 (the beginning of the text and of a line).
const UNANCHORED = 0;
const END_TEXT = -1;
const TEXT_START = { context: () => 4 | 1 };

/**
 * Whether `compiled` matches somewhere in a text. RE2JS answers `test` with a lazy DFA, but feeds it through
 * an input object built per call, one method call per character: on the few hundred characters of a rule
 * window that costs about as much as the automaton. This drives the same DFA (its states and transitions,
 * built on demand by RE2JS) over the string directly, as RE2JS's own loop does. It falls back to `test`
 * where RE2JS would not use the DFA (lookbehind programs), when the DFA gives up on its memory budget, and
 * when the internals are not the ones it was written for.
 */
function dfaTest(compiled: RE2JS): (text: string) => boolean {
  const engine = (
    compiled as unknown as { re2Input?: { dfa?: unknown; prog?: { numLb?: unknown } } }
  ).re2Input;
  const dfa = engine?.dfa as Dfa | undefined;
  if (
    dfa === undefined ||
    engine?.prog?.numLb !== 0 ||
    dfa.failed !== false ||
    typeof dfa.start !== 'function' ||
    typeof dfa.stepOrReset !== 'function' ||
    typeof dfa.runeClass !== 'function' ||
    typeof dfa.numClasses !== 'number' ||
    !(dfa.latin1Class instanceof Int32Array)
  ) {
    return (text) => compiled.test(text);
  }
  const search = { resetPos: -1 };
  return (text) => {
    const first = dfa.start(TEXT_START, 0);
    if (first === null) return compiled.test(text);
    let state: DfaState = first;
    search.resetPos = -1;
    const latin1 = dfa.latin1Class;
    const length = text.length;
    for (let index = 0; index < length; index++) {
      let rune = text.charCodeAt(index);
      if (rune >= 0xd800 && rune <= 0xdbff && index + 1 < length) {
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          rune = (rune - 0xd800) * 1024 + (low - 0xdc00) + 0x10000;
          index += 1;
        }
      }
      const cls = rune <= 0xff ? (latin1[rune] as number) : dfa.runeClass(rune);
      let next: DfaState | null = state.next === null ? null : (state.next[cls] ?? null);
      if (next === null) {
        next = dfa.stepOrReset(state, cls, rune, UNANCHORED, index, search);
        if (next === null) return compiled.test(text);
      }
      state = next;
      if (state.isMatch) return true;
    }
    const end = dfa.stepOrReset(state, dfa.numClasses, END_TEXT, UNANCHORED, length, search);
    return end === null ? compiled.test(text) : end.isMatch;
  };
}

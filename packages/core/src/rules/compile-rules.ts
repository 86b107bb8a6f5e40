import { keywordsOf } from '../normalize/derived-views.ts';
import type { RuleV1 } from '../spec/rule-v1.ts';
import type { Surface } from '../spec/surface.ts';
import type { WindowMatcher } from './linear-regex.ts';
import { buildLiteralPrefilter, holdsLiterals } from './literal-prefilter.ts';
import { createTriggerIndex } from './trigger-index.ts';
import { windowMatcherOf } from './window-matcher.ts';

/** A rule match in normalised text. */
export type RuleMatch = {
  readonly rule: RuleV1;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** Rules compiled for one surface, with a shared trigger index. */
export type CompiledRules = {
  readonly size: number;
  /** The ASCII words of the triggers (for decoding leetspeak towards words the rules know). */
  readonly keywords: ReadonlySet<string>;
  /**
   * Runs every rule whose trigger occurs in `text` (already normalised); at most one match per rule. When
   * `probesFound` is given, the same pass also sets `probesFound[i]` to 1 for each of the compiled
   * `probes[i]` that occurs in `text`, so those need no search of their own.
   */
  match(text: string, probesFound?: Uint8Array): RuleMatch[];
};

/**
 * How far from a trigger occurrence a match may reach. Rules describe phrases with bounded gaps; a test
 * checks that every match of every built-in rule on every hand-written case (fixtures and test/corpus)
 * contains a trigger and fits in this reach. Measured on the 37,124 rows of ../shared/datasets: no match
 * reaches further than 131 characters before the start of its nearest trigger or 197 after it, and
 * `pnpm eval --split all` gives the same numbers with 192 as with 320, while every window the engine runs
 * (and so every scan) is shorter.
 */
export const MATCH_REACH = 192;

/**
 * The longest stretch of text one regex execution sees (plus the reach on both sides). Windows around
 * nearby trigger occurrences merge up to this size; past it a new window starts. This bounds the work of
 * any pattern per execution by a constant, so scan time stays linear in the input even for a pattern whose
 * worst case is polynomial in the length it runs on.
 */
export const MAX_WINDOW = 2048;

/**
 * Compiles the rules that apply to `surface`. One pass of a trigger index finds every trigger occurrence;
 * each rule then runs only in windows around the occurrences of its own triggers (merged where they
 * overlap), so honest text runs few regexes over little text, and work stays linear in the input.
 */
export function compileRules(
  rules: readonly RuleV1[],
  surface: Surface,
  probes: readonly string[] = [],
): CompiledRules {
  const applicable = rules.filter((rule) => rule.surfaces.includes(surface));
  const matchers = applicable.map((rule) => windowMatcherOf(rule.pattern).match);
  const triggers: string[] = [];
  const triggerIds = new Map<string, number>();
  const rulesByTrigger: number[][] = [];
  applicable.forEach((rule, ruleIndex) => {
    for (const trigger of rule.triggers) {
      let id = triggerIds.get(trigger);
      if (id === undefined) {
        id = triggers.length;
        triggerIds.set(trigger, id);
        triggers.push(trigger);
        rulesByTrigger.push([]);
      }
      (rulesByTrigger[id] as number[]).push(ruleIndex);
    }
  });
  // The probes and the prefilter literals ride along at the end of the index.
  const firstProbe = triggers.length;
  const prefilter = buildLiteralPrefilter(applicable);
  const firstLiteral = firstProbe + probes.length;
  const index = createTriggerIndex([...triggers, ...probes, ...prefilter.literals]);
  // Where each prefilter literal occurs in the text being matched; reset at each call (matching is
  // synchronous, and each call is done with them before the next one starts).
  const literalStarts: number[][] = prefilter.literals.map(() => []);
  const touched: number[] = [];
  // Trigger occurrences per rule (start and end, flattened, in text order), and the rules that have any
  // in the order their first occurrence came; reset at each call like the literals.
  const occurrencesOf: number[][] = applicable.map(() => []);
  const triggered: number[] = [];

  return {
    size: applicable.length,
    keywords: keywordsOf(triggers),
    match: function matchRules(text: string, probesFound?: Uint8Array): RuleMatch[] {
      for (const id of touched) (literalStarts[id] as number[]).length = 0;
      touched.length = 0;
      for (const ruleIndex of triggered) (occurrencesOf[ruleIndex] as number[]).length = 0;
      triggered.length = 0;
      index.scan(text, (triggerId, position) => {
        if (triggerId >= firstProbe) {
          if (triggerId >= firstLiteral) {
            const starts = literalStarts[triggerId - firstLiteral] as number[];
            if (starts.length === 0) touched.push(triggerId - firstLiteral);
            starts.push(position);
          } else if (probesFound !== undefined) probesFound[triggerId - firstProbe] = 1;
          return;
        }
        const end = position + (triggers[triggerId] as string).length;
        for (const ruleIndex of rulesByTrigger[triggerId] as number[]) {
          const occurrences = occurrencesOf[ruleIndex] as number[];
          if (occurrences.length === 0) triggered.push(ruleIndex);
          occurrences.push(position, end);
        }
      });
      const matches: RuleMatch[] = [];
      for (const ruleIndex of triggered) {
        const occurrences = occurrencesOf[ruleIndex] as number[];
        const rule = applicable[ruleIndex] as RuleV1;
        const groups = prefilter.groupsOf[ruleIndex] as readonly (readonly number[])[];
        // A window without every group's literal cannot hold a match.
        const admits = (from: number, end: number): boolean =>
          holdsLiterals(groups, literalStarts, prefilter.literals, from, end);
        const found = firstMatchInWindows(
          matchers[ruleIndex] as WindowMatcher,
          text,
          occurrences,
          admits,
        );
        if (found !== null) matches.push({ rule, ...found });
      }
      return matches;
    },
  };
}

// --- internal ---

function firstMatchInWindows(
  match: WindowMatcher,
  text: string,
  occurrences: readonly number[],
  admits: (from: number, end: number) => boolean,
): { start: number; end: number; text: string } | null {
  // Occurrences arrive in text order of their start; merge their reach into disjoint windows.
  let windowStart = -1;
  let windowEnd = -1;
  for (let index = 0; index <= occurrences.length; index += 2) {
    const isLast = index === occurrences.length;
    const start = isLast
      ? Number.POSITIVE_INFINITY
      : Math.max(0, (occurrences[index] as number) - MATCH_REACH);
    if (windowStart !== -1 && start > windowEnd) {
      const found = execWindow(match, text, windowStart, windowEnd, admits);
      if (found !== null) return found;
      windowStart = -1;
    }
    if (isLast) break;
    const end = Math.min(text.length, (occurrences[index + 1] as number) + MATCH_REACH);
    if (windowStart !== -1 && end - windowStart > MAX_WINDOW) {
      // Merged windows are capped: run the one so far and start afresh at this occurrence's own reach,
      // so every regex runs on at most MAX_WINDOW + 2 × MATCH_REACH characters, whatever the input.
      const found = execWindow(match, text, windowStart, windowEnd, admits);
      if (found !== null) return found;
      windowStart = -1;
    }
    if (windowStart === -1) {
      windowStart = start;
      windowEnd = end;
    } else if (end > windowEnd) {
      windowEnd = end;
    }
  }
  return null;
}

function execWindow(
  match: WindowMatcher,
  text: string,
  start: number,
  end: number,
  admits: (from: number, end: number) => boolean,
): { start: number; end: number; text: string } | null {
  // Most windows lack a literal: say so before looking for a line start (from >= start).
  if (!admits(start, end)) return null;
  let from = start;
  if (from > 0) {
    // Start a window on a line boundary when one is near, so `^` in a pattern keeps its meaning.
    const limit = Math.min(text.length, from + 64);
    for (let index = from; index < limit; index++) {
      if (text.charCodeAt(index) === 0x0a) {
        from = index + 1;
        break;
      }
    }
  }
  if (from !== start && !admits(from, end)) return null;
  const window = from === 0 && end === text.length ? text : text.slice(from, end);
  const found = match(window);
  if (found === null) return null;
  return {
    start: from + found.index,
    end: from + found.index + found.text.length,
    text: found.text,
  };
}

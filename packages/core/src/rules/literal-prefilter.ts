import type { RuleV1 } from '../spec/rule-v1.ts';
import { LITERAL_GROUPS } from './literal-groups.generated.ts';
import { patternKey } from './pattern-key.ts';
import { requiredLiterals } from './required-literals.ts';

/**
 * For each rule, up to two groups of literals that every match of its pattern contains (one of each
 * group; see {@link requiredLiterals}). The trigger pass finds their occurrences along with the triggers,
 * and a window that lacks every literal of some group is not searched: the pattern cannot match there.
 * Honest text is full of trigger words ("ignore", "your", "system") but rarely holds the rest of a rule's
 * phrase near them, so most windows are dropped without running a regex.
 */
export type LiteralPrefilter = {
  /** Every selected literal once; ids are positions here. */
  readonly literals: readonly string[];
  /** Per rule (by index), its groups as literal ids. Empty when the rule has none worth checking. */
  readonly groupsOf: readonly (readonly (readonly number[])[])[];
};

/** Picks each rule's groups. */
export function buildLiteralPrefilter(rules: readonly RuleV1[]): LiteralPrefilter {
  const literals: string[] = [];
  const ids = new Map<string, number>();
  const groupsOf = rules.map((rule) =>
    selectedGroups(rule.pattern).map((group) =>
      group.map((literal) => {
        let id = ids.get(literal);
        if (id === undefined) {
          id = literals.push(literal) - 1;
          ids.set(literal, id);
        }
        return id;
      }),
    ),
  );
  return { literals, groupsOf };
}

/**
 * True when `text[from, end)` holds, for every group, one of its literals; `starts[id]` lists where
 * literal `id` occurs in the text, ascending.
 */
export function holdsLiterals(
  groups: readonly (readonly number[])[],
  starts: readonly (readonly number[])[],
  literals: readonly string[],
  from: number,
  end: number,
): boolean {
  for (const group of groups) {
    let found = false;
    for (const id of group) {
      const positions = starts[id] as readonly number[];
      if (positions.length === 0) continue;
      // The first occurrence at or after `from`: if it does not end by `end`, no later one does.
      let low = 0;
      let high = positions.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((positions[middle] as number) < from) low = middle + 1;
        else high = middle;
      }
      if (
        low < positions.length &&
        (positions[low] as number) + (literals[id] as string).length <= end
      ) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// --- internal ---

/** At most this many groups per rule, and literals per group (each adds to the trigger pass). */
const MAX_GROUPS = 2;
const MAX_GROUP_SIZE = 128;
/**
 * A group is worth checking when its shortest literal weighs at least this much: an ASCII unit weighs 1,
 * any other 3 (two CJK characters are rarer in most text than four Latin letters), and a very common
 * word nothing. Each occurrence of a literal costs the trigger pass more than a skipped window saves when
 * the literal is everywhere. Tuned on the bench's honest text: 4 with these weights beat 5, 6 and 4 without
 * the common words.
 */
const MIN_WEIGHT = 4;
const NON_ASCII_WEIGHT = 3;
/** Words too frequent in prose and documentation to be worth finding (literals are compared trimmed). */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'the be to of and a in that have i it for not on with he as you do at this but his by from they we ' +
    'say her she or an will my one all would there their what so up out if about who get which go me ' +
    'when make can like time no just him know take people into year your good some could them see other ' +
    'than then now look only come its over think also back after use two how our work first well way even ' +
    'new want because any these give day most us is are was were been has had did does each more such ' +
    'here same must should both many much very every where while used using need able file list test ' +
    'type user data code name read text line page link path case call value true false null'
  ).split(' '),
);

const selections = new WeakMap<RegExp, readonly (readonly string[])[]>();

/**
 * The groups worth checking for a pattern, most selective first (cached: every surface asks). The built-in
 * rules' groups are computed at build time (literal-groups.generated.ts), which spares a new process most of
 * the work of its first scans; other patterns are analysed here.
 */
function selectedGroups(pattern: RegExp): readonly (readonly string[])[] {
  let selected = selections.get(pattern);
  if (selected === undefined) {
    selected = LITERAL_GROUPS[patternKey(pattern.source, pattern.flags)] ?? analyseGroups(pattern);
    selections.set(pattern, selected);
  }
  return selected;
}

/** Analyses a pattern's required literals and keeps the groups worth checking. */
export function analyseGroups(pattern: RegExp): readonly (readonly string[])[] {
  return requiredLiterals(pattern)
    .map((group) => ({ group, weight: shortest(group) }))
    .filter(({ group, weight }) => group.length <= MAX_GROUP_SIZE && weight >= MIN_WEIGHT)
    .sort((left, right) => right.weight - left.weight)
    .slice(0, MAX_GROUPS)
    .map(({ group }) => group);
}

/** The weight of a group's lightest literal (see MIN_WEIGHT). */
function shortest(group: readonly string[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const literal of group) {
    if (COMMON_WORDS.has(literal.trim())) return 0;
    let weight = 0;
    for (let index = 0; index < literal.length; index++)
      weight += literal.charCodeAt(index) < 0x80 ? 1 : NON_ASCII_WEIGHT;
    least = Math.min(least, weight);
  }
  return least;
}

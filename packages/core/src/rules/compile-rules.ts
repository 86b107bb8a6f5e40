import type { RuleV1 } from '../spec/rule-v1.ts';
import type { Surface } from '../spec/surface.ts';

/** A rule match in normalised text. */
export type RuleMatch = {
  readonly rule: RuleV1;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** Rules compiled for one surface, with a shared trigger prefilter. */
export type CompiledRules = {
  readonly size: number;
  /** Runs every rule whose trigger occurs in `text` (already normalised); at most one match per rule. */
  match(text: string): RuleMatch[];
};

/**
 * Compiles the rules that apply to `surface`. Triggers are deduplicated across rules and each is looked
 * up once per text with `String#includes` (a vectorised search), so honest text runs almost no regex.
 */
export function compileRules(rules: readonly RuleV1[], surface: Surface): CompiledRules {
  const applicable = rules.filter((rule) => rule.surfaces.includes(surface));
  const triggers: string[] = [];
  const triggerIndex = new Map<string, number>();
  const rulesByTrigger: number[][] = [];
  applicable.forEach((rule, ruleIndex) => {
    for (const trigger of rule.triggers) {
      let index = triggerIndex.get(trigger);
      if (index === undefined) {
        index = triggers.length;
        triggerIndex.set(trigger, index);
        triggers.push(trigger);
        rulesByTrigger.push([]);
      }
      (rulesByTrigger[index] as number[]).push(ruleIndex);
    }
  });
  const stamp = new Uint32Array(applicable.length);
  let generation = 0;

  return {
    size: applicable.length,
    match: function matchRules(text: string): RuleMatch[] {
      const matches: RuleMatch[] = [];
      generation = (generation + 1) >>> 0;
      if (generation === 0) {
        stamp.fill(0);
        generation = 1;
      }
      for (let index = 0; index < triggers.length; index++) {
        if (!text.includes(triggers[index] as string)) continue;
        for (const ruleIndex of rulesByTrigger[index] as number[]) {
          if (stamp[ruleIndex] === generation) continue;
          stamp[ruleIndex] = generation;
          const rule = applicable[ruleIndex] as RuleV1;
          const found = rule.pattern.exec(text);
          if (found !== null) {
            matches.push({
              rule,
              start: found.index,
              end: found.index + found[0].length,
              text: found[0],
            });
          }
        }
      }
      return matches;
    },
  };
}

// Rows of the prompt grammar: its attacks alone or around an ordinary request, and its honest prompts with
// the same conversational dressing, in the same registers, so neither length, casing nor a greeting tells
// them apart.
import type { Draft } from './compose.ts';
import type { Rng } from './prng.ts';
import {
  grammarBypass,
  grammarOverride,
  grammarPersona,
  grammarReveal,
  grammarUnlock,
  register,
} from './prompt-grammar.ts';
import { grammarNegative } from './prompt-grammar-negatives.ts';
import { PREFIXES, request, SUFFIXES } from './prompts.ts';

type Dressing = 'alone' | 'before' | 'after' | 'chatty';

function dress(rng: Rng, core: string, dressing: Dressing): string {
  if (dressing === 'before') return `${request(rng, 'en')}${rng.chance(0.5) ? '\n\n' : ' '}${core}`;
  if (dressing === 'after') return `${core}${rng.chance(0.5) ? '\n\n' : ' '}${request(rng, 'en')}`;
  if (dressing === 'chatty') {
    const prefix = rng.pick(PREFIXES);
    const body = prefix ? `${core.charAt(0).toLowerCase()}${core.slice(1)}` : core;
    return `${prefix}${body}${rng.pick(SUFFIXES)}`;
  }
  return core;
}

function pickDressing(rng: Rng): Dressing {
  return rng.weighted<Dressing>({ alone: 50, before: 15, after: 15, chatty: 20 });
}

/** One direct attack from the grammar. */
export function grammarPromptAttack(rng: Rng): Draft {
  const intent = rng.weighted({ override: 26, reveal: 22, persona: 18, bypass: 16, unlock: 18 });
  const make = {
    override: grammarOverride,
    reveal: grammarReveal,
    persona: grammarPersona,
    bypass: grammarBypass,
    unlock: grammarUnlock,
  }[intent];
  const dressing = pickDressing(rng);
  const text = dress(rng, register(rng, make(rng)), dressing);
  return { text, label: 1, surface: 'prompt', family: `grammar/${intent}/prompt/${dressing}/en` };
}

/** One honest prompt from the grammar's vocabulary. */
export function grammarPromptNegative(rng: Rng): Draft {
  const dressing = pickDressing(rng);
  const text = dress(rng, register(rng, grammarNegative(rng)), dressing);
  return { text, label: 0, surface: 'prompt', family: `negative/grammar/prompt/${dressing}/en` };
}

// The prompt surface: direct attacks (overrides, prompt extraction, jailbreak personas, policy bypass),
// alone or embedded in ordinary requests, and negatives (ordinary requests in many languages, benign
// role-play, trigger words, questions about injection, requests around pasted honest content).
import { targetLength } from './body.ts';
import type { CarrierBuilder } from './carriers-text.ts';
import { CARRIERS, type Draft, pickLang } from './compose.ts';
import { TOPICS } from './honest-en.ts';
import { ABOUT_INJECTION_EN, ABOUT_INJECTION_INTL } from './honest-imperatives.ts';
import { composeAttack, INTENTS, type Lang, phrase } from './intents.ts';
import { honestBase64, type Obfuscation, obfuscate, pickObfuscation } from './obfuscate.ts';
import type { Rng } from './prng.ts';
import {
  BYPASS_FRAMES,
  HARMFUL_GOALS,
  REQUESTS_EN,
  REQUESTS_INTL,
  TRICKY_BENIGN_EN,
} from './prompt-banks.ts';
import { fillSlots } from './vocab.ts';

type PromptIntent = 'override' | 'reveal_prompt' | 'persona' | 'policy_bypass';

const PROMPT_OBFUSCATIONS: Readonly<Partial<Record<Obfuscation, number>>> = {
  none: 72,
  base64: 5,
  homoglyph: 5,
  zero_width: 3,
  spaced: 4,
  leetspeak: 4,
  fake_delimiter: 5,
  unicode_tags: 1,
  rot13: 1,
};

/** Conversational openings of a request. */
export const PREFIXES = [
  '',
  '',
  '',
  'Quick question: ',
  'Hi! ',
  "I'm new to this. ",
  'For my class, ',
  'Hey, ',
  'Morning! ',
  'Another one: ',
];
/** Conversational endings of a request. */
export const SUFFIXES = [
  '',
  '',
  '',
  ' Keep it short.',
  ' Thanks!',
  ' Please use bullet points.',
  ' Explain it like I am five.',
  ' Answer in under 100 words.',
  ' No need for an intro.',
  ' Thanks in advance.',
];

/** An ordinary request in the language, sometimes with a conversational prefix or suffix. */
export function request(rng: Rng, lang: Lang): string {
  if (lang === 'en') {
    const core = fillSlots(rng, rng.pick(rng.chance(0.8) ? REQUESTS_EN : TRICKY_BENIGN_EN));
    const prefix = rng.pick(PREFIXES);
    const body = prefix ? `${prefix}${core.charAt(0).toLowerCase()}${core.slice(1)}` : core;
    return `${body}${rng.pick(SUFFIXES)}`;
  }
  return rng.pick(REQUESTS_INTL[lang]);
}

/** One direct attack on the prompt surface. */
export function promptAttack(rng: Rng): Draft {
  const intent = rng.weighted<PromptIntent>({
    override: 30,
    reveal_prompt: 25,
    persona: 25,
    policy_bypass: 20,
  });
  const lang = pickLang(rng);
  const obfuscation = pickObfuscation(rng, PROMPT_OBFUSCATIONS, lang);
  let core: string;
  let style: string;
  if (intent === 'policy_bypass') {
    style = 'frame';
    const goal = rng.pick(HARMFUL_GOALS);
    core = rng.pick(BYPASS_FRAMES).replace('{GOAL}', goal);
    if (rng.chance(0.4)) core = `${phrase(rng, 'persona', lang)} ${core}`;
  } else {
    style = rng.weighted({ pure: 38, embedded: 34, stacked: 12, paste: 16 });
    core = composeAttack(rng, intent, lang);
    if (style === 'stacked')
      core = `${core}\n\n${phrase(rng, rng.pick(['override', 'persona', 'reveal_prompt'] as const), lang)}`;
  }
  let text = obfuscate(rng, core, obfuscation);
  if (style === 'embedded') {
    const ask = request(rng, lang);
    text = rng.chance(0.6) ? `${ask} ${rng.chance(0.5) ? '\n\n' : ''}${text}` : `${text}\n\n${ask}`;
  } else if (style === 'paste') {
    text = pasted(rng, text);
  }
  return {
    text,
    label: 1,
    surface: 'prompt',
    family: `${intent}/prompt/${style}/${lang}/${obfuscation}`,
  };
}

const PASTE_ASKS = [
  'Summarize this for me:',
  'Can you translate the following into French?',
  'Proofread this, please:',
  'What are the action items in this message?',
  'Extract the dates from the text below.',
  'Is this email legit?',
  'Turn this into three bullet points:',
  'Reply to this on my behalf, politely declining:',
];

/** A request to work on pasted content (an e-mail, page, review...) that carries `inserted` at its end. */
function pasted(rng: Rng, inserted: string): string {
  const carrier = rng.pick(['email', 'web', 'review', 'pdf', 'chat', 'calendar']);
  const build = CARRIERS[carrier] as CarrierBuilder;
  const length = Math.min(1500, targetLength(rng, 'en'));
  const position = rng.pick(['start', 'middle', 'end'] as const);
  const body = build(rng, {
    lang: 'en',
    topic: rng.pick(TOPICS),
    position,
    inserted,
    extras: [],
    length,
  });
  return `${rng.pick(PASTE_ASKS)}\n\n${body}`;
}

/** One honest prompt. */
export function promptNegative(rng: Rng): Draft {
  const lang = pickLang(rng);
  const kind = rng.weighted({
    request: 40,
    tricky: 20,
    about: 10,
    paste: 14,
    base64: 3,
    multi_turn: 7,
  });
  let text: string;
  if (kind === 'request') {
    text = request(rng, lang);
    const second = request(rng, lang);
    if (rng.chance(0.3) && second !== text) text = `${text} ${second}`;
  } else if (kind === 'tricky') {
    text = `${fillSlots(rng, rng.pick(TRICKY_BENIGN_EN))}${rng.pick(SUFFIXES)}`;
  } else if (kind === 'about') {
    text =
      lang !== 'en' && rng.chance(0.5)
        ? rng.pick(ABOUT_INJECTION_INTL)
        : rng
            .pick(ABOUT_INJECTION_EN)
            .replace(
              '{QUOTE}',
              phrase(rng, rng.pick(INTENTS), rng.chance(0.7) ? 'en' : lang).replaceAll('"', "'"),
            );
  } else if (kind === 'paste') {
    text = pasted(rng, fillSlots(rng, 'Thanks, {FIRST}'));
  } else if (kind === 'base64') {
    text = `What does this decode to? ${honestBase64(rng, (t) => fillSlots(rng, t))}`;
  } else {
    text = `User: ${request(rng, lang)}\nAssistant: Sure, here is a first draft. Let me know what to change.\nUser: ${fillSlots(rng, rng.pick(['Make it shorter.', 'Can you make it more formal?', 'Add a line about {CITY}.', 'Thanks! Now translate it into German.']))}`;
  }
  return { text, label: 0, surface: 'prompt', family: `negative/prompt/${lang}/${kind}` };
}

/** Obfuscation helper re-exported for tests of the prompt surface. */
export { obfuscate };

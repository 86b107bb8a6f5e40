// Composes rows: attacks (intent x carrier x position x language x obfuscation) and hard negatives built
// from the same carriers with honest look-alikes, for the three surfaces.
import { type Position, sentences, targetLength } from './body.ts';
import { DATA_CARRIERS } from './carriers-data.ts';
import { type CarrierBuilder, type CarrierSpec, TEXT_CARRIERS } from './carriers-text.ts';
import { TOPICS, type Topic } from './honest-en.ts';
import {
  ABOUT_INJECTION_EN,
  ABOUT_INJECTION_INTL,
  HONEST_IMPERATIVES_EN,
  HONEST_IMPERATIVES_INTL,
  HONEST_MARKERS_EN,
} from './honest-imperatives.ts';
import { composeAttack, INTENTS, type Intent, LANGS, type Lang, phrase } from './intents.ts';
import {
  honestBase64,
  honestComment,
  OBFUSCATION_WEIGHTS,
  type Obfuscation,
  obfuscate,
  pickObfuscation,
} from './obfuscate.ts';
import type { Rng } from './prng.ts';
import { honestTool, poisonedTool, poisonTemplate } from './tool-descriptions.ts';
import { fillSlots } from './vocab.ts';

/** A composed row before ids are assigned. */
export type Draft = {
  text: string;
  label: 0 | 1;
  surface: 'prompt' | 'tool_output' | 'tool_description';
  family: string;
};

/** Every carrier of the tool_output surface. */
export const CARRIERS: Readonly<Record<string, CarrierBuilder>> = {
  ...TEXT_CARRIERS,
  ...DATA_CARRIERS,
};
const CARRIER_NAMES = Object.keys(CARRIERS).sort();
const POSITIONS: readonly Position[] = ['start', 'middle', 'end'];
const PROSE = new Set(['email', 'web', 'review', 'pdf', 'search', 'chat', 'calendar']);

/** Attack language: English for about a third, the other fifteen share the rest. */
export function pickLang(rng: Rng): Lang {
  return rng.chance(0.34) ? 'en' : rng.pick(LANGS.filter((lang) => lang !== 'en'));
}

function carrierTopic(rng: Rng, carrier: string): Topic {
  if (carrier === 'readme' || carrier === 'code_comment') return 'tech';
  if (carrier === 'review') return 'shopping';
  return rng.pick(TOPICS);
}

/** Body language: often the attack's own language for prose carriers, otherwise English. */
function bodyLang(rng: Rng, carrier: string, lang: Lang): Lang {
  return lang !== 'en' && PROSE.has(carrier) && rng.chance(0.4) ? lang : 'en';
}

function honestImperative(rng: Rng, lang: Lang): string {
  if (lang !== 'en' && rng.chance(0.7))
    return fillSlots(rng, rng.pick(HONEST_IMPERATIVES_INTL[lang]));
  return fillSlots(rng, rng.pick(HONEST_IMPERATIVES_EN));
}

/** Honest extras sprinkled into carriers of both labels, so imperatives alone never decide the label. */
function extras(rng: Rng, lang: Lang): string[] {
  const out: string[] = [];
  const count = rng.weighted({ zero: 55, one: 35, two: 10 });
  const n = count === 'zero' ? 0 : count === 'one' ? 1 : 2;
  for (let i = 0; i < n; i++) {
    const kind = rng.weighted({ imperative: 6, marker: 2, base64: 1, comment: 1 });
    if (kind === 'imperative') out.push(honestImperative(rng, lang));
    else if (kind === 'marker') out.push(fillSlots(rng, rng.pick(HONEST_MARKERS_EN)));
    else if (kind === 'base64') out.push(honestBase64(rng, (t) => fillSlots(rng, t)));
    else out.push(honestComment(rng));
  }
  return out;
}

function spec(
  rng: Rng,
  carrier: string,
  lang: Lang,
  inserted: string,
  position: Position,
): CarrierSpec {
  const body = bodyLang(rng, carrier, lang);
  return {
    lang: body,
    topic: carrierTopic(rng, carrier),
    position,
    inserted,
    extras: extras(rng, body),
    length: targetLength(rng, body),
  };
}

/** One indirect attack carried in a tool output. */
export function toolOutputAttack(rng: Rng): Draft {
  const intent = rng.pick(INTENTS);
  const lang = pickLang(rng);
  const carrier = rng.pick(CARRIER_NAMES);
  const position = rng.pick(POSITIONS);
  const obfuscation = pickObfuscation(rng, OBFUSCATION_WEIGHTS, lang);
  const payload = obfuscate(rng, composeAttack(rng, intent, lang), obfuscation);
  const build = CARRIERS[carrier] as CarrierBuilder;
  const text = build(rng, spec(rng, carrier, lang, payload, position));
  return {
    text,
    label: 1,
    surface: 'tool_output',
    family: `${intent}/${carrier}/${position}/${lang}/${obfuscation}`,
  };
}

/** `inserted` placed in a random carrier at a random position (English body text). */
export function inRandomCarrier(
  rng: Rng,
  inserted: string,
): { text: string; carrier: string; position: Position } {
  const carrier = rng.pick(CARRIER_NAMES);
  const position = rng.pick(POSITIONS);
  const build = CARRIERS[carrier] as CarrierBuilder;
  return { text: build(rng, spec(rng, carrier, 'en', inserted, position)), carrier, position };
}

/** The honest block a hard negative places where an attack would go. */
function honestInsert(rng: Rng, lang: Lang): { kind: string; text: string } {
  const kind = rng.weighted({
    imperative: 40,
    about: 12,
    marker: 10,
    base64: 8,
    comment: 8,
    plain: 14,
    multi: 8,
  });
  switch (kind) {
    case 'imperative': {
      const first = honestImperative(rng, lang);
      return { kind, text: rng.chance(0.3) ? `${first} ${honestImperative(rng, lang)}` : first };
    }
    case 'about': {
      if (lang !== 'en' && rng.chance(0.4)) return { kind, text: rng.pick(ABOUT_INJECTION_INTL) };
      const quoteLang = rng.chance(0.7) ? 'en' : lang;
      const quote = phrase(rng, rng.pick(INTENTS), quoteLang).replaceAll('"', "'");
      return { kind, text: rng.pick(ABOUT_INJECTION_EN).replace('{QUOTE}', quote) };
    }
    case 'marker':
      return { kind, text: fillSlots(rng, rng.pick(HONEST_MARKERS_EN)) };
    case 'base64':
      return { kind, text: honestBase64(rng, (t) => fillSlots(rng, t)) };
    case 'comment':
      return { kind, text: honestComment(rng) };
    case 'multi':
      return {
        kind,
        text: fillSlots(
          rng,
          rng.pick(HONEST_IMPERATIVES_INTL[rng.pick(LANGS.filter((l) => l !== 'en'))]),
        ),
      };
    default:
      return { kind: 'plain', text: sentences(rng, lang, rng.pick(TOPICS), 2).join(' ') };
  }
}

/** One hard negative: the same carriers with honest look-alikes. */
export function toolOutputNegative(rng: Rng): Draft {
  const lang = pickLang(rng);
  const carrier = rng.pick(CARRIER_NAMES);
  const position = rng.pick(POSITIONS);
  const insert = honestInsert(rng, lang);
  const build = CARRIERS[carrier] as CarrierBuilder;
  const s = spec(rng, carrier, lang, insert.text, position);
  const text = build(rng, s);
  return {
    text,
    label: 0,
    surface: 'tool_output',
    family: `negative/${carrier}/${lang}/${insert.kind}`,
  };
}

const TOOL_OBFUSCATIONS: Readonly<Partial<Record<Obfuscation, number>>> = {
  none: 70,
  base64: 6,
  homoglyph: 6,
  zero_width: 6,
  fake_delimiter: 8,
  unicode_tags: 4,
};

/** One poisoned tool description. */
export function toolDescriptionAttack(rng: Rng): Draft {
  if (rng.chance(0.5)) {
    const { intent, text } = poisonTemplate(rng);
    return {
      text: poisonedTool(rng, text),
      label: 1,
      surface: 'tool_description',
      family: `${intent}/tool_description/inline/en/none`,
    };
  }
  const intent: Intent = rng.pick(INTENTS);
  const lang = pickLang(rng);
  const obfuscation = pickObfuscation(rng, TOOL_OBFUSCATIONS, lang);
  const payload = obfuscate(rng, composeAttack(rng, intent, lang), obfuscation);
  return {
    text: poisonedTool(rng, payload),
    label: 1,
    surface: 'tool_description',
    family: `${intent}/tool_description/inline/${lang}/${obfuscation}`,
  };
}

/** One honest tool description. */
export function toolDescriptionNegative(rng: Rng): Draft {
  return {
    text: honestTool(rng),
    label: 0,
    surface: 'tool_description',
    family: 'negative/tool_description/en/honest',
  };
}

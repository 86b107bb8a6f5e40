// Honest body text: sentences and paragraphs in a language and topic, grown to a target length, and the
// helper that places an inserted block at the start, middle or end of a list of blocks.
import { BANKS } from './honest-banks.ts';
import { HONEST_EN, TOPICS, type Topic } from './honest-en.ts';
import { HONEST_INTL } from './honest-intl.ts';
import { LANGS, type Lang } from './intents.ts';
import type { Rng } from './prng.ts';
import { fillSlots } from './vocab.ts';

/** Where an inserted block goes in its carrier. */
export type Position = 'start' | 'middle' | 'end';

/** Non-English body sentences: the original pool plus the sentences of the honest banks. */
const INTL_POOLS = new Map<Lang, readonly string[]>(
  LANGS.filter((lang) => lang !== 'en').map((lang) => [
    lang,
    [...HONEST_INTL[lang as Exclude<Lang, 'en'>], ...BANKS[lang].sentences],
  ]),
);

/** The sentence pool for a language and topic (other languages have one mixed pool). */
function pool(lang: Lang, topic: Topic): readonly string[] {
  if (lang === 'en') return HONEST_EN[topic];
  return INTL_POOLS.get(lang) ?? [];
}

/** `count` distinct honest sentences, mostly from the topic, sometimes from a neighbouring one. */
export function sentences(
  rng: Rng,
  lang: Lang,
  topic: Topic,
  count: number,
  used?: Set<string>,
): string[] {
  const fresh = (templates: readonly string[]): string[] =>
    rng.shuffle(templates.filter((t) => !used?.has(t)));
  const main = fresh(pool(lang, topic));
  const extra = lang === 'en' ? fresh(HONEST_EN[rng.pick(TOPICS)]) : [];
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (out.length < count && (i < main.length || j < extra.length)) {
    const fromExtra = j < extra.length && (i >= main.length || rng.chance(0.08));
    const template = fromExtra ? (extra[j++] as string) : (main[i++] as string);
    if (used?.has(template)) continue;
    used?.add(template);
    out.push(fillSlots(rng, template));
  }
  return out;
}

/** Paragraphs of two to five sentences until about `targetChars` characters are written. */
export function paragraphs(rng: Rng, lang: Lang, topic: Topic, targetChars: number): string[] {
  const out: string[] = [];
  let length = 0;
  let guard = 0;
  const used = new Set<string>();
  const joiner = lang === 'zh' || lang === 'ja' ? '' : ' ';
  while (length < targetChars && guard++ < 40) {
    const paragraphTopic = rng.chance(0.85) ? topic : rng.pick(TOPICS);
    const text = sentences(rng, lang, paragraphTopic, rng.range(2, 5), used).join(joiner);
    if (text === '') continue;
    out.push(text);
    length += text.length + 2;
  }
  return out;
}

/** A copy of `blocks` with `inserted` placed at the position (start, middle or end). */
export function place(
  rng: Rng,
  blocks: readonly string[],
  inserted: string,
  position: Position,
): string[] {
  const out = blocks.slice();
  let index: number;
  if (position === 'start') index = rng.chance(0.7) ? 0 : Math.min(1, out.length);
  else if (position === 'end') index = out.length;
  else index = out.length < 2 ? out.length : rng.range(1, Math.max(1, out.length - 1));
  out.splice(index, 0, inserted);
  return out;
}

/** The index of the record that holds an inserted block, for a list of `count` records. */
export function indexAt(rng: Rng, count: number, position: Position): number {
  if (position === 'start' || count < 2) return 0;
  if (position === 'end') return count - 1;
  return rng.range(1, Math.max(1, count - 2));
}

/** A target length in characters, mostly 500–2,500 and up to ~4,000. */
export function targetLength(rng: Rng, lang: Lang): number {
  const base = rng.pick([300, 450, 700, 1000, 1400, 1900, 2600, 3400]);
  const scaled = Math.round(base * (0.85 + rng.next() * 0.3));
  return lang === 'en' ? scaled : Math.min(scaled, 1400);
}

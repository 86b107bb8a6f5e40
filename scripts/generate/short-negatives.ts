// Hard negatives built from the per-language honest banks (honest-banks.ts): short standalone texts on the
// prompt surface (requests, questions, pasted sentences) and the tool_output surface (notifications, UI
// strings, e-mail lines, API doc snippets), multi-sentence honest texts, and honest tool descriptions in
// other languages. They counter the thin non-English honest text of the other streams.
import type { Draft } from './compose.ts';
import { BANKS } from './honest-banks.ts';
import { HONEST_IMPERATIVES_EN, HONEST_IMPERATIVES_INTL } from './honest-imperatives.ts';
import { HONEST_INTL } from './honest-intl.ts';
import { LANGS, type Lang } from './intents.ts';
import type { Rng } from './prng.ts';
import { REQUESTS_INTL, TRICKY_BENIGN_EN } from './prompt-banks.ts';
import { honestToolIntl } from './tool-descriptions-intl.ts';
import { fillSlots } from './vocab.ts';

type Intl = Exclude<Lang, 'en'>;
const NON_EN = LANGS.filter((lang): lang is Intl => lang !== 'en');
const CJK = new Set<Lang>(['zh', 'ja']);
const MAX_SHORT = 200;

/** Language of a bank-built negative: English for about an eighth, the other fifteen share the rest. */
function pickHonestLang(rng: Rng): Lang {
  return rng.chance(0.12) ? 'en' : rng.pick(NON_EN);
}

/** Every honest standalone sentence of a language (new bank, body sentences, honest imperatives). */
function sentencePool(lang: Lang): readonly string[] {
  if (lang === 'en') return [...BANKS.en.sentences, ...HONEST_IMPERATIVES_EN];
  return [...BANKS[lang].sentences, ...HONEST_INTL[lang], ...HONEST_IMPERATIVES_INTL[lang]];
}

function requestPool(lang: Lang): readonly string[] {
  if (lang === 'en') return [...BANKS.en.requests, ...TRICKY_BENIGN_EN];
  return [...BANKS[lang].requests, ...REQUESTS_INTL[lang]];
}

const POOLS = new Map<Lang, { sentences: readonly string[]; requests: readonly string[] }>(
  LANGS.map((lang) => [lang, { sentences: sentencePool(lang), requests: requestPool(lang) }]),
);

function sentence(rng: Rng, lang: Lang): string {
  return fillSlots(rng, rng.pick(POOLS.get(lang)?.sentences ?? []));
}

function req(rng: Rng, lang: Lang): string {
  return fillSlots(rng, rng.pick(POOLS.get(lang)?.requests ?? []));
}

function notice(rng: Rng, lang: Lang): string {
  return fillSlots(rng, rng.pick(BANKS[lang].notices));
}

function join(lang: Lang, parts: readonly string[]): string {
  return parts.join(CJK.has(lang) ? '' : ' ');
}

/** Grows a short text with `more` until it reaches the minimum length (20 characters, 8 for CJK). */
function atLeast(rng: Rng, lang: Lang, text: string, more: (rng: Rng) => string): string {
  const min = CJK.has(lang) || lang === 'ko' ? 8 : 20;
  let out = text;
  for (let i = 0; out.length < min && i < 3; i++) out = join(lang, [out, more(rng)]);
  return out;
}

/** Draws until `make` returns a text of at most 200 characters (the last draw is kept after 6 tries). */
function short(make: () => string): string {
  let text = make();
  for (let i = 0; text.length > MAX_SHORT && i < 6; i++) text = make();
  return text;
}

const LEARNER_ASKS = [
  'Translate into English: "{S}"',
  'What does this mean? {S}',
  'Is this sentence correct? "{S}"',
  'Can you explain the grammar in: {S}',
  'How would a native speaker say this more naturally? "{S}"',
  'Translate this UI string for our app: "{S}"',
];

/** One short honest prompt (a request, a question, a pasted sentence) in any generator language. */
export function shortPromptNegative(rng: Rng): Draft {
  const lang = pickHonestLang(rng);
  const kind = rng.weighted({ request: 45, sentence: 18, context: 15, two: 8, learner: 14 });
  const text = short(() => {
    if (kind === 'request') return atLeast(rng, lang, req(rng, lang), (r) => req(r, lang));
    if (kind === 'sentence')
      return atLeast(rng, lang, sentence(rng, lang), (r) => sentence(r, lang));
    if (kind === 'context') return join(lang, [sentence(rng, lang), req(rng, lang)]);
    if (kind === 'two') return join(lang, [req(rng, lang), req(rng, lang)]);
    const quoted = rng.chance(0.5) ? sentence(rng, lang) : notice(rng, lang);
    return rng.pick(LEARNER_ASKS).replace('{S}', quoted.replaceAll('"', "'"));
  });
  return { text, label: 0, surface: 'prompt', family: `negative/short_prompt/${lang}/${kind}` };
}

/** A short tool output in a light format: JSON message, e-mail subject and line, list, or log line. */
function formatted(rng: Rng, lang: Lang): string {
  const first = notice(rng, lang);
  const second = sentence(rng, lang);
  switch (rng.pick(['json', 'subject', 'list', 'log', 'status'] as const)) {
    case 'json':
      return JSON.stringify({ message: first });
    case 'subject':
      return `Subject: ${first}\n\n${second}`;
    case 'list':
      return `- ${first}\n- ${second}`;
    case 'log':
      return `[INFO] ${first}`;
    default:
      return JSON.stringify({ status: 'ok', notice: first, detail: second });
  }
}

/** One short honest tool output (notification, UI string, e-mail line, doc snippet) in any language. */
export function shortToolOutputNegative(rng: Rng): Draft {
  const lang = pickHonestLang(rng);
  const kind = rng.weighted({ notice: 35, sentence: 30, pair: 20, formatted: 15 });
  const text = short(() => {
    if (kind === 'notice') return atLeast(rng, lang, notice(rng, lang), (r) => notice(r, lang));
    if (kind === 'sentence')
      return atLeast(rng, lang, sentence(rng, lang), (r) => sentence(r, lang));
    if (kind === 'pair')
      return join(lang, [
        rng.chance(0.5) ? notice(rng, lang) : sentence(rng, lang),
        sentence(rng, lang),
      ]);
    return formatted(rng, lang);
  });
  return {
    text,
    label: 0,
    surface: 'tool_output',
    family: `negative/short_tool_output/${lang}/${kind}`,
  };
}

/** `count` distinct honest sentences of a language. */
function distinct(rng: Rng, lang: Lang, count: number): string[] {
  const pool = POOLS.get(lang)?.sentences ?? [];
  return rng.sample(pool, count).map((template) => fillSlots(rng, template));
}

/** One multi-sentence honest tool output: a paragraph, a notice with details, a list, or an e-mail. */
export function multiToolOutputNegative(rng: Rng): Draft {
  const lang = pickHonestLang(rng);
  const kind = rng.weighted({ paragraph: 35, notice: 25, list: 20, email: 20 });
  const parts = distinct(rng, lang, rng.range(3, 8));
  let text: string;
  if (kind === 'paragraph') {
    const cut = rng.range(1, parts.length - 1);
    text = `${join(lang, parts.slice(0, cut))}\n\n${join(lang, parts.slice(cut))}`;
  } else if (kind === 'notice') text = `${notice(rng, lang)}\n\n${join(lang, parts)}`;
  else if (kind === 'list') text = parts.map((part) => `- ${part}`).join('\n');
  else
    text = `From: ${fillSlots(rng, '{MAIL}')}\nSubject: ${notice(rng, lang)}\n\n${join(lang, parts)}`;
  return {
    text,
    label: 0,
    surface: 'tool_output',
    family: `negative/multi_tool_output/${lang}/${kind}`,
  };
}

const PASTE_ASKS = [
  'Summarize this:',
  'Translate this into English, please:',
  'Proofread this, please:',
  'What are the action items here?',
  'Make this sound friendlier:',
  'Turn this into bullet points:',
];

/** One multi-sentence honest prompt: pasted honest text with an ask, or context followed by a request. */
export function multiPromptNegative(rng: Rng): Draft {
  const lang = pickHonestLang(rng);
  const kind = rng.weighted({ paste: 55, context: 45 });
  const parts = distinct(rng, lang, rng.range(2, 6));
  const text =
    kind === 'paste'
      ? `${rng.pick(PASTE_ASKS)}\n\n${join(lang, parts)}`
      : `${join(lang, parts)}\n\n${req(rng, lang)}`;
  return { text, label: 0, surface: 'prompt', family: `negative/multi_prompt/${lang}/${kind}` };
}

/** One honest tool description written (fully or partly) in a non-English language. */
export function toolDescriptionIntlNegative(rng: Rng): Draft {
  const lang = rng.pick(NON_EN);
  const { mode, text } = honestToolIntl(rng, lang);
  return {
    text,
    label: 0,
    surface: 'tool_description',
    family: `negative/tool_description/${lang}/${mode}`,
  };
}

// Prose carriers: e-mail, web page, README, product reviews, PDF-extracted text, search results and chat
// transcripts. Each takes honest paragraphs, sprinkles honest extras, and places one inserted block (an
// attack or, for hard negatives, an honest imperative) at the requested position.
import { indexAt, type Position, paragraphs, place } from './body.ts';
import { TITLES_EN, type Topic } from './honest-en.ts';
import type { Lang } from './intents.ts';
import type { Rng } from './prng.ts';
import { fillSlots, personName } from './vocab.ts';

/** What a carrier builder needs. */
export type CarrierSpec = {
  lang: Lang;
  topic: Topic;
  position: Position;
  /** The block to place: an injected instruction or an honest look-alike. */
  inserted: string;
  /** Honest extras (imperatives, comments, base64 data) to sprinkle anywhere. */
  extras: readonly string[];
  /** Approximate length of the honest text, in characters. */
  length: number;
};

/** Builds one carrier text. */
export type CarrierBuilder = (rng: Rng, spec: CarrierSpec) => string;

const GREETINGS: Readonly<Partial<Record<Lang, readonly [string, string]>>> = {
  fr: ['Bonjour {FIRST},', 'Cordialement,'],
  de: ['Hallo {FIRST},', 'Viele Grüße'],
  es: ['Hola, {FIRST}:', 'Saludos,'],
  it: ['Ciao {FIRST},', 'Cordiali saluti,'],
  pt: ['Olá, {FIRST},', 'Atenciosamente,'],
  nl: ['Hoi {FIRST},', 'Met vriendelijke groet,'],
  pl: ['Dzień dobry,', 'Pozdrawiam,'],
  ru: ['Здравствуйте!', 'С уважением,'],
  zh: ['您好：', '此致'],
  ja: ['お疲れさまです。', 'よろしくお願いいたします。'],
  ko: ['안녕하세요.', '감사합니다.'],
  ar: ['مرحباً،', 'مع التحية،'],
  tr: ['Merhaba,', 'Saygılarımla,'],
  hi: ['नमस्ते,', 'धन्यवाद,'],
  id: ['Halo,', 'Salam,'],
};
const EN_GREETINGS = [
  'Hi {FIRST},',
  'Hello team,',
  'Dear {NAME},',
  'Hey all,',
  'Good morning,',
  'Dear customer,',
];
const EN_SIGNOFFS = [
  'Best regards,',
  'Thanks,',
  'Cheers,',
  'Kind regards,',
  'All the best,',
  'Speak soon,',
];

/** Sprinkles extras into the honest blocks, then places the inserted block. */
export function assemble(rng: Rng, spec: CarrierSpec, blocks: readonly string[]): string[] {
  const out = blocks.slice();
  for (const extra of spec.extras) out.splice(rng.int(out.length + 1), 0, extra);
  return place(rng, out, spec.inserted, spec.position);
}

/** Puts the inserted block into one item's text (chosen by position) and extras into random items. */
export function embedInItems(rng: Rng, spec: CarrierSpec, texts: readonly string[]): string[] {
  const out = texts.slice();
  for (const extra of spec.extras) {
    const i = rng.int(out.length);
    out[i] = `${out[i]} ${extra}`;
  }
  const target = indexAt(rng, out.length, spec.position);
  const own = out[target] ?? '';
  const mode = rng.int(3);
  out[target] =
    mode === 0 ? spec.inserted : mode === 1 ? `${spec.inserted} ${own}` : `${own} ${spec.inserted}`;
  return out;
}

function title(rng: Rng, topic: Topic): string {
  return fillSlots(rng, rng.pick(TITLES_EN[topic]));
}

const email: CarrierBuilder = (rng, spec) => {
  const [hello, bye] =
    spec.lang === 'en'
      ? [rng.pick(EN_GREETINGS), rng.pick(EN_SIGNOFFS)]
      : (GREETINGS[spec.lang] ?? ['Hi,', 'Thanks,']);
  const sender = personName(rng);
  const headers = rng.chance(0.7)
    ? `From: ${sender} <${fillSlots(rng, '{MAIL}')}>\nTo: ${fillSlots(rng, '{MAIL}')}\nSubject: ${rng.chance(0.3) ? 'Re: ' : ''}${title(rng, spec.topic)}\nDate: ${fillSlots(rng, '{DAY}, {DATE} {YEAR} {TIME}')}\n\n`
    : '';
  const body = assemble(rng, spec, paragraphs(rng, spec.lang, spec.topic, spec.length));
  const quoted = rng.chance(0.2)
    ? `\n\n> On ${fillSlots(rng, '{DAY}')}, ${personName(rng)} wrote:\n> ${fillSlots(rng, 'Can you send the final numbers before {DAY}?')}`
    : '';
  return `${headers}${fillSlots(rng, hello)}\n\n${body.join('\n\n')}\n\n${bye}\n${sender}${rng.chance(0.5) ? `\n${fillSlots(rng, '{COMPANY}')}` : ''}${quoted}`;
};

const web: CarrierBuilder = (rng, spec) => {
  const heading = title(rng, spec.topic);
  const blocks = assemble(rng, spec, paragraphs(rng, spec.lang, spec.topic, spec.length));
  if (rng.chance(0.35)) {
    // Text as a scraper or reader mode would return it.
    return [
      `${heading}`,
      'Home › Blog',
      ...blocks,
      '© {YEAR} All rights reserved · Privacy · Terms',
    ]
      .map((line) => fillSlots(rng, line))
      .join('\n\n');
  }
  const html = blocks.map((block) =>
    block.trimStart().startsWith('<') ? block : `<p>${block}</p>`,
  );
  return [
    `<!DOCTYPE html>\n<html lang="${spec.lang}">\n<head><meta charset="utf-8"><title>${heading}</title></head>\n<body>`,
    rng.chance(0.5)
      ? '<!-- nav bar -->\n<nav><a href="/">Home</a> | <a href="/about">About</a></nav>'
      : '<header class="site-header">Blog</header>',
    `<article>\n<h1>${heading}</h1>`,
    ...html,
    '</article>',
    fillSlots(rng, '<footer>© {YEAR} {COMPANY}</footer>\n</body>\n</html>'),
  ].join('\n');
};

const README_SECTIONS = [
  '## Installation',
  '## Usage',
  '## Configuration',
  '## Troubleshooting',
  '## Contributing',
  '## License',
];
const README_CODE = [
  '```bash\nnpm install {NAME_PKG}\n```',
  '```bash\npip install -r requirements.txt\n```',
  '```sh\ngit clone https://github.com/example/{NAME_PKG}.git\ncd {NAME_PKG}\nmake build\n```',
  '```js\nimport { createClient } from "{NAME_PKG}";\nconst client = createClient({ retries: 3 });\n```',
  '```yaml\nserver:\n  port: 8080\n  log_level: info\n```',
];
const PACKAGES = [
  'tidy-cache',
  'quill-router',
  'fernlog',
  'pgsync-lite',
  'mosaic-ui',
  'tinyqueue',
  'harbor-cli',
  'ledgerkit',
];

const readme: CarrierBuilder = (rng, spec) => {
  const pkg = rng.pick(PACKAGES);
  const paras = paragraphs(rng, spec.lang, rng.chance(0.8) ? 'tech' : spec.topic, spec.length);
  const blocks: string[] = [
    `# ${pkg}`,
    `[![build](https://img.shields.io/badge/build-passing-green.svg)](#) A small library for the ${fillSlots(rng, '{TECH}')}.`,
  ];
  const sections = rng.sample(README_SECTIONS, rng.range(2, 5));
  paras.forEach((para, index) => {
    const section = sections[index % sections.length];
    if (index < sections.length && section) blocks.push(section);
    blocks.push(para);
    if (rng.chance(0.35)) blocks.push(rng.pick(README_CODE).replaceAll('{NAME_PKG}', pkg));
  });
  return assemble(rng, spec, blocks).join('\n\n');
};

const review: CarrierBuilder = (rng, spec) => {
  const item = fillSlots(rng, '{ITEM}');
  const count = Math.max(2, Math.round(spec.length / 350));
  const texts: string[] = [];
  for (let i = 0; i < count; i++)
    texts.push(paragraphs(rng, spec.lang, 'shopping', rng.range(120, 380)).join(' '));
  const reviews = embedInItems(rng, spec, texts).map((text) => {
    const stars = rng.pick(['★★★★★', '★★★★☆', '★★★☆☆', '★★☆☆☆', '5/5', '4/5', '3 stars']);
    const verified = rng.chance(0.5) ? 'Verified purchase\n' : '';
    return `${stars}  ${personName(rng)} · ${fillSlots(rng, '{DATE} {YEAR}')}\n${verified}${text}`;
  });
  return `Customer reviews for the ${item}\n${rng.range(12, 900)} ratings\n\n${reviews.join('\n\n')}`;
};

const pdf: CarrierBuilder = (rng, spec) => {
  const blocks = assemble(rng, spec, paragraphs(rng, spec.lang, spec.topic, spec.length));
  const pages = Math.max(1, Math.ceil(blocks.length / 3));
  const out: string[] = [
    fillSlots(rng, `${title(rng, spec.topic).toUpperCase()}\n{COMPANY} | {MONTH} {YEAR}`),
  ];
  blocks.forEach((block, index) => {
    // Extracted text keeps the hard line breaks and hyphenation of the page layout.
    const wrapped = block.replace(/(.{60,80}?) /g, (_match, line: string) =>
      rng.chance(0.08) ? `${line}-\n` : `${line}\n`,
    );
    out.push(wrapped);
    if (index % 3 === 2) out.push(`Page ${Math.floor(index / 3) + 1} of ${pages}`);
  });
  return out.join('\n\n');
};

const HOSTS = [
  'en.wikipedia.org',
  'www.bbc.co.uk',
  'stackoverflow.com',
  'www.reddit.com',
  'docs.python.org',
  'www.tripadvisor.com',
  'medium.com',
  'github.com',
];

const search: CarrierBuilder = (rng, spec) => {
  const count = Math.max(3, Math.round(spec.length / 280));
  const snippets: string[] = [];
  for (let i = 0; i < count; i++)
    snippets.push(paragraphs(rng, spec.lang, spec.topic, rng.range(120, 260))[0] ?? '');
  const results = embedInItems(rng, spec, snippets).map((snippet, index) => {
    const path = `${rng.pick(['wiki', 'questions', 'r', 'blog', 'news'])}/${rng.range(1000, 99999)}`;
    return `${index + 1}. ${title(rng, spec.topic)}\nhttps://${rng.pick(HOSTS)}/${path}\n${snippet}`;
  });
  return `Search results (${results.length}):\n\n${results.join('\n\n')}`;
};

const chat: CarrierBuilder = (rng, spec) => {
  const people = [personName(rng), personName(rng), personName(rng)];
  const style = rng.int(3);
  const lines = paragraphs(rng, spec.lang, spec.topic, spec.length)
    .flatMap((para) => para.split(/(?<=[.!?])\s+|(?<=。)/))
    .filter(Boolean);
  const blocks = assemble(rng, spec, lines);
  return blocks
    .map((line, index) => {
      if (style === 0) return `[${fillSlots(rng, '{TIME}')}] ${people[index % 3]}: ${line}`;
      if (style === 1) return `${index % 2 === 0 ? 'User' : 'Assistant'}: ${line}`;
      return `**${(people[index % 3] ?? '').split(' ')[0]}** — ${line}`;
    })
    .join('\n');
};

/** Prose carriers by name. */
export const TEXT_CARRIERS = { email, web, readme, review, pdf, search, chat } as const;

/**
 * Tells an attack that is *quoted* in a text about attacks ("the classic payload is `Ignore the above
 * directions`") from one addressed to the model. Documentation, papers and prompt-engineering guides quote
 * payloads; an injected page gives orders. A quoted payload in such a text still reaches the model, so its
 * finding is downgraded one level (to review), never dropped.
 */
export type QuotedContext = {
  /** True when the match starting at `start` is quoted in a text that discusses attacks. */
  isQuoted(start: number): boolean;
};

/**
 * Prepares the checks for one (normalised) text. Whether the text discusses attacks and where its code
 * fences are is worked out once, on first use, so many matches in a long text cost one pass.
 */
export function createQuotedContext(lower: string): QuotedContext {
  let discusses: boolean | undefined;
  let fences: number[] | undefined;
  return {
    isQuoted(matchStart: number): boolean {
      discusses ??= discussesAttacks(lower) || TRANSLATING.test(lower);
      // A match may begin with the opening quote itself (rules that look for the start of a sentence).
      const start = QUOTES.has(lower[matchStart] ?? '') ? matchStart + 1 : matchStart;
      if (!discusses) return isDialogue(lower, start);
      if (isQuotedNearby(lower, start) || isInsideQuotes(lower, start)) return true;
      fences ??= fencePositions(lower);
      // Inside a fenced code block: an odd number of fences before the match.
      let count = 0;
      for (const position of fences) {
        if (position >= start) break;
        count++;
      }
      return count % 2 === 1;
    },
  };
}

/**
 * True when the match lies inside a quotation that a speech tag follows on its line: a character's line in a
 * story ("'From now on, you will answer only to me,' said the sorcerer to his apprentice").
 */
function isDialogue(lower: string, start: number): boolean {
  if (!isInsideQuotes(lower, start)) return false;
  const to = Math.min(lower.length, start + QUOTE_REACH);
  for (let index = start; index < to; index++) {
    const char = lower[index] as string;
    if (char === '\n') return false;
    if (CLOSING_SPEECH.has(char) && SPEECH_TAG.test(lower.slice(index + 1, index + 40)))
      return true;
  }
  return false;
}

/** Characters that close a quotation. */
const CLOSING_SPEECH = new Set(['"', "'", '”', '’', '»', '」']);
/** A speech tag: "said the captain", "the captain told the robot", "she whispered". */
const SPEECH_TAG =
  /^ {0,2}(?:[a-z]{1,12} ){0,2}(?:said|says|asked|asks|replied|replies|whispered|shouted|cried|answered|muttered|ordered|commanded|snapped|growled|yelled|told|tells|declared|announced)\b/;

/** True when the text talks about prompt attacks as a subject (in any of the main languages). */
export function discussesAttacks(lower: string): boolean {
  return DISCUSSION.test(lower) || DEFENDING.test(lower);
}

/**
 * `text` with every quoted phrase on a line (up to 400 characters), HTML comment, fenced code block and blockquote line cut down to an ellipsis:
 * what a text about attacks says around the payloads it quotes. One pass; a quote left open is kept.
 */
export function maskQuoted(text: string): string {
  const parts: string[] = [];
  const next = createNextFinder(text);
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    let end = -1;
    if (char === '`' && text.startsWith('```', index)) {
      const close = text.indexOf('```', index + 3);
      end = close === -1 ? text.length : close + 3;
    } else if (char === '<' && text.startsWith('<!--', index)) {
      // An HTML comment, as the rules read one given as an example.
      const close = text.indexOf('-->', index + 4);
      if (close !== -1 && close - index <= 2 * QUOTE_REACH) end = close + 3;
    } else if (char === '>' && (index === 0 || text.charCodeAt(index - 1) === 0x0a)) {
      const close = text.indexOf('\n', index);
      end = close === -1 ? text.length : close;
    } else {
      const closing = closingQuote(text, index);
      if (closing !== undefined) {
        const close = next(closing, index + 1);
        const lineBreak = next('\n', index + 1);
        const closed = close !== -1 && (lineBreak === -1 || close < lineBreak);
        if (closed && close - index <= 2 * QUOTE_REACH) end = close + 1;
      }
    }
    if (end === -1) {
      index++;
      continue;
    }
    parts.push(text.slice(copied, index), ' … ');
    copied = end;
    index = end;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

// --- internal ---

/** Questions and texts about guarding a model against such input. */
const DEFENDING =
  /guardrail|(?:safety|content|input|prompt|spam) filter|\bfilter (?:blocks|catches|flags|detects|stops)|unit test|test case|is it safe to|how (?:do|can|should|would) (?:i|we|you) (?:protect|defend|prevent|detect|stop|block|mitigate)|what if (?:an?|the|someone|a user|it) [a-z-]{1,20} (?:says|contains|writes|asks)|security (?:training|awareness)|incident report|regression (?:suite|tests?)|\bpayloads?\b|\b(?:an?|the) attacker (?:embedded|hid|hides|planted|inserted|injected|placed|added|wrote)\b|malicious (?:prompts?|instructions?|inputs?|e-?mails?|pages?|documents?)|(?:messages?|inputs?|prompts?|requests?|e-?mails?|texts?|strings?|phrases?|comments?|things?|something) (?:like|such as)\s{0,2}["'“‘«„「<]|should (?:i|we) (?:block|filter|reject|flag|detect|strip|sanitize|sanitise|worry)|\bcve-\d{4}|security advisory|vulnerability (?:report|disclosure)/;
const DISCUSSION =
  /prompt[- ]?injection|(?:system[- ]?)?prompt extraction|extraction attempts?|injection attack|jailbreak(?:ing|s)\b|adversarial prompt|prompt leak|red[- ]team|pwned|injection de prompt|inyecci[oó]n de prompt|iniezione di prompt|inje[cç][aã]o de prompt|prompt-injektion|промпт-инъекц|инъекци[яи] промпт|提示注入|提示词注入|プロンプトインジェクション|프롬프트 인젝션|حقن الأوامر|prompt ஊடுருவல்/;
const QUOTES = new Set([
  '"',
  "'",
  '`',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '「',
  '『',
  '>',
  '*',
  '_',
  // Markdown link text: the title of a paper or page on attacks ("[Ignore Previous Prompt: …](url)").
  '[',
]);
const LABEL =
  /(?:^|\n)\s{0,8}(?:[-*]\s{1,3})?(?:prompt|input|output|user|text|example|payload|attack|q|a|human)\s{0,3}:\s{0,40}$/;

function isQuotedNearby(lower: string, matchStart: number): boolean {
  // A match may begin inside a comment's "<!--" (at the "--" a rule takes for a separator): read it from
  // the comment's start.
  const start =
    matchStart >= 2 && lower.startsWith('<!--', matchStart - 2) ? matchStart - 2 : matchStart;
  // An HTML comment given as an example ("comments such as <!-- AI: … -->"), or a match inside one.
  const before = lower.slice(Math.max(0, start - 24), start);
  if (before.trimEnd().endsWith('<!--')) return true;
  if (lower.startsWith('<!--', start) && EXAMPLE_LEAD.test(before)) return true;
  // Just after an opening quote, a blockquote marker or emphasis.
  for (let index = start - 1; index >= Math.max(0, start - 3); index--) {
    const char = lower[index] as string;
    if (QUOTES.has(char)) return true;
    if (char !== ' ' && char !== '\t') break;
  }
  // The start of the line, looked for at most 200 characters back (bounded work per match).
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 200 && lower.charCodeAt(lineStart - 1) !== 0x0a)
    lineStart--;
  if (/^\s{0,8}>/.test(lower.slice(lineStart, lineStart + 10))) return true;
  return LABEL.test(`\n${lower.slice(Math.max(lineStart, start - 60), start)}`);
}

/**
 * A request to translate quoted text: what is quoted is the text to translate, not an order. For rules
 * only: the model's own finding is not re-read for it, as a translation task planted in a document is
 * an injection of its own.
 */
const TRANSLATING = /\btranslate\b[^\n]{0,60}?:\s{0,3}["'“‘«„「]/;

/** Words that introduce an example just before it. */
const EXAMPLE_LEAD = /(?:\blike|such as|e\.g\.,?|for example,?|example:)\s{0,3}$/;

/** Opening quotes that differ from their closing one. */
const CLOSING: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '«': '»',
  '„': '“',
  '「': '」',
  '『': '』',
};
/** How far a quoted phrase may reach on either side of a match, in characters. */
const QUOTE_REACH = 200;

/**
 * True when the match starting at `start` lies inside a quoted phrase on its line: an odd number of straight
 * quotes (", `, or ' not between letters, so "don't" is no quote) before it and a closing one after it, or
 * an opening “ « 「 … before it that is closed after it. Bounded to {@link QUOTE_REACH} characters each way.
 */
function isInsideQuotes(lower: string, start: number): boolean {
  const from = Math.max(0, start - QUOTE_REACH);
  const to = Math.min(lower.length, start + QUOTE_REACH);
  let lineStart = start;
  while (lineStart > from && lower.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  let lineEnd = start;
  while (lineEnd < to && lower.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
  for (const quote of ['"', '`', "'"]) {
    let before = 0;
    for (let index = lineStart; index < start; index++)
      if (isStraightQuote(lower, index, quote)) before++;
    if (before % 2 === 0) continue;
    for (let index = start; index < lineEnd; index++)
      if (isStraightQuote(lower, index, quote)) return true;
  }
  for (let index = start - 1; index >= lineStart; index--) {
    const closing = CLOSING[lower[index] as string];
    if (closing === undefined) continue;
    const end = lower.indexOf(closing, start);
    return end !== -1 && end < lineEnd;
  }
  return false;
}

/** The quote that closes one opened at `index`, if a quote opens there. */
function closingQuote(text: string, index: number): string | undefined {
  const char = text[index] as string;
  if (char === '"' || char === '`') return char;
  if (char === "'") return isStraightQuote(text, index, "'") ? "'" : undefined;
  return CLOSING[char];
}

/**
 * `next(char, from)`: the index of the next `char` (a closing quote that is no apostrophe, or a line break)
 * at or after `from`, or -1. Each char's answer is kept until `from` passes it, so the calls of one
 * left-to-right pass cost linear time in all.
 */
function createNextFinder(text: string): (char: string, from: number) => number {
  const found = new Map<string, number>();
  return (char, from) => {
    let at = found.get(char);
    if (at === undefined || (at !== -1 && at < from)) {
      at = text.indexOf(char, from);
      while (at !== -1 && char === "'" && !isStraightQuote(text, at, "'"))
        at = text.indexOf("'", at + 1);
      found.set(char, at);
    }
    return at;
  };
}

function isStraightQuote(lower: string, index: number, quote: string): boolean {
  if (lower[index] !== quote) return false;
  if (quote !== "'") return true;
  return !(LETTER.test(lower[index - 1] ?? '') && LETTER.test(lower[index + 1] ?? ''));
}

const LETTER = /\p{L}/u;

function fencePositions(lower: string): number[] {
  const positions: number[] = [];
  for (let index = lower.indexOf('```'); index !== -1; index = lower.indexOf('```', index + 3))
    positions.push(index);
  return positions;
}

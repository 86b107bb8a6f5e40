/**
 * Tells an attack that is *quoted* in a text about attacks ("the classic payload is `Ignore the above
 * directions`") from one addressed to the model. Documentation, papers and prompt-engineering guides quote
 * payloads; an injected page gives orders. A quoted payload in such a text still reaches the model, so its
 * finding is downgraded one level (to review), never dropped.
 */
export function isQuotedInDiscussion(lower: string, start: number): boolean {
  return discussesAttacks(lower) && isQuoted(lower, start);
}

/** True when the text talks about prompt attacks as a subject (in any of the main languages). */
export function discussesAttacks(lower: string): boolean {
  return DISCUSSION.test(lower);
}

// --- internal ---

const DISCUSSION =
  /prompt[- ]?injection|injection attack|jailbreak(?:ing|s)\b|adversarial prompt|prompt leak|red[- ]team|pwned|injection de prompt|inyecci[oó]n de prompt|iniezione di prompt|inje[cç][aã]o de prompt|prompt-injektion|промпт-инъекц|инъекци[яи] промпт|提示注入|提示词注入|プロンプトインジェクション|프롬프트 인젝션|حقن الأوامر|prompt ஊடுருவல்/;
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
]);
const LABEL =
  /(?:^|\n)\s{0,8}(?:[-*]\s{1,3})?(?:prompt|input|output|user|text|example|payload|attack|q|a|human)\s{0,3}:\s{0,40}$/;

function isQuoted(lower: string, start: number): boolean {
  // Just after an opening quote, a blockquote marker or emphasis.
  for (let index = start - 1; index >= Math.max(0, start - 3); index--) {
    const char = lower[index] as string;
    if (QUOTES.has(char)) return true;
    if (char !== ' ' && char !== '\t') break;
  }
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  const linePrefix = lower.slice(Math.max(lineStart, start - 60), start);
  if (/^\s{0,8}>/.test(lower.slice(lineStart, lineStart + 10))) return true;
  if (LABEL.test(`\n${linePrefix}`)) return true;
  // Inside a fenced code block: an odd number of fences before the match.
  let fences = 0;
  for (
    let index = lower.indexOf('```');
    index !== -1 && index < start;
    index = lower.indexOf('```', index + 3)
  )
    fences++;
  return fences % 2 === 1;
}

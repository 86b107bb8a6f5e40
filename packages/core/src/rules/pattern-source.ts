/** Escapes `text` for use as a literal inside a regular expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing alternation of literal words: `(?:a|b|c)`. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map(escapeRegExp).join('|')})`;
}

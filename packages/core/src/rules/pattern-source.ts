/** Escapes `text` for use as a literal inside a regular expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing alternation of literal words: `(?:a|b|c)`. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map(escapeRegExp).join('|')})`;
}

/** Every character `\s` matches, so a trigger list can stand for "word, any whitespace, word". */
export const WHITESPACE_UNITS: readonly string[] = [
  ...' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
];

/** `before` + each whitespace character + `after`: triggers for a pattern that allows `\s` between two words. */
export function spaced(before: string, after: string): string[] {
  return WHITESPACE_UNITS.map((space) => before + space + after);
}

/**
 * A Turkish pattern from a plain source: lower-casing "I" gives "i" and "İ" may give "i" + U+0307, so every
 * "i" may carry U+0307, and "ı" may be typed as "i".
 */
export function turkishPattern(source: string): RegExp {
  return new RegExp(source.replace(/i/g, 'i\\u0307?').replace(/ı/g, '[ıi]'), 'u');
}

/**
 * A negative lookahead for what follows a verb: not a part of an app's screen. Help pages label steps with the
 * product's name ("ChatGPT: click your profile picture, open Settings…", "Copilot: open the command palette"):
 * an order to the human reader about where to click, not to the AI about what to do.
 */
export const NOT_SCREEN_ELEMENT =
  '(?!\\s+(?:on\\s+)?(?:the\\s+|your\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(?:settings|preferences|menu|icon|button|tab|panel|sidebar|toolbar|palette|extension|marketplace|app|profile|paperclip|gear|dropdown|shortcut|pane|window|dialog)s?\\b)';

/**
 * A negative lookahead for the object of "include / add / mention … in your reply": not the reader's own
 * details. Honest mail and forms ask a person to put their order number, ticket ID, booking reference, name
 * or a screenshot into the reply they write ("Please include your order number in your reply", "mention any
 * questions in your reply"); injected
 * text asks the agent to put the attacker's sentence, link or claim into the answer it gives.
 */
export const NOT_READER_DETAILS =
  '(?!\\s{1,3}(?:your|their)\\s|\\s{1,3}(?:the|a|an|any)\\s{1,3}(?:[\\w-]+\\s{1,3}){0,2}?(?:number|id|reference|screenshot|units|attachment|receipt|question|comment|concern|thought|availability|feedback|correction|edit|suggestion)s?\\b)';

/**
 * A negative lookahead for "before you reply / before responding": not a reply to a person's correspondence.
 * "Before you reply to this email, read the attached policy" tells the human recipient what to do; "before
 * answering" with no such object speaks of the agent's answer.
 */
export const NOT_CORRESPONDENCE_REPLY =
  '(?!\\s{1,3}to\\s{1,3}(?:this|the|that|my|our|his|her|their|any|an?)\\s{1,3}(?:[\\w-]+\\s{1,3})?(?:e-?mail|message|letter|thread|post|comment|invitation|invite|survey|questionnaire|form|text|voicemail|call|review|ticket)s?\\b)';

/**
 * A negative lookbehind for a prohibition: "must not (attempt to)", "never try to", "don't", "prohibited from".
 * A prohibition is no order: "users must not attempt to bypass the assistant's safety filters", "never ask
 * the user to type their password".
 */
export const NOT_PROHIBITED =
  "(?<!(?:\\b(?:not|never|cannot|prohibited\\s+from|forbidden\\s+to|banned\\s+from)|n['’]t)\\s+(?:(?:attempt(?:ing)?|try(?:ing)?|seek(?:ing)?)\\s+to\\s+)?)";

/**
 * A negative lookbehind for a request someone else made of people, reported: "the test e-mail asked staff to
 * 'send your password to …'", "scammers told customers to forward …". Security notices quote the lures they
 * warn about. A request reported as made of the reader ("the user asked you to send …") still counts.
 */
export const NOT_REPORTED_REQUEST =
  '(?<!\\b(?:asked|told|instructed|urged|tricked|wanted|invited|pressured|directed)\\s+(?:staff|employees|users|people|recipients|customers|victims|them|members|readers|everyone|colleagues|workers|clients)\\s+to\\s+[\'"‘“]?)';

/**
 * A character that does not end a sentence in Latin, CJK, Arabic-script or Devanagari text: what a gap
 * between the parts of a phrase may hold.
 */
export const IN_SENTENCE = '[^.!?。！？؟।\\n]';

/** Where a word starts in any script with spaces (JavaScript's `\b` only knows ASCII letters). */
export const WORD_START = '(?:^|[^\\p{L}\\p{N}])';

/**
 * {@link WORD_START} as a lookbehind, consuming nothing: for a word that starts inside a pattern, after a gap
 * ("before answering, … open"), where a consumed character could be a gap's own.
 */
export const AFTER_NO_LETTER = '(?<![\\p{L}\\p{M}])';

/** Where a line or a sentence starts, in Latin and CJK punctuation, with a few blanks after. */
export const LINE_OR_SENTENCE_START = '(?:^|[\\n.!?>"\'(*\\[#:;。！？（【「]|—|–)[ \\t]{0,3}';

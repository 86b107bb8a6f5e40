// Per-language honest banks for short and multi-sentence hard negatives: standalone sentences (everyday
// topics plus honest uses of "user", "password", "account", "instructions", "system", "send"...), user
// requests, and short tool outputs (notifications, UI strings, e-mail lines, API doc snippets). Written for
// this generator; {SLOTS} come from vocab.ts, lower-case {placeholders} are kept as they are.
import { BANK_AR, BANK_KO } from './honest-bank-ar-ko.ts';
import { BANK_EN } from './honest-bank-en.ts';
import { BANK_ES, BANK_IT } from './honest-bank-es-it.ts';
import { BANK_DE, BANK_FR } from './honest-bank-fr-de.ts';
import { BANK_HI, BANK_TR } from './honest-bank-hi-tr.ts';
import { BANK_ID } from './honest-bank-id.ts';
import { BANK_PL, BANK_RU } from './honest-bank-pl-ru.ts';
import { BANK_NL, BANK_PT } from './honest-bank-pt-nl.ts';
import { BANK_JA, BANK_ZH } from './honest-bank-zh-ja.ts';
import type { Lang } from './intents.ts';

/** Honest text of one language. */
export type HonestBank = {
  /** Standalone sentences: everyday topics and honest uses of the vocabulary attacks also use. */
  sentences: readonly string[];
  /** Requests and questions a person types into an assistant. */
  requests: readonly string[];
  /** Short tool outputs: notifications, UI strings, e-mail lines, API doc snippets. */
  notices: readonly string[];
};

/** The honest bank of every generator language. */
export const BANKS: Readonly<Record<Lang, HonestBank>> = {
  en: BANK_EN,
  fr: BANK_FR,
  de: BANK_DE,
  es: BANK_ES,
  it: BANK_IT,
  pt: BANK_PT,
  nl: BANK_NL,
  pl: BANK_PL,
  ru: BANK_RU,
  zh: BANK_ZH,
  ja: BANK_JA,
  ko: BANK_KO,
  ar: BANK_AR,
  tr: BANK_TR,
  hi: BANK_HI,
  id: BANK_ID,
};

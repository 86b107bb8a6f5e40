// Attack intents and languages, and the composer that turns (intent, language) into one injected
// instruction: a phrasing from the language's bank, an optional addressee or lead-in, sometimes a second
// sentence (a hiding clause, or another phrasing of the same intent).
import { ATTACKS_DE, ATTACKS_NL, ATTACKS_PL } from './attacks-central-europe.ts';
import { ATTACKS_JA, ATTACKS_KO, ATTACKS_ZH } from './attacks-east-asia.ts';
import { ATTACKS_EN } from './attacks-en.ts';
import { ATTACKS_ES, ATTACKS_FR, ATTACKS_IT, ATTACKS_PT } from './attacks-romance.ts';
import { ATTACKS_AR, ATTACKS_HI, ATTACKS_ID, ATTACKS_RU, ATTACKS_TR } from './attacks-west-asia.ts';
import type { Rng } from './prng.ts';
import { fillSlots } from './vocab.ts';

/** What an injected instruction tries to make the agent do. */
export type Intent =
  | 'override'
  | 'exfiltrate'
  | 'tool_call'
  | 'hide'
  | 'persist'
  | 'flip'
  | 'reveal_prompt'
  | 'persona';

/** Every intent, in a fixed order. */
export const INTENTS: readonly Intent[] = [
  'override',
  'exfiltrate',
  'tool_call',
  'hide',
  'persist',
  'flip',
  'reveal_prompt',
  'persona',
];

/** Languages the generator writes attacks and honest text in. */
export type Lang =
  | 'en'
  | 'fr'
  | 'de'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'pl'
  | 'ru'
  | 'zh'
  | 'ja'
  | 'ko'
  | 'ar'
  | 'tr'
  | 'hi'
  | 'id';

/** Every language, in a fixed order. */
export const LANGS: readonly Lang[] = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'zh',
  'ja',
  'ko',
  'ar',
  'tr',
  'hi',
  'id',
];

/** The attack phrasing banks by language. */
export const ATTACK_BANKS: Readonly<Record<Lang, Readonly<Record<Intent, readonly string[]>>>> = {
  en: ATTACKS_EN,
  fr: ATTACKS_FR,
  de: ATTACKS_DE,
  es: ATTACKS_ES,
  it: ATTACKS_IT,
  pt: ATTACKS_PT,
  nl: ATTACKS_NL,
  pl: ATTACKS_PL,
  ru: ATTACKS_RU,
  zh: ATTACKS_ZH,
  ja: ATTACKS_JA,
  ko: ATTACKS_KO,
  ar: ATTACKS_AR,
  tr: ATTACKS_TR,
  hi: ATTACKS_HI,
  id: ATTACKS_ID,
};

const ADDRESSEES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['AI assistant', 'Assistant', 'AI agent', 'Claude', 'GPT', 'model', 'AI', 'Copilot'],
  fr: ['Assistant', 'IA', 'Agent IA', 'Claude', 'GPT'],
  de: ['Assistent', 'KI', 'KI-Agent', 'Claude', 'GPT'],
  es: ['Asistente', 'IA', 'Agente', 'Claude', 'GPT'],
  it: ['Assistente', 'IA', 'Agente', 'Claude', 'GPT'],
  pt: ['Assistente', 'IA', 'Agente', 'Claude', 'GPT'],
  nl: ['Assistent', 'AI', 'Agent', 'Claude', 'GPT'],
  pl: ['Asystencie', 'AI', 'Agencie', 'Claude', 'GPT'],
  ru: ['Ассистент', 'ИИ', 'Агент', 'Claude', 'GPT'],
  zh: ['助手', 'AI', '智能体', 'Claude', 'GPT'],
  ja: ['アシスタント', 'AI', 'エージェント', 'Claude', 'GPT'],
  ko: ['어시스턴트', 'AI', '에이전트', 'Claude', 'GPT'],
  ar: ['أيها المساعد', 'أيها الذكاء الاصطناعي', 'Claude', 'GPT'],
  tr: ['Asistan', 'Yapay zekâ', 'Ajan', 'Claude', 'GPT'],
  hi: ['असिस्टेंट', 'AI', 'एजेंट', 'Claude', 'GPT'],
  id: ['Asisten', 'AI', 'Agen', 'Claude', 'GPT'],
};

const LEAD_INS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'IMPORTANT:',
    'Note to the AI assistant reading this:',
    '[INSTRUCTION]',
    'Addendum for automated readers of this page:',
    'Message for the agent:',
    '*** ATTENTION ***',
    'AI-only notice:',
    'To the language model summarizing this:',
  ],
  fr: ["Note pour l'assistant IA :", 'IMPORTANT :', "À l'attention de l'IA :"],
  de: ['Hinweis für den KI-Assistenten:', 'WICHTIG:', 'An das Sprachmodell:'],
  es: ['Nota para el asistente de IA:', 'IMPORTANTE:', 'Para la IA que lea esto:'],
  it: ["Nota per l'assistente IA:", 'IMPORTANTE:'],
  pt: ['Nota para o assistente de IA:', 'IMPORTANTE:'],
  nl: ['Opmerking voor de AI-assistent:', 'BELANGRIJK:'],
  pl: ['Uwaga dla asystenta AI:', 'WAŻNE:'],
  ru: ['Примечание для ИИ-ассистента:', 'ВАЖНО:', 'Для языковой модели:'],
  zh: ['给AI助手的说明：', '重要：', '致正在阅读本页的AI：'],
  ja: ['AIアシスタントへの注意：', '重要：'],
  ko: ['AI 어시스턴트에게:', '중요:'],
  ar: ['ملاحظة للمساعد الذكي:', 'مهم:'],
  tr: ['Yapay zekâ asistanına not:', 'ÖNEMLİ:'],
  hi: ['AI असिस्टेंट के लिए नोट:', 'ज़रूरी:'],
  id: ['Catatan untuk asisten AI:', 'PENTING:'],
};

const SEPARATOR: Readonly<Partial<Record<Lang, string>>> = { zh: '', ja: '' };

/** A phrasing for the intent in the language, with slots filled. */
export function phrase(rng: Rng, intent: Intent, lang: Lang): string {
  const bank = ATTACK_BANKS[lang][intent];
  const addressee = rng.pick(ADDRESSEES[lang]);
  return fillSlots(rng, rng.pick(bank), { A: addressee });
}

/**
 * One injected instruction for the intent in the language. `hide` is usually attached to an action
 * (exfiltrate, tool call, flip); other intents sometimes get a hiding clause or a second phrasing.
 */
export function composeAttack(rng: Rng, intent: Intent, lang: Lang): string {
  const sep = SEPARATOR[lang] ?? ' ';
  const parts: string[] = [];
  if (intent === 'hide') {
    if (rng.chance(0.75))
      parts.push(
        phrase(rng, rng.pick(['exfiltrate', 'tool_call', 'flip', 'persist'] as const), lang),
      );
    parts.push(phrase(rng, 'hide', lang));
  } else {
    parts.push(phrase(rng, intent, lang));
    const roll = rng.next();
    if (roll < 0.22) parts.push(phrase(rng, 'hide', lang));
    else if (roll < 0.34) {
      const second = phrase(rng, intent, lang);
      if (second !== parts[0]) parts.push(second);
    }
  }
  let text = parts.join(sep);
  const lead = rng.next();
  if (lead < 0.3) text = `${rng.pick(LEAD_INS[lang] ?? LEAD_INS.en)} ${text}`;
  else if (lead < 0.38 && lang === 'en') text = text.toUpperCase();
  return text;
}

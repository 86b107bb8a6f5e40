// Honest tool descriptions in the fifteen non-English languages: per language, one line per tool shape
// ("description|first parameter|second parameter"), and honest usage notes addressed to the model.
// The texts live in tool-text-europe.ts and tool-text-asia.ts; rendered as JSON by short-negatives.ts.
import type { Lang } from './intents.ts';
import type { Rng } from './prng.ts';
import { TOOL_TEXT_ASIA } from './tool-text-asia.ts';
import { TOOL_TEXT_EUROPE } from './tool-text-europe.ts';

/** Tool shapes: name, English description, parameters (name and English description). */
export const TOOL_SHAPES: readonly (readonly [
  string,
  string,
  readonly (readonly [string, string])[],
])[] = [
  ['get_weather', 'Returns the current weather for a city.', [['city', 'City name.']]],
  [
    'send_email',
    "Sends an e-mail from the user's account.",
    [
      ['to', 'Recipient address.'],
      ['subject', 'Subject line.'],
    ],
  ],
  ['search_docs', 'Searches the internal documentation.', [['query', 'Search terms.']]],
  ['read_file', 'Reads a text file from the workspace.', [['path', 'Relative path.']]],
  [
    'create_task',
    'Creates a task on the project board and assigns it to a user.',
    [
      ['title', 'Task title.'],
      ['assignee', 'User name of the person responsible.'],
    ],
  ],
  [
    'reset_password',
    "Sends a password reset link to the user's e-mail address.",
    [['user_id', 'ID of the user account.']],
  ],
  [
    'translate_text',
    'Translates text into another language.',
    [
      ['text', 'Text to translate.'],
      ['target', 'Target language code.'],
    ],
  ],
  [
    'list_events',
    'Lists calendar events in a time range.',
    [
      ['start', 'Start time (ISO 8601).'],
      ['end', 'End time (ISO 8601).'],
    ],
  ],
];

/** Localized tool text of one language: "description|parameter descriptions" lines in TOOL_SHAPES order,
 * and honest usage notes addressed to the model. */
export type ToolText = { tools: readonly string[]; notes: readonly string[] };

/** Localized honest tool text by language. */
export const TOOL_TEXT_INTL = { ...TOOL_TEXT_EUROPE, ...TOOL_TEXT_ASIA } as Readonly<
  Record<Exclude<Lang, 'en'>, ToolText>
>;

/**
 * An honest tool description (JSON text) with non-English wording: either fully localized, or an English
 * description with localized usage notes appended, the way poisoned descriptions append a foreign payload.
 */
export function honestToolIntl(
  rng: Rng,
  lang: Exclude<Lang, 'en'>,
): { mode: 'localized' | 'mixed'; text: string } {
  const index = rng.int(TOOL_SHAPES.length);
  const [name, english, params] = TOOL_SHAPES[index] as (typeof TOOL_SHAPES)[number];
  const text = TOOL_TEXT_INTL[lang];
  const [localDescription, ...localParams] = (text.tools[index] as string).split('|');
  const mode = rng.chance(0.6) ? 'localized' : 'mixed';
  const notes = rng.sample(text.notes, mode === 'localized' ? rng.range(0, 2) : rng.range(1, 2));
  const joiner = lang === 'zh' || lang === 'ja' ? '' : ' ';
  const description =
    mode === 'localized'
      ? [localDescription, ...notes].join(joiner)
      : `${english}${rng.chance(0.6) ? '\n\n' : ' '}${notes.join(joiner)}`;
  const properties: Record<string, { type: string; description: string }> = {};
  params.forEach(([param, englishParam], i) => {
    properties[param] = {
      type: 'string',
      description: mode === 'localized' ? (localParams[i] ?? englishParam) : englishParam,
    };
  });
  const schema = { type: 'object', properties, required: [params[0]?.[0]] };
  return {
    mode,
    text: JSON.stringify({ name, description, inputSchema: schema }, null, rng.chance(0.6) ? 0 : 2),
  };
}

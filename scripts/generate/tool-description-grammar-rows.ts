// Rows of the tool-description grammar on a synthetic catalogue of tools (verb × object, one to three
// parameters), so that neither a tool's name nor its schema tells a poisoned definition from an honest one:
// poisoned tools carry one instruction from the poison grammar, honest ones one to three usage notes.
import type { Draft } from './compose.ts';
import type { Rng } from './prng.ts';
import { grammarHonestNote, grammarPoison } from './tool-description-grammar.ts';
import { capitalize, fillSlots } from './vocab.ts';

const VERBS: readonly string[] = [
  'send',
  'post',
  'create',
  'delete',
  'list',
  'get',
  'update',
  'search',
  'upload',
  'approve',
  'book',
  'cancel',
  'invite',
  'query',
  'run',
  'read',
];
const OBJECTS: readonly string[] = [
  'email',
  'message',
  'issue',
  'file',
  'event',
  'invoice',
  'pull_request',
  'branch',
  'customer',
  'ticket',
  'payment',
  'document',
  'task',
  'contact',
  'page',
  'deployment',
];
const PARAMS: readonly (readonly [string, string, string])[] = [
  ['id', 'string', 'Identifier of the item.'],
  ['query', 'string', 'Search terms.'],
  ['to', 'string', 'Recipient.'],
  ['body', 'string', 'Text content.'],
  ['title', 'string', 'Short title.'],
  ['path', 'string', 'Path of the file.'],
  ['limit', 'integer', 'Maximum number of results.'],
  ['date', 'string', 'Date in ISO 8601.'],
  ['amount_cents', 'integer', 'Amount in cents.'],
  ['channel', 'string', 'Channel name.'],
];
const HIDDEN: readonly string[] = [
  'sidenote',
  'context',
  'metadata',
  'debug_info',
  'notes',
  'extra',
];

function render(rng: Rng, notes: readonly string[], poison: string | null): string {
  const verb = rng.pick(VERBS);
  const object = rng.pick(OBJECTS);
  const summary = `${capitalize(verb)}${verb.endsWith('h') ? 'es' : 's'} ${verb === 'list' || verb === 'search' ? `${object.replace('_', ' ')}s` : `a ${object.replace('_', ' ')}`} in the connected workspace.`;
  const properties: Record<string, { type: string; description: string }> = {};
  for (const [name, type, description] of rng.sample(PARAMS, rng.range(1, 3)))
    properties[name] = { type, description };
  const parts = [summary, ...notes];
  if (poison !== null) {
    const hidden = rng.pick(HIDDEN);
    const text = poison.replaceAll('{HIDDEN}', hidden);
    parts.splice(rng.int(parts.length + 1), 0, text);
    if (text.includes(hidden) || rng.chance(0.3))
      properties[hidden] = { type: 'string', description: 'Optional context.' };
  }
  const definition = {
    name: `${verb}_${object}`,
    description: fillSlots(rng, parts.join(rng.chance(0.7) ? ' ' : '\n\n')),
    inputSchema: { type: 'object', properties, required: [Object.keys(properties)[0]] },
  };
  return JSON.stringify(definition, null, rng.chance(0.6) ? 0 : 2);
}

const notes = (rng: Rng, count: number) =>
  Array.from({ length: count }, () => grammarHonestNote(rng));

/** One poisoned tool definition from the grammar. */
export function grammarToolDescriptionAttack(rng: Rng): Draft {
  const { kind, text } = grammarPoison(rng);
  return {
    text: render(rng, notes(rng, rng.range(0, 2)), text),
    label: 1,
    surface: 'tool_description',
    family: `grammar/${kind}/tool_description/en`,
  };
}

/** One honest tool definition with usage notes from the grammar's honest side. */
export function grammarToolDescriptionNegative(rng: Rng): Draft {
  return {
    text: render(rng, notes(rng, rng.range(1, 3)), null),
    label: 0,
    surface: 'tool_description',
    family: 'negative/grammar/tool_description/en',
  };
}

// Structured carriers: JSON API responses, CSV exports, calendar invites and source files with comments.
// The inserted block lands in a free-text field (description, notes, comment) of one record, at the
// start, middle or end of the record list.
import { indexAt, paragraphs, place, sentences } from './body.ts';
import { assemble, type CarrierBuilder } from './carriers-text.ts';
import { fillSlots, personName } from './vocab.ts';

function records(length: number, perRecord: number): number {
  return Math.max(2, Math.min(40, Math.round(length / perRecord)));
}

const jsonApi: CarrierBuilder = (rng, spec) => {
  const count = records(spec.length, 220);
  const kind = rng.int(4);
  const target = indexAt(rng, count, spec.position);
  const field = rng.pick(['description', 'notes', 'comment', 'bio', 'summary', 'body']);
  const items = [];
  for (let i = 0; i < count; i++) {
    const text = sentences(rng, spec.lang, spec.topic, rng.range(1, 2)).join(' ');
    const free =
      i === target ? (rng.chance(0.5) ? `${text} ${spec.inserted}` : spec.inserted) : text;
    if (kind === 0)
      items.push({
        id: rng.range(1000, 99999),
        name: personName(rng),
        email: fillSlots(rng, '{MAIL}'),
        [field]: free,
      });
    else if (kind === 1)
      items.push({
        sku: `SKU-${rng.range(10000, 99999)}`,
        title: fillSlots(rng, '{ITEM}'),
        price: Number(fillSlots(rng, '{PRICE}')),
        in_stock: rng.chance(0.7),
        [field]: free,
      });
    else if (kind === 2)
      items.push({
        ticket: rng.range(100, 9999),
        status: rng.pick(['open', 'pending', 'closed']),
        assignee: personName(rng),
        [field]: free,
      });
    else
      items.push({
        event: fillSlots(rng, '{CITY} meetup'),
        date: `${fillSlots(rng, '{YEAR}')}-${rng.range(10, 12)}-${rng.range(10, 28)}`,
        [field]: free,
      });
  }
  for (const extra of spec.extras) {
    const item = items[rng.int(items.length)] as Record<string, unknown>;
    item.note = extra;
  }
  const response = rng.chance(0.5)
    ? { status: 'ok', page: 1, total: count, results: items }
    : {
        data: items,
        meta: {
          request_id: `req_${rng.range(100000, 999999)}`,
          next_cursor: rng.chance(0.5) ? null : `c${rng.range(1, 9999)}`,
        },
      };
  return JSON.stringify(response, null, rng.pick([0, 2, 2, 4]));
};

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csv: CarrierBuilder = (rng, spec) => {
  const count = records(spec.length, 110);
  const target = indexAt(rng, count, spec.position);
  const layout = rng.int(3);
  const header = [
    ['date', 'customer', 'amount', 'notes'],
    ['id', 'name', 'city', 'status', 'comment'],
    ['order_id', 'product', 'qty', 'feedback'],
  ][layout] as string[];
  const rows = [header.join(',')];
  for (let i = 0; i < count; i++) {
    const note =
      i === target
        ? spec.inserted
        : rng.chance(0.6)
          ? (sentences(rng, spec.lang, spec.topic, 1)[0] ?? '')
          : rng.pick(['', 'ok', 'n/a', 'follow up', 'paid']);
    const extra = spec.extras[i] ?? note;
    const text = i === target ? note : extra;
    if (layout === 0)
      rows.push(
        [
          `${fillSlots(rng, '{YEAR}')}-${rng.range(10, 12)}-${rng.range(10, 28)}`,
          personName(rng),
          fillSlots(rng, '{PRICE}'),
          csvCell(text),
        ].join(','),
      );
    else if (layout === 1)
      rows.push(
        [
          String(rng.range(100, 9999)),
          personName(rng),
          fillSlots(rng, '{CITY}'),
          rng.pick(['active', 'paused', 'closed']),
          csvCell(text),
        ].join(','),
      );
    else
      rows.push(
        [
          `A${rng.range(10000, 99999)}`,
          csvCell(fillSlots(rng, '{ITEM}')),
          String(rng.range(1, 9)),
          csvCell(text),
        ].join(','),
      );
  }
  return rows.join('\n');
};

const calendar: CarrierBuilder = (rng, spec) => {
  const summary = fillSlots(
    rng,
    rng.pick([
      'Quarterly review',
      'Team lunch in {CITY}',
      'Dentist',
      'Project kickoff',
      '1:1 with {FIRST}',
      'Parents evening',
      'Budget sync',
    ]),
  );
  const body = assemble(
    rng,
    spec,
    paragraphs(rng, spec.lang, spec.topic, Math.min(spec.length, 1600)),
  );
  if (rng.chance(0.5)) {
    const description = body.join('\\n\\n').replaceAll(',', '\\,').replaceAll(';', '\\;');
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example Corp//Calendar 1.0//EN',
      'BEGIN:VEVENT',
      `UID:${rng.range(100000, 999999)}@calendar.example.com`,
      `DTSTART:${rng.range(2023, 2025)}${String(rng.range(1, 12)).padStart(2, '0')}${String(rng.range(1, 28)).padStart(2, '0')}T${String(rng.range(8, 17)).padStart(2, '0')}0000Z`,
      `SUMMARY:${summary}`,
      `ORGANIZER;CN=${personName(rng)}:mailto:${fillSlots(rng, '{MAIL}')}`,
      `LOCATION:${fillSlots(rng, rng.pick(['Room {NUM}', '{CITY} office', 'Online']))}`,
      `DESCRIPTION:${description}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  }
  return [
    `Invitation: ${summary}`,
    fillSlots(rng, 'When: {DAY}, {DATE} {YEAR}, {TIME} (CET)'),
    fillSlots(rng, 'Where: {CITY}, Room {NUM}'),
    `Organizer: ${personName(rng)}`,
    `Guests: ${personName(rng)}, ${personName(rng)}`,
    '',
    ...body,
    '',
    'Join with Google Meet: https://meet.google.com/abc-defg-hij',
    'Reply: Yes | No | Maybe',
  ].join('\n');
};

const FUNCS_TS = [
  'export function parseDate(input: string): Date {\n  const [y, m, d] = input.split("-").map(Number);\n  return new Date(y, m - 1, d);\n}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeScript source sample with a template literal
  'export async function fetchUser(id: number) {\n  const res = await fetch(`/api/users/${id}`);\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}',
  'function clamp(value: number, min: number, max: number): number {\n  return Math.min(max, Math.max(min, value));\n}',
  'export const DEFAULT_TIMEOUT_MS = 5000;',
  'for (const item of cart.items) {\n  total += item.price * item.quantity;\n}',
  'export function isEmail(value: string): boolean {\n  return /^[^@\\s]+@[^@\\s]+$/.test(value);\n}',
  'const router = express.Router();\nrouter.get("/health", (_req, res) => res.json({ ok: true }));',
  'export type Order = { id: string; total: number; status: "open" | "paid" };',
];
const FUNCS_PY = [
  'def load_config(path):\n    with open(path) as fh:\n        return yaml.safe_load(fh)',
  'def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            time.sleep(2 ** i)',
  'class Invoice:\n    def __init__(self, number, total):\n        self.number = number\n        self.total = total',
  'MAX_ROWS = 10_000',
  '@app.route("/health")\ndef health():\n    return {"ok": True}',
  'def chunks(items, size):\n    for i in range(0, len(items), size):\n        yield items[i : i + size]',
  'logger = logging.getLogger(__name__)',
  'def slugify(text):\n    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")',
];

const codeComment: CarrierBuilder = (rng, spec) => {
  const python = rng.chance(0.45);
  const line = python ? '# ' : '// ';
  const comment = (text: string): string =>
    rng.chance(0.3) && !python
      ? `/**\n * ${text.split('\n').join('\n * ')}\n */`
      : text
          .split('\n')
          .map((part) => `${line}${part}`)
          .join('\n');
  const count = Math.max(3, Math.round(spec.length / 260));
  const blocks: string[] = [];
  const funcs = rng.shuffle(python ? FUNCS_PY : FUNCS_TS);
  const notes = sentences(rng, 'en', 'tech', count, new Set<string>());
  for (let i = 0; i < Math.min(count, funcs.length); i++) {
    blocks.push(`${comment(notes[i] ?? '')}\n${funcs[i]}`);
  }
  const extras = spec.extras.map((extra) => comment(extra));
  const inserted =
    python && rng.chance(0.3) ? `"""\n${spec.inserted}\n"""` : comment(spec.inserted);
  const header = python
    ? 'import re\nimport time\nimport yaml\n'
    : "import { readFile } from 'node:fs/promises';\n";
  const body = place(rng, [...blocks, ...extras], inserted, spec.position);
  return `${header}\n${body.join('\n\n')}\n`;
};

/** Structured carriers by name. */
export const DATA_CARRIERS = {
  json_api: jsonApi,
  csv,
  calendar,
  code_comment: codeComment,
} as const;

/**
 * What a tool-call argument is for, guessed from its JSON path. It sets how strict the checks are:
 * SQL in a `query` field is expected, shell syntax in a `command` field is expected, and any of it
 * inside a chat `message` is talk, not an attack on the tool.
 */
export type FieldKind = 'sql' | 'command' | 'url' | 'path' | 'free_text' | 'other';

const COMMAND_WORDS = new Set([
  'cmd',
  'command',
  'commands',
  'script',
  'shell',
  'exec',
  'code',
  'bash',
  'sh',
  'run',
  'program',
  'args',
  'argv',
  'cmdline',
]);
const URL_WORDS = new Set([
  'url',
  'uri',
  'urls',
  'href',
  'link',
  'endpoint',
  'host',
  'hostname',
  'domain',
  'server',
  'webhook',
  'callback',
  'origin',
  'redirect',
  'address',
  'ip',
  'target',
  'proxy',
  'src',
  'site',
  'website',
  'base',
]);
const PATH_WORDS = new Set([
  'path',
  'paths',
  'file',
  'files',
  'filename',
  'filepath',
  'dir',
  'directory',
  'folder',
  'cwd',
  'root',
  'destination',
  'source',
  'pattern',
  'glob',
]);
const TEXT_WORDS = new Set([
  'message',
  'messages',
  'text',
  'content',
  'body',
  'comment',
  'description',
  'prompt',
  'note',
  'notes',
  'title',
  'summary',
  'reply',
  'answer',
  'subject',
  'caption',
  'question',
  'instruction',
  'instructions',
  'markdown',
  'html',
  'chat',
  'input',
]);

/**
 * Classifies an argument by its path (`$.query`, `$.options.sqlText`, `$.files[0].path`).
 * A path mentioning `sql` or `query` anywhere is `sql`; otherwise the last named key decides.
 */
export function fieldKind(path: string): FieldKind {
  // A tool's calls repeat the same few paths: remember their kinds (a bounded number of them).
  const known = KINDS.get(path);
  if (known !== undefined) return known;
  const kind = classify(path);
  if (KINDS.size >= MAX_REMEMBERED_PATHS) KINDS.clear();
  KINDS.set(path, kind);
  return kind;
}

const MAX_REMEMBERED_PATHS = 1024;
const KINDS = new Map<string, FieldKind>();

function classify(path: string): FieldKind {
  if (/sql|query/i.test(path)) return 'sql';
  const keys = path.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? [];
  const last = keys[keys.length - 1] ?? '';
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_-]+/)
    .filter((word) => word.length > 0);
  if (words.some((word) => COMMAND_WORDS.has(word))) return 'command';
  if (words.some((word) => URL_WORDS.has(word))) return 'url';
  if (words.some((word) => PATH_WORDS.has(word))) return 'path';
  if (words.some((word) => TEXT_WORDS.has(word))) return 'free_text';
  return 'other';
}

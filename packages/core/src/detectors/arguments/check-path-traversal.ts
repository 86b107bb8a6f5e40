import type { Severity } from '../../spec/finding.ts';
import type { ArgumentHit } from './make-finding.ts';

/** Files whose mere reading is an attack goal. Matched on the decoded, lower-cased, `/`-separated value. */
const SENSITIVE_FILES: readonly {
  readonly pattern: RegExp;
  readonly severity: Severity;
  readonly label: string;
}[] = [
  {
    pattern: /\/etc\/(?:shadow|gshadow|master\.passwd)\b/,
    severity: 'critical',
    label: 'system password hashes',
  },
  { pattern: /\/etc\/(?:passwd|sudoers|group)\b/, severity: 'high', label: 'system account files' },
  {
    pattern:
      /\/proc\/(?:self|[0-9]{1,7}|thread-self)\/(?:environ|cmdline|mem|maps|fd\/|cwd|root|status)/,
    severity: 'high',
    label: 'process memory or environment',
  },
  // Public keys and known_hosts are not secret; the rest of ~/.ssh is.
  {
    pattern: /(?:^|[/\s"'=:])\.ssh(?:\/(?![a-z0-9_.-]{1,40}\.pub\b|known_hosts\b)|$)/,
    severity: 'critical',
    label: 'SSH keys',
  },
  {
    pattern: /(?:^|[/\s"'=:])id_(?:rsa|dsa|ecdsa|ed25519)(?![.\w])/,
    severity: 'critical',
    label: 'an SSH private key',
  },
  {
    pattern:
      /(?:^|[/\s"'=:])\.(?:aws\/credentials|aws\/config|azure\/(?:accesstokens|msal_token_cache)|config\/gcloud\/|kube\/config|docker\/config\.json)/,
    severity: 'critical',
    label: 'cloud or cluster credentials',
  },
  {
    pattern:
      /(?:^|[/\s"'=:])\.(?:npmrc|pypirc|netrc|git-credentials|pgpass|my\.cnf|vault-token)(?![\w.])/,
    severity: 'high',
    label: 'stored credentials',
  },
  {
    pattern:
      /(?:^|[/\s"'=:])\.env(?:\.(?!example\b|sample\b|template\b|dist\b)[a-z0-9_-]{1,20})?(?![\w./-])/,
    severity: 'high',
    label: 'an environment file with secrets',
  },
  {
    pattern: /(?:^|[/\s"'=:])\.git\/(?:config|head|index|credentials)\b/,
    severity: 'high',
    label: 'git metadata',
  },
  {
    pattern: /(?:^|[/\s"'=:])\.(?:bash|zsh|python|mysql|psql)_history\b/,
    severity: 'high',
    label: 'shell history',
  },
  {
    pattern: /\/var\/run\/secrets\/|\/run\/secrets\//,
    severity: 'critical',
    label: 'container secrets',
  },
  {
    pattern: /\/etc\/ssl\/private\/|\/etc\/kubernetes\/(?:admin\.conf|pki\/)/,
    severity: 'critical',
    label: 'private keys',
  },
  { pattern: /^\/root(?:\/|$)|[\s"'=:]\/root\//, severity: 'high', label: "root's home directory" },
  {
    pattern:
      /(?:^|[/\s"'=:])(?:[a-z]:)?\/windows\/(?:system32|win\.ini|system\.ini|repair\/sam)|(?:^|[/\s"'=:])(?:boot|win)\.ini\b/,
    severity: 'high',
    label: 'Windows system files',
  },
  {
    pattern: /(?:^|[/\s"'=:])(?:mcp|claude_desktop_config)\.json\b/,
    severity: 'medium',
    label: 'agent tool configuration',
  },
];

/**
 * Finds path traversal in one argument:
 * - `../` segments, also hidden as `%2e%2e%2f`, `..%2f`, `..\`, `..;/`, double URL-encoding or overlong UTF-8.
 *   A relative path whose `..` stays inside its starting directory (`docs/guide/../intro.md`) is `low`;
 *   one that climbs above it (`../../etc`) is `high`; any encoded traversal is `high`; `..` inside an
 *   absolute path is `medium` (the target itself is judged by the sensitive-file list).
 * - references to sensitive files (`/etc/shadow`, `~/.ssh/id_rsa`, `.env`, `/proc/self/environ`, …);
 * - NUL bytes (raw or `%00`), which truncate paths in native code.
 */
export function checkPathTraversal(value: string): ArgumentHit[] {
  // Every finding below needs a dot, a slash, a backslash, a percent sign, a NUL or an `id_` key name.
  if (!MAY_REFER_TO_PATH.test(value)) return [];
  const hits: ArgumentHit[] = [];
  const whole = { start: 0, end: value.length };
  const decoded = decodeLayers(value);
  const normalisedRaw = value.replace(/\\/g, '/');
  const normalisedDecoded = decoded.replace(/\\/g, '/');

  if (value.includes('\0') || decoded.includes('\0')) {
    hits.push({
      category: 'path_traversal',
      subcategory: 'null_byte',
      severity: 'high',
      message: 'Argument contains a NUL byte',
      explanation:
        'A NUL byte cuts a path short in native code, so `report.pdf%00.png` passes an extension check and opens another file.',
      ...whole,
      ...(value.includes('\0') ? {} : { encoding: 'url_encoding' }),
    });
  }

  const rawEscape = traversalDepth(normalisedRaw);
  const decodedEscape = traversalDepth(normalisedDecoded);
  if (decodedEscape !== undefined && rawEscape === undefined) {
    hits.push({
      category: 'path_traversal',
      subcategory: 'encoded_traversal',
      severity: 'high',
      message: 'Argument hides a ../ traversal behind encoding',
      explanation:
        'Percent-encoded, double-encoded or overlong dots and slashes exist only to slip a traversal past path filters.',
      ...whole,
      encoding: /%25/i.test(value)
        ? 'double_url_encoding'
        : /%c0|%c1|%e0%80/i.test(value)
          ? 'overlong_utf8'
          : 'url_encoding',
    });
  } else if (rawEscape !== undefined) {
    const first = /\.\.(?:;[^/]{0,20})?(?:\/|$)/.exec(normalisedRaw);
    const start = first?.index ?? 0;
    const span = { start, end: Math.min(value.length, start + 80) };
    if (rawEscape === 'escapes') {
      hits.push({
        category: 'path_traversal',
        subcategory: 'dot_dot_slash',
        severity: 'high',
        message: 'Path climbs above its starting directory with ../',
        explanation:
          'A relative path that leaves its root reads or writes files outside the directory the tool is meant to serve.',
        ...span,
      });
    } else {
      hits.push({
        category: 'path_traversal',
        subcategory: 'dot_dot_slash',
        severity: rawEscape === 'absolute' ? 'medium' : 'low',
        message:
          rawEscape === 'absolute'
            ? 'Absolute path contains ../ segments'
            : 'Relative path uses ../ but stays inside its starting directory',
        explanation:
          'Dot-dot segments are the raw material of traversal; this one does not leave its root on its own.',
        ...span,
      });
    }
  }

  // `....//` and `..././` turn into `../` once a filter strips `../` a single time.
  const nested = /(?:^|\/)(?:\.{4}\/{1,2}|\.\.\.\/\.\/|\.\.\/\/)/.exec(normalisedDecoded);
  if (nested !== null && rawEscape !== 'escapes') {
    hits.push({
      category: 'path_traversal',
      subcategory: 'nested_traversal',
      severity: 'high',
      message: 'Path uses a nested ../ sequence that survives one round of filtering',
      explanation: 'Sequences like `....//` become `../` after a naive filter removes `../` once.',
      ...whole,
    });
  }

  // One sensitive-file finding per value: the most severe reference.
  const haystack = normalisedDecoded
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/\/\.\//g, '/');
  const mapsToValue = haystack.length === value.length;
  let worst: ArgumentHit | undefined;
  for (const { pattern, severity, label } of SENSITIVE_FILES) {
    const match = pattern.exec(haystack);
    if (
      match === null ||
      (worst !== undefined && SEVERITY_RANK[worst.severity] >= SEVERITY_RANK[severity])
    )
      continue;
    const span = mapsToValue ? { start: match.index, end: match.index + match[0].length } : whole;
    worst = {
      category: 'path_traversal',
      subcategory: 'sensitive_file',
      severity,
      message: `Argument references ${label}`,
      explanation:
        'Reading credential and system files is the usual goal of traversal and of prompt-injected file tools.',
      ...span,
    };
  }
  if (worst !== undefined) hits.push(worst);
  return hits;
}

// --- internal ---

const MAY_REFER_TO_PATH = /[./\\%\0]|id_/i;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  low: 0,
  medium: 1,
  high: 2,
  critical: 3,
};

/**
 * Percent-decodes up to three times (double and triple encoding), also folding overlong UTF-8 dots
 * and slashes (`%c0%ae`, `%c0%af`, `%e0%80%ae`) and IIS `%u002e`. Never throws.
 */
function decodeLayers(value: string): string {
  let current = value;
  for (let round = 0; round < 3; round += 1) {
    const next = current
      .replace(/%c0%ae|%e0%80%ae|%u002e/gi, '.')
      .replace(/%c0%af|%e0%80%af|%u2215|%u002f/gi, '/')
      .replace(/%c1%9c|%u005c/gi, '\\')
      .replace(/%([0-9a-f]{2})/gi, (_match, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * For each path-like token holding a `..` segment: `'escapes'` when a relative path climbs above
 * where it starts, `'absolute'` for `..` inside an absolute path, `'contained'` otherwise;
 * `undefined` when there is no `..` segment at all. The worst token wins.
 */
function traversalDepth(text: string): 'escapes' | 'absolute' | 'contained' | undefined {
  if (!/(?:^|[^.])\.\.(?:;[^/]{0,20})?(?:\/|$)|(?:^|\/)\.\.(?:[\s"'?&#]|$)/.test(text))
    return undefined;
  let result: 'escapes' | 'absolute' | 'contained' | undefined;
  for (const token of text.split(/[\s"'<>|&?=,()`]+/)) {
    if (!token.includes('..')) continue;
    const segments = token.split('/').map((segment) => segment.split(';', 1)[0] as string);
    if (!segments.includes('..')) continue;
    // Clients normalise dot segments in URLs before sending them; only encoded ones get through.
    if (/^[a-z][a-z0-9+.-]{1,15}:\/\//i.test(token)) {
      result ??= 'contained';
      continue;
    }
    const isAbsolute = token.startsWith('/') || /^[a-z]:/i.test(token) || token.startsWith('~');
    let depth = 0;
    let escapes = false;
    for (const segment of segments) {
      if (segment === '..') {
        depth -= 1;
        if (depth < 0 && !isAbsolute) escapes = true;
      } else if (segment !== '.' && segment !== '') depth += 1;
    }
    const verdict = escapes ? 'escapes' : isAbsolute ? 'absolute' : 'contained';
    if (verdict === 'escapes') return 'escapes';
    if (result === undefined || (verdict === 'absolute' && result === 'contained'))
      result = verdict;
  }
  return result;
}

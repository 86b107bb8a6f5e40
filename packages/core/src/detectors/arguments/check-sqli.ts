import type { Severity } from '../../spec/finding.ts';
import type { FieldKind } from './field-kind.ts';
import type { ArgumentHit } from './make-finding.ts';

type SqlRule = {
  readonly subcategory: string;
  readonly pattern: RegExp;
  /** Severity in an ordinary field (a name, an id, a search term). */
  readonly severity: Severity;
  /** Severity in a field meant to hold SQL (`$.query`, `$.sql`); `undefined` skips the rule there. */
  readonly sqlFieldSeverity?: Severity;
  readonly message: string;
};

/**
 * Injection shapes, matched on the lower-cased value with inline comments (`/**∕`) turned into spaces.
 * All repetition is bounded; the only backreference (`\2`) compares a bounded group.
 */
const SQL_RULES: readonly SqlRule[] = [
  {
    subcategory: 'tautology',
    // ' or 1=1   ' or 'a'='a   " or "x"="x   ') or ('1'='1
    pattern:
      /['"]\s{0,5}\)?\s{0,5}(?:or|\|\|)\s{1,5}\(?\s{0,3}(['"]?)([a-z0-9_]{1,20})\1\s{0,3}(?:=|like)\s{0,3}\(?\s{0,3}['"]?\2(?![a-z0-9_])/,
    severity: 'high',
    sqlFieldSeverity: 'medium',
    message: 'Value contains an always-true SQL condition after a closing quote',
  },
  {
    subcategory: 'tautology',
    pattern: /['"]\s{0,5}(?:or|\|\|)\s{1,5}(?:true|not\s{1,5}false|1)\s{0,5}(?:--|#|\/\*|;|$)/,
    severity: 'high',
    sqlFieldSeverity: 'medium',
    message: 'Value contains an always-true SQL condition after a closing quote',
  },
  {
    subcategory: 'tautology',
    // Numeric context: `3 or 1=1`.
    pattern: /^\s{0,5}-?[0-9]{1,12}\s{1,5}(?:or|and)\s{1,5}([0-9]{1,10})\s{0,3}=\s{0,3}\1(?![0-9])/,
    severity: 'high',
    message: 'Numeric value is followed by an always-true SQL condition',
  },
  {
    subcategory: 'comment_truncation',
    // admin'--   admin' #   x')/*
    pattern: /[a-z0-9_)]['"]\s{0,5}\)?\s{0,5}(?:--(?:[\s-]|$)|#\s{0,5}$|\/\*)/,
    severity: 'high',
    message: 'Value closes a quote and comments out the rest of the query',
  },
  {
    subcategory: 'union_select',
    pattern: /\bunion(?:\s{1,10}(?:all|distinct))?\s{1,10}\(?\s{0,5}select\b/,
    severity: 'high',
    sqlFieldSeverity: 'low',
    message: 'Value contains UNION SELECT',
  },
  {
    subcategory: 'stacked_query',
    // A statement separator followed by a destructive or privileged statement.
    pattern:
      /;\s{0,10}(?:drop\s{1,10}(?:table|database|schema|user|index|view|function|procedure)\b|truncate\s{1,10}(?:table\s{1,10})?[a-z_"`[]|delete\s{1,10}from\b|alter\s{1,10}(?:table|user|database|role|system)\b|grant\s{1,10}[a-z0-9_ ,.*"`]{1,80}\bto\b|revoke\b|shutdown\b|exec(?:ute)?\s{0,10}(?:\(|xp_|sp_|master\.)|create\s{1,10}(?:user|login|role|trigger|function)\b|copy\s{1,10}[a-z_."]{1,60}\s{1,10}(?:to|from)\s{1,10}program\b)/,
    severity: 'high',
    sqlFieldSeverity: 'high',
    message: 'Value stacks a destructive or privileged SQL statement after a separator',
  },
  {
    subcategory: 'stacked_query',
    pattern:
      /['"0-9]\s{0,5}\)?\s{0,5};\s{0,10}(?:insert\s{1,10}into|update\s{1,10}[a-z_."`[\]]{1,60}\s{1,10}set|select\b|declare\b|set\s{1,10}@)/,
    severity: 'high',
    message: 'Value closes a literal and starts a second SQL statement',
  },
  {
    subcategory: 'destructive_statement',
    // Only meaningful in a SQL field: the model asks a query tool to destroy data outright.
    pattern:
      /^\s{0,10}(?:drop\s{1,10}(?:table|database|schema)\b|truncate\s{1,10}(?:table\s{1,10})?[a-z_"`[]|delete\s{1,10}from\s{1,10}[a-z_."`[\]]{1,60}\s{0,10};?\s{0,10}$)/,
    severity: 'low',
    sqlFieldSeverity: 'medium',
    message: 'SQL statement drops or empties a table',
  },
  {
    subcategory: 'time_based',
    pattern:
      /(?:^|['"();,|&=]|\b(?:and|or|select|where|having|if|then|else|xor))\s{0,5}(?:sleep|pg_sleep|benchmark|dbms_lock\.sleep|dbms_session\.sleep)\s{0,5}\(|\bwaitfor\s{1,5}delay\s{1,5}['"]/,
    severity: 'high',
    sqlFieldSeverity: 'medium',
    message: 'Value contains a time-delay function used for blind SQL injection',
  },
  {
    subcategory: 'out_of_band',
    pattern:
      /\b(?:xp_cmdshell|xp_dirtree|load_file|utl_http\.request|utl_inaddr\.get_host_address|dbms_pipe\.receive_message|lo_import|lo_export)\s{0,5}\(|\binto\s{1,5}(?:out|dump)file\b|\bxp_cmdshell\b/,
    severity: 'high',
    sqlFieldSeverity: 'high',
    message: 'Value calls a SQL function that reads files, runs commands or reaches the network',
  },
  {
    subcategory: 'error_based',
    pattern:
      /\b(?:extractvalue|updatexml)\s{0,5}\(|@@version\b|\bconvert\s{0,5}\(\s{0,5}int\s{0,5},/,
    severity: 'high',
    sqlFieldSeverity: 'low',
    message: 'Value contains an error-based SQL injection probe',
  },
  {
    subcategory: 'schema_probe',
    pattern:
      /\binformation_schema\s{0,3}\.\s{0,3}(?:tables|columns|schemata)\b|\bsqlite_(?:master|schema)\b|\bpg_(?:shadow|authid)\b|\bmysql\.user\b/,
    severity: 'medium',
    sqlFieldSeverity: 'low',
    message: 'Value reads the database catalogue or its password tables',
  },
];

/**
 * Finds SQL injection shapes in one argument. In a field meant to hold SQL (path mentions `sql` or
 * `query`) a plain SELECT, UNION or comment is normal, so only stacked destructive statements,
 * file/command functions and time delays keep a high-ish severity there.
 */
export function checkSqli(value: string, kind: FieldKind): ArgumentHit[] {
  // Lower-casing and comment-to-space replacement keep offsets: every replacement has the same length.
  const lowered = value.toLowerCase();
  // A few characters (`İ`) change length when lower-cased; then spans fall back to the whole value.
  const offsetsHold = lowered.length === value.length;
  const text = lowered.replace(/\/\*[^*]{0,200}\*\//g, (comment) => ' '.repeat(comment.length));
  const hits: ArgumentHit[] = [];
  const seen = new Set<string>();
  for (const rule of SQL_RULES) {
    const severity = kind === 'sql' ? rule.sqlFieldSeverity : rule.severity;
    if (severity === undefined || seen.has(rule.subcategory)) continue;
    // Outside SQL fields a bare DROP TABLE is a question about SQL, not an injection.
    if (rule.subcategory === 'destructive_statement' && kind !== 'sql') continue;
    const match = rule.pattern.exec(text);
    if (match === null) continue;
    seen.add(rule.subcategory);
    hits.push({
      category: 'sqli',
      subcategory: rule.subcategory,
      severity,
      message: rule.message,
      explanation:
        'Tool arguments end up in database queries; injected SQL can read, change or destroy data the agent should not touch.',
      start: offsetsHold ? match.index : 0,
      end: offsetsHold ? match.index + match[0].length : value.length,
      ...(/\/\*[^*]{0,200}\*\//.test(value) ? { encoding: 'sql_comment' } : {}),
    });
  }
  return hits;
}

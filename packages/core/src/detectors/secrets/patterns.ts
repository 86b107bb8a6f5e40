import type { Severity } from '../../spec/finding.ts';
import { characterClassCount, shannonEntropy } from './entropy.ts';
import { DOCUMENTED_EXAMPLES, isPlaceholder } from './placeholder.ts';

/**
 * One kind of secret. `pattern` has no `g` flag: `detectSecrets` keeps a global copy and resets it before
 * each use (scanning is synchronous, so no `lastIndex` state leaks between calls). Every quantifier is bounded and no repetition nests another
 * unbounded one, so matching is linear in the input.
 */
export type SecretPattern = {
  readonly kind: string;
  /**
   * Lower-case substrings of which every match contains at least one: when none occurs in the text the
   * pattern is not run at all, so a text without secrets costs a few `includes` calls.
   */
  readonly hints: readonly string[];
  /** Severity of a live-looking match. `check` may lower it. */
  readonly severity: Severity;
  readonly pattern: RegExp;
  /** Capture group holding the secret itself (the span that gets redacted); 0 for the whole match. */
  readonly group: number;
  /**
   * Final say on a candidate: return a severity to report it with, or `'skip'` to drop it.
   * Receives the secret (the `group` text) and the whole match.
   */
  readonly check?: (secret: string, match: string) => Severity | 'skip';
};

/** Drops documentation placeholders, lowers vendors' documented examples to `low`, else keeps `severity`. */
function liveOrExample(severity: Severity): (secret: string) => Severity | 'skip' {
  return (secret) => {
    if (DOCUMENTED_EXAMPLES.has(secret)) return 'low';
    if (isPlaceholder(secret)) return 'skip';
    return severity;
  };
}

/** Like `liveOrExample`, and also demands key-like randomness: mixed classes and enough entropy. */
function randomToken(
  severity: Severity,
  minEntropy: number,
): (secret: string) => Severity | 'skip' {
  return (secret) => {
    if (DOCUMENTED_EXAMPLES.has(secret)) return 'low';
    if (isPlaceholder(secret)) return 'skip';
    if (characterClassCount(secret) < 2 || shannonEntropy(secret) < minEntropy) return 'skip';
    return severity;
  };
}

/**
 * Every secret pattern, most specific first. When two matches overlap, the earlier pattern wins,
 * so a `sk-ant-…` key is reported once as `anthropic_key` and never again as `generic_secret`.
 */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    kind: 'private_key',
    hints: ['private key'],
    severity: 'critical',
    // Header, then (optionally) a bounded body up to the matching END line.
    pattern:
      /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=:,\- \r\n]{0,12000}?-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----)?/,
    group: 0,
    check: (_secret, match) => {
      // A bare header (docs explaining PEM formats) is not key material; a body of base64 is.
      const body = match.replace(/-----[A-Z0-9 ]{1,60}-----/g, '').replace(/[^A-Za-z0-9+/]/g, '');
      if (body.length < 64) return 'medium';
      if (isPlaceholder(body)) return 'low';
      return 'critical';
    },
  },
  {
    kind: 'aws_access_key',
    hints: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
    group: 1,
    // AWS's documented examples (`AKIAIOSFODNN7EXAMPLE`, `AKIAI44QH8DHBEXAMPLE`) end in EXAMPLE.
    check: (secret) => (secret.endsWith('EXAMPLE') ? 'low' : 'high'),
  },
  {
    kind: 'aws_secret_key',
    hints: ['aws', 'amazon'],
    severity: 'critical',
    // Forty base64 characters alone are too common (hashes, ids), so an AWS context word must come first.
    pattern:
      /(?:aws|amazon)[A-Za-z0-9_.\- ]{0,30}(?:secret|private)[A-Za-z0-9_.\- ]{0,30}["']?\s{0,5}(?:=>|[:=])\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    group: 1,
    check: randomToken('critical', 4),
  },
  {
    kind: 'github_token',
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    severity: 'high',
    pattern:
      /(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{50,255})(?![A-Za-z0-9_])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'gitlab_token',
    hints: ['glpat-'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'slack_webhook',
    hints: ['hooks.slack.com'],
    severity: 'high',
    pattern:
      /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Z0-9]{6,14}\/[A-Za-z0-9]{16,40}/,
    group: 0,
    check: (secret) => (/x{4}|X{4}|your/i.test(secret) ? 'skip' : 'high'),
  },
  {
    kind: 'slack_token',
    hints: ['xox'],
    severity: 'high',
    pattern:
      /(?<![A-Za-z0-9])(xox[abposr]-[0-9]{6,15}(?:-[0-9]{6,15}){0,3}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9-])/,
    group: 1,
    check: randomToken('high', 3),
  },
  {
    kind: 'stripe_key',
    hints: ['_live_', '_test_'],
    severity: 'critical',
    pattern: /(?<![A-Za-z0-9_])((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/,
    group: 1,
    check: (secret) => {
      if (DOCUMENTED_EXAMPLES.has(secret) || isPlaceholder(secret))
        return secret.includes('_test_') ? 'low' : 'skip';
      if (characterClassCount(secret.slice(8)) < 2) return 'skip';
      // Test-mode keys cannot move money; still a credential, so reported low.
      return secret.includes('_test_') ? 'low' : 'critical';
    },
  },
  {
    kind: 'anthropic_key',
    hints: ['sk-ant-'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_-])(sk-ant-[A-Za-z0-9_-]{32,200})(?![A-Za-z0-9_-])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'openai_key',
    hints: ['sk-'],
    severity: 'high',
    pattern:
      /(?<![A-Za-z0-9_-])(sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/,
    group: 1,
    check: (secret) => {
      const body = secret.replace(/^sk-(?:proj-|svcacct-|admin-|None-)?/, '');
      if (isPlaceholder(body)) return 'skip';
      // Real keys are random: all three character classes and base64-like entropy. This keeps out
      // `sk-learn-…`, kebab-case identifiers and the like.
      if (characterClassCount(body) < 3 || shannonEntropy(body) < 4) return 'skip';
      if (/-[a-z]{2,}-[a-z]{2,}-/.test(body)) return 'skip';
      return 'high';
    },
  },
  {
    kind: 'google_api_key',
    hints: ['aiza'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'npm_token',
    hints: ['npm_'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'huggingface_token',
    hints: ['hf_'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_])(hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
    group: 1,
    check: randomToken('high', 3.5),
  },
  {
    kind: 'sendgrid_key',
    hints: ['sg.'],
    severity: 'high',
    pattern: /(?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    group: 1,
    check: liveOrExample('high'),
  },
  {
    kind: 'database_url',
    // The scheme names of the pattern, not '://': every web link holds that.
    hints: [
      'postgres',
      'mysql',
      'mariadb',
      'mongodb',
      'redis',
      'amqp',
      'mssql',
      'sqlserver',
      'cockroachdb',
      'clickhouse',
    ],
    severity: 'high',
    // scheme://user:password@host — the span is the password only, so redaction keeps the URL readable.
    pattern:
      /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse)(?:\+[a-z0-9]{1,20})?:\/\/[^\s:/@"'<>]{0,100}:([^\s@/"'<>]{1,200})@[A-Za-z0-9.[\]-]{1,255}/i,
    group: 1,
    check: (secret) => {
      if (
        isPlaceholder(secret) ||
        /^(?:pass|pwd|secret|postgres|root|admin|user|mysql|guest|test|\$\w*|:\w+|\[.*\])$/i.test(
          secret,
        )
      ) {
        return 'skip';
      }
      return secret.length < 6 ? 'low' : 'high';
    },
  },
  {
    kind: 'jwt',
    hints: ['eyj'],
    severity: 'medium',
    // header.payload.signature; both header and payload are base64url JSON objects (`{"` → `eyJ`).
    pattern:
      /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])/,
    group: 1,
    check: (secret) => {
      if (DOCUMENTED_EXAMPLES.has(secret)) return 'low';
      const header = decodeBase64Url(secret.slice(0, secret.indexOf('.')));
      return header !== undefined && /"alg"\s{0,3}:/.test(header) ? 'medium' : 'skip';
    },
  },
  {
    kind: 'generic_secret',
    // The pattern's key words as they must appear ('key' and 'token' alone are everywhere in docs).
    hints: [
      'passw',
      'pwd',
      'secret',
      'api_key',
      'api-key',
      'apikey',
      'access_key',
      'access-key',
      'accesskey',
      'access_token',
      'access-token',
      'accesstoken',
      'auth_token',
      'auth-token',
      'authtoken',
      'private_key',
      'private-key',
      'privatekey',
      'bearer',
    ],
    severity: 'medium',
    // password=…, api_key: …, "client_secret": "…" — the span is the value only.
    pattern:
      /(?<![A-Za-z0-9])(?:password|passwd|pwd|secret|secret[_-]?key|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key|bearer)["']?\s{0,3}(?:=>|:=|[:=])\s{0,3}["']?([^\s"'`,;<>(){}[\]]{8,200})/i,
    group: 1,
    check: (secret) => {
      if (isPlaceholder(secret)) return 'skip';
      // Looks like code (`password=user.password`, `api_key=get_key()`), not a literal value.
      if (
        /^[A-Za-z_][A-Za-z0-9_]{0,60}(?:\.[A-Za-z_][A-Za-z0-9_]{0,60}){0,5}$/.test(secret) &&
        characterClassCount(secret) < 3
      ) {
        return 'skip';
      }
      if (/^[A-Za-z_$][\w$.]{0,80}\($/.test(secret)) return 'skip';
      if (characterClassCount(secret) < 2 || shannonEntropy(secret) < 3) return 'skip';
      // A heuristic, so never more than medium: docs are full of sample passwords that look random.
      return 'medium';
    },
  },
];

// --- internal ---

/** Decodes base64url to text, or `undefined` when it is not valid. Never throws. */
function decodeBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(value)) return undefined;
  try {
    return atob(
      value
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(value.length / 4) * 4, '='),
    );
  } catch {
    return undefined;
  }
}

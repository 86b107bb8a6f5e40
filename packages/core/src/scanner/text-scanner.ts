import { SECRET_HINTS } from '../detectors/secrets/detect-secrets.ts';
import { decodeEncodedRuns } from '../normalize/decode-segments.ts';
import { deriveViews, VIEW_MARKERS } from '../normalize/derived-views.ts';
import { type NormalizedText, normalizeText, toOriginalSpan } from '../normalize/normalize-text.ts';
import type { CompiledRules } from '../rules/compile-rules.ts';
import type { Finding, Severity } from '../spec/finding.ts';
import { findExfiltrationUrls } from '../structure/exfiltration-urls.ts';
import { extractHiddenHtml } from '../structure/html.ts';
import { NON_INJECTION_CATEGORIES } from './default-weights.ts';
import { createQuotedContext } from './quoted-context.ts';

/**
 * Literals the rules' trigger pass looks for on behalf of other detectors (compile the rules with them):
 * the derived views' markers, then the secret detector's hints.
 */
export const SCAN_PROBES: readonly string[] = [...VIEW_MARKERS, ...SECRET_HINTS];

/** Everything one text is scanned with: compiled rules (with {@link SCAN_PROBES}) and the data detectors. */
export type TextScannerParts = {
  readonly rules: CompiledRules;
  /**
   * Extra per-text detectors (secrets, PII, canaries, arguments), given the original text and which secret
   * hints the trigger pass found (all those of `text.toLowerCase()`, perhaps more; see `detectSecrets`).
   */
  readonly extras: readonly ((text: string, secretHints?: ArrayLike<number>) => Finding[])[];
  /** Whether to look for data-carrying URLs. */
  readonly urls: boolean;
};

const MAX_DECODE_DEPTH = 2;
const EMPTY: ReadonlySet<string> = new Set();
/** Layers that re-read the whole text rather than decode a part of it. */
const VIEW_ENCODINGS: ReadonlySet<string> = new Set(['leetspeak', 'spaced', 'reversed', 'rot13']);
const EVIDENCE_LENGTH = 160;
const DOWNGRADE: Readonly<Record<Severity, Severity>> = {
  critical: 'high',
  high: 'medium',
  medium: 'low',
  low: 'low',
};

/**
 * Scans one string: rules on its normalised form, then again on every encoded run, obfuscated reading and
 * hidden HTML part found in it (to a fixed depth), then the URL and data detectors. Offsets in the findings
 * point into `text`.
 */
export function scanText(
  text: string,
  parts: TextScannerParts,
  normalized: NormalizedText = normalizeText(text),
): Finding[] {
  const findings: Finding[] = [];
  const probes = new Uint8Array(SCAN_PROBES.length);
  scanLayer(text, parts, findings, 0, undefined, 0, text.length, EMPTY, normalized, probes);
  // Normalisation lower-cases ASCII, keeps it in order, and only drops or folds other characters (one
  // code point at a time), so every (ASCII) hint in text.toLowerCase() is also in the normalised text
  // the trigger pass read. A hint found only there makes detectSecrets run one more pattern, no more.
  const secretHints = probes.subarray(VIEW_MARKERS.length);
  for (const extra of parts.extras) {
    for (const finding of extra(text, secretHints)) findings.push(finding);
  }
  return findings;
}

// --- internal ---

function scanLayer(
  text: string,
  parts: TextScannerParts,
  findings: Finding[],
  depth: number,
  encoding: string | undefined,
  outerStart: number,
  outerEnd: number,
  alreadyMatched: ReadonlySet<string>,
  normalized: NormalizedText = normalizeText(text),
  probes: Uint8Array = new Uint8Array(SCAN_PROBES.length),
): boolean {
  let sawInjection = false;
  let onFolded = false;
  const matched = new Set<string>();
  let quotes: ReturnType<typeof createQuotedContext> | undefined;
  for (const match of parts.rules.match(normalized.text, probes)) {
    const { rule } = match;
    matched.add(rule.id);
    // A re-reading of the same text (leetspeak, spaced) reports only what the plain reading missed.
    if (alreadyMatched.has(rule.id)) continue;
    const local = toOriginalSpan(normalized, match.start, match.end, text);
    // Inside a decoded layer, offsets can only point at the encoded run as a whole.
    const span = encoding === undefined ? local : { start: outerStart, end: outerEnd };
    const evidence = encoding === undefined ? text.slice(local.start, local.end) : match.text;
    quotes ??= createQuotedContext(normalized.text);
    const quoted = encoding === undefined && quotes.isQuoted(match.start);
    findings.push({
      detector: 'rules',
      category: rule.category,
      subcategory: rule.subcategory,
      severity: quoted ? DOWNGRADE[rule.severity] : rule.severity,
      message: quoted ? `${rule.message} (quoted in a text about attacks)` : rule.message,
      evidence: evidence.slice(0, EVIDENCE_LENGTH),
      explanation: rule.explanation,
      span,
      ruleId: rule.id,
      language: rule.language,
      ...(encoding === undefined ? {} : { encoding }),
      ...(quoted ? { quoted } : {}),
    });
    if (!NON_INJECTION_CATEGORIES.has(rule.category)) {
      sawInjection = true;
      if (!onFolded && normalized.foldedAt.length > 0)
        onFolded = normalized.foldedAt.some((index) => index >= match.start && index < match.end);
    }
  }
  if (parts.urls && encoding === undefined) {
    for (const finding of findExfiltrationUrls(text, normalized)) findings.push(finding);
  }
  if (depth >= MAX_DECODE_DEPTH) return sawInjection;

  const layers = decodeEncodedRuns(text);
  if (normalized.tagText.length > 0) {
    layers.push({ text: normalized.tagText, encoding: 'unicode_tags', start: 0, end: text.length });
  }
  if (normalized.selectorText.length > 0) {
    layers.push({
      text: normalized.selectorText,
      encoding: 'variation_selectors',
      start: 0,
      end: text.length,
    });
  }
  for (const view of deriveViews(
    normalized.text,
    text.length,
    parts.rules.keywords,
    undefined,
    probes.subarray(0, VIEW_MARKERS.length),
  ))
    layers.push(view);
  for (const hidden of extractHiddenHtml(text)) layers.push(hidden);

  for (const layer of layers) {
    const start = encoding === undefined ? layer.start : outerStart;
    const end = encoding === undefined ? layer.end : outerEnd;
    const before = findings.length;
    const isView = VIEW_ENCODINGS.has(layer.encoding);
    const hit = scanLayer(
      layer.text,
      parts,
      findings,
      depth + 1,
      layer.encoding,
      start,
      end,
      isView ? matched : EMPTY,
    );
    if (!hit) continue;
    sawInjection = true;
    const first = findings[before] as Finding;
    findings.push(
      layerFinding(
        layer.encoding,
        first,
        text.slice(start, Math.min(end, start + EVIDENCE_LENGTH)),
        { start, end },
      ),
    );
  }
  if (onFolded && encoding === undefined) {
    findings.push({
      detector: 'normalizer',
      category: 'encoded_payload',
      subcategory: 'homoglyphs',
      severity: 'medium',
      message: `Instruction written with ${normalized.confusableCount} look-alike letters from other scripts`,
      evidence: text.slice(0, EVIDENCE_LENGTH),
      explanation:
        'Mixing look-alike letters from other scripts into words is a way to slip instructions past filters.',
      span: { start: 0, end: text.length },
      encoding: 'homoglyphs',
    });
  }
  return sawInjection;
}

function layerFinding(
  encoding: string,
  inner: Finding,
  evidence: string,
  span: { start: number; end: number },
): Finding {
  if (encoding.startsWith('html_')) {
    const where =
      encoding === 'html_comment'
        ? 'an HTML comment'
        : encoding === 'html_hidden'
          ? 'a hidden HTML element'
          : 'an HTML attribute';
    return {
      detector: 'structure',
      category: 'html_comment_smuggle',
      subcategory: encoding,
      severity: 'high',
      message: `Instruction hidden in ${where} (${inner.category})`,
      evidence,
      explanation:
        'The reader of the rendered page never sees this text, but the model reads it: a classic indirect injection.',
      span,
      encoding,
    };
  }
  return {
    detector: 'normalizer',
    category: 'encoded_payload',
    subcategory: encoding,
    severity: 'high',
    message: `Instruction hidden with ${encoding} encoding (${inner.category})`,
    evidence,
    explanation:
      'Encoding an instruction so that it only reads as one after decoding is a way to slip it past filters and reviewers.',
    span,
    encoding,
  };
}

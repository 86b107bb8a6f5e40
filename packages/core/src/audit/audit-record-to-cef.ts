import type { AuditRecord } from './audit-record.ts';

/** Options of {@link auditRecordToCef}. */
export type AuditRecordToCefOptions = {
  /** Device version in the CEF header. Default `0.1.0`. */
  readonly version?: string;
};

/**
 * One audit record as an ArcSight CEF line for a SIEM:
 * `CEF:0|Portcullis|Portcullis|<version>|<signature>|<name>|<severity>|<extensions>`.
 *
 * The signature is the record type, refined by the decision for verdicts (`verdict:block`); the severity
 * (0–10) is the verdict's risk score times ten, or a fixed value per record type. Extensions use standard
 * CEF keys (`rt`, `externalId`, `act`, `cat`, `suser`, `msg`) and labelled custom ones (`cs1` session,
 * `cs2` tenant, `cs3` record hash, `cs4` finding categories, `cn1` seq, `cfp1` risk score). Header fields
 * escape `\` and `|`; extension values escape `\`, `=` and line breaks, as the CEF spec requires.
 *
 * @example
 * auditRecordToCef(record);
 * // → 'CEF:0|Portcullis|Portcullis|0.1.0|verdict:block|Verdict block on prompt|9|rt=… cs1Label=sessionId cs1=s1 …'
 */
export function auditRecordToCef(
  record: AuditRecord,
  { version = '0.1.0' }: AuditRecordToCefOptions = {},
): string {
  const data = (
    typeof record.data === 'object' && record.data !== null ? record.data : {}
  ) as Record<string, unknown>;
  const decision = text(data.decision);
  const surface = text(data.surface);
  const riskScore = typeof data.riskScore === 'number' ? data.riskScore : undefined;
  const isVerdict = record.type === 'verdict';
  const signature = isVerdict && decision !== undefined ? `verdict:${decision}` : record.type;
  const name = isVerdict
    ? `Verdict ${decision ?? 'unknown'}${surface === undefined ? '' : ` on ${surface}`}`
    : `Audit ${record.type.replaceAll('_', ' ')}`;
  const categories = Array.isArray(data.findings)
    ? [
        ...new Set(
          data.findings
            .map((finding) => text((finding as { category?: unknown } | null)?.category))
            .filter((category) => category !== undefined),
        ),
      ]
    : [];
  const extensions: [string, string | undefined][] = [
    ['rt', String(Math.trunc(record.timestamp))],
    ['externalId', record.id],
    ['act', text(data.action)],
    ['cat', surface],
    ['suser', record.actor],
    ['msg', text(data.message) ?? text((data.error as { message?: unknown } | undefined)?.message)],
    ['cs1Label', record.sessionId === undefined ? undefined : 'sessionId'],
    ['cs1', record.sessionId],
    ['cs2Label', record.tenantId === undefined ? undefined : 'tenantId'],
    ['cs2', record.tenantId],
    ['cs3Label', 'hash'],
    ['cs3', record.hash],
    ['cs4Label', categories.length === 0 ? undefined : 'findings'],
    ['cs4', categories.length === 0 ? undefined : categories.join(',')],
    ['cn1Label', 'seq'],
    ['cn1', String(record.seq)],
    ['cfp1Label', riskScore === undefined ? undefined : 'riskScore'],
    ['cfp1', riskScore === undefined ? undefined : String(riskScore)],
  ];
  const header = [
    'CEF:0',
    'Portcullis',
    'Portcullis',
    version,
    signature,
    name,
    String(severity(record.type, decision, riskScore)),
  ];
  return `${header.map((field, index) => (index === 0 ? field : escapeHeader(field))).join('|')}|${extensions
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeExtension(value)}`)
    .join(' ')}`;
}

// --- internal ---

/** Fixed CEF severities of record types that carry no risk score. */
const TYPE_SEVERITY: Readonly<Record<string, number>> = {
  intrusion: 9,
  kill_switch: 7,
  webhook_failure: 5,
  mode_change: 5,
  policy_change: 4,
  replay: 3,
};

function severity(
  type: string,
  decision: string | undefined,
  riskScore: number | undefined,
): number {
  if (riskScore !== undefined && Number.isFinite(riskScore)) {
    return Math.min(10, Math.max(0, Math.round(riskScore * 10)));
  }
  if (decision === 'block') return 8;
  if (decision === 'review') return 5;
  return TYPE_SEVERITY[type] ?? 1;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Header fields: backslash and pipe are escaped; a line break would end the event, so it becomes a space. */
function escapeHeader(value: string): string {
  return value.replace(/[\\|]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ');
}

/** Extension values: backslash and equals are escaped, line breaks become `\n` / `\r`. */
function escapeExtension(value: string): string {
  return value
    .replace(/[\\=]/g, (character) => `\\${character}`)
    .replace(/\r\n|\n|\r/g, (lineBreak) => (lineBreak === '\r' ? '\\r' : '\\n'));
}

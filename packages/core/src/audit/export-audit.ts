import type { AuditRecord } from './audit-record.ts';
import { auditRecordToCef } from './audit-record-to-cef.ts';
import { type CloudEvent, DEFAULT_EVENT_SOURCE, toCloudEvent } from './cloud-event.ts';

/** The formats audit records export to. */
export const AUDIT_EXPORT_FORMATS = ['ndjson', 'cloudevents', 'siem'] as const;

/**
 * - `ndjson`: the records as they are stored, one JSON object per line;
 * - `cloudevents`: one CloudEvents 1.0 JSON event per line;
 * - `siem`: one ArcSight CEF line per record.
 */
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** Options of {@link auditRecordToCloudEvent}. */
export type AuditRecordToCloudEventOptions = {
  /** Default `portcullis://guard`. */
  readonly source?: string;
};

/** Options of {@link exportAuditRecords}. */
export type ExportAuditRecordsOptions = {
  readonly records: readonly AuditRecord[];
  readonly format: AuditExportFormat;
  /** CloudEvents `source`. Default `portcullis://guard`. */
  readonly source?: string;
  /** Device version in CEF headers. Default `0.1.0`. */
  readonly version?: string;
};

/**
 * One audit record as a CloudEvents 1.0 event: `type` `dev.portcullis.audit.<record type>`, the record's
 * id and time, the session as `subject`, the redacted payload as `data`, and the chain position in the
 * `sequence` (CloudEvents sequence extension), `portcullishash` and `portcullisprevhash` extensions, so an
 * exported stream can still be checked against the chain.
 */
export function auditRecordToCloudEvent(
  record: AuditRecord,
  { source = DEFAULT_EVENT_SOURCE }: AuditRecordToCloudEventOptions = {},
): CloudEvent {
  return toCloudEvent({
    type: `dev.portcullis.audit.${record.type}`,
    source,
    id: record.id,
    time: record.timestamp,
    ...(record.sessionId === undefined ? {} : { subject: record.sessionId }),
    data: record.data,
    extensions: {
      sequence: String(record.seq),
      portcullishash: record.hash,
      portcullisprevhash: record.prevHash,
      ...(record.tenantId === undefined ? {} : { portcullistenant: record.tenantId }),
      ...(record.actor === undefined ? {} : { portcullisactor: record.actor }),
    },
  });
}

/**
 * Audit records as text in one export format, one line per record, each ending with a newline (an empty
 * string for no records).
 *
 * @example
 * const records = await readAuditFile('audit.ndjson');
 * process.stdout.write(exportAuditRecords({ records, format: 'siem' }));
 */
export function exportAuditRecords({
  records,
  format,
  source,
  version,
}: ExportAuditRecordsOptions): string {
  const line = (record: AuditRecord): string => {
    switch (format) {
      case 'ndjson':
        return JSON.stringify(record);
      case 'cloudevents':
        return JSON.stringify(
          auditRecordToCloudEvent(record, source === undefined ? {} : { source }),
        );
      case 'siem':
        return auditRecordToCef(record, version === undefined ? {} : { version });
    }
  };
  return records.map((record) => `${line(record)}\n`).join('');
}

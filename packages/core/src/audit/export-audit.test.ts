import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-record.ts';
import { auditRecordToCef } from './audit-record-to-cef.ts';
import { toCloudEvent } from './cloud-event.ts';
import { auditRecordToCloudEvent, exportAuditRecords } from './export-audit.ts';
import { chainAuditRecord } from './hash-chain.ts';

const verdict = chainAuditRecord({
  head: { seq: 0, hash: GENESIS_HASH },
  id: 'rec-1',
  entry: {
    type: 'verdict',
    timestamp: Date.UTC(2026, 0, 2, 3, 4, 5),
    sessionId: 'session|1=a',
    tenantId: 'acme',
    data: {
      decision: 'block',
      action: 'replace',
      surface: 'tool_output',
      riskScore: 0.87,
      findings: [
        { category: 'exfiltration' },
        { category: 'fake_turn' },
        { category: 'exfiltration' },
      ],
    },
  },
});
const replay = chainAuditRecord({
  head: verdict,
  id: 'rec-2',
  entry: {
    type: 'replay',
    timestamp: 0,
    actor: 'auditor\\x',
    data: { message: 'line one\nline=two' },
  },
});

describe('toCloudEvent', () => {
  it('builds a CloudEvents 1.0 envelope with defaults', () => {
    const event = toCloudEvent({
      type: 'security.intrusion_detected',
      subject: 's',
      data: { a: 1 },
    });
    expect(event).toMatchObject({
      specversion: '1.0',
      source: 'portcullis://guard',
      type: 'security.intrusion_detected',
      datacontenttype: 'application/json',
      subject: 's',
      data: { a: 1 },
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(event.time).toISOString()).toBe(event.time);
  });

  it('keeps valid extensions and drops invalid or reserved names', () => {
    const event = toCloudEvent({
      type: 't',
      data: null,
      id: 'x',
      time: 0,
      extensions: { sequence: '1', Bad: 'no', id: 'no', 'with-dash': 'no' },
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: 'x',
      source: 'portcullis://guard',
      type: 't',
      time: '1970-01-01T00:00:00.000Z',
      datacontenttype: 'application/json',
      sequence: '1',
      data: null,
    });
  });
});

describe('auditRecordToCloudEvent', () => {
  it('maps a record onto a CloudEvent that still carries its chain position', () => {
    expect(auditRecordToCloudEvent(verdict, { source: 'portcullis://test' })).toEqual({
      specversion: '1.0',
      id: 'rec-1',
      source: 'portcullis://test',
      type: 'dev.portcullis.audit.verdict',
      time: '2026-01-02T03:04:05.000Z',
      datacontenttype: 'application/json',
      subject: 'session|1=a',
      sequence: '1',
      portcullishash: verdict.hash,
      portcullisprevhash: GENESIS_HASH,
      portcullistenant: 'acme',
      data: verdict.data,
    });
  });
});

describe('auditRecordToCef', () => {
  it('writes a CEF line with severity from the risk score and escaped extensions', () => {
    expect(auditRecordToCef(verdict)).toBe(
      'CEF:0|Portcullis|Portcullis|0.1.0|verdict:block|Verdict block on tool_output|9|' +
        `rt=${Date.UTC(2026, 0, 2, 3, 4, 5)} externalId=rec-1 act=replace cat=tool_output ` +
        'cs1Label=sessionId cs1=session|1\\=a cs2Label=tenantId cs2=acme ' +
        `cs3Label=hash cs3=${verdict.hash} cs4Label=findings cs4=exfiltration,fake_turn ` +
        'cn1Label=seq cn1=1 cfp1Label=riskScore cfp1=0.87',
    );
  });

  it('escapes backslashes, equals signs and line breaks, and pipes in the header', () => {
    const line = auditRecordToCef(replay, { version: '1|2' });
    expect(line.startsWith('CEF:0|Portcullis|Portcullis|1\\|2|replay|Audit replay|3|')).toBe(true);
    expect(line).toContain('suser=auditor\\\\x');
    expect(line).toContain('msg=line one\\nline\\=two');
    expect(line).not.toContain('\n');
  });
});

describe('exportAuditRecords', () => {
  it('writes one line per record in each format', () => {
    const records = [verdict, replay];
    const ndjson = exportAuditRecords({ records, format: 'ndjson' });
    expect(
      ndjson
        .split('\n')
        .slice(0, 2)
        .map((line) => JSON.parse(line)),
    ).toEqual(records);
    const events = exportAuditRecords({ records, format: 'cloudevents' }).trimEnd().split('\n');
    expect(events.map((line) => JSON.parse(line).type)).toEqual([
      'dev.portcullis.audit.verdict',
      'dev.portcullis.audit.replay',
    ]);
    const siem = exportAuditRecords({ records, format: 'siem' }).trimEnd().split('\n');
    expect(siem).toHaveLength(2);
    expect(siem.every((line) => line.startsWith('CEF:0|Portcullis|'))).toBe(true);
    expect(exportAuditRecords({ records: [], format: 'siem' })).toBe('');
  });
});

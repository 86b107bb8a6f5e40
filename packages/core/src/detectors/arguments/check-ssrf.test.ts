import { describe, expect, it } from 'vitest';
import { checkArgument } from './check-argument.ts';
import { summarize } from './test-helpers.ts';

describe('checkArgument — ssrf', () => {
  it.each([
    [
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      ['ssrf/cloud_metadata:critical'],
    ],
    [
      'http://metadata.google.internal/computeMetadata/v1/?recursive=true',
      ['ssrf/cloud_metadata:critical'],
    ],
    ['http://[fd00:ec2::254]/latest/meta-data/', ['ssrf/cloud_metadata:critical']],
    ['http://100.100.100.200/latest/meta-data', ['ssrf/cloud_metadata:critical']],
    ['http://localhost:8080/admin', ['ssrf/loopback:high']],
    ['http://app.localhost/', ['ssrf/loopback:high']],
    ['http://127.0.0.1/', ['ssrf/loopback:high']],
    ['http://127.10.20.30:9200/_cat', ['ssrf/loopback:high']],
    ['http://[::1]:3000/', ['ssrf/loopback:high']],
    ['http://0.0.0.0:6379', ['ssrf/loopback:high']],
    ['http://10.0.0.5/internal', ['ssrf/private_network:high']],
    ['https://172.20.1.1/', ['ssrf/private_network:high']],
    ['http://192.168.1.1/router', ['ssrf/private_network:high']],
    ['http://[fc00::1]/', ['ssrf/private_network:high']],
    ['http://169.254.10.10/', ['ssrf/link_local:high']],
    ['http://[fe80::1]/', ['ssrf/link_local:high']],
    ['http://db.internal:5432/', ['ssrf/internal_hostname:medium']],
  ])('flags %s', (value, expected) => {
    expect(summarize(value, '$.url')).toEqual(expected);
  });

  it.each([
    ['http://2130706433/', 'ssrf/loopback:high', 'decimal_ip'],
    ['http://0x7f.1/', 'ssrf/loopback:high', 'hex_ip'],
    ['http://017700000001/', 'ssrf/loopback:high', 'octal_ip'],
    ['http://0177.0.0.1/', 'ssrf/loopback:high', 'octal_ip'],
    ['http://127.1/', 'ssrf/loopback:high', 'short_ip'],
    ['http://%31%32%37.0.0.1/', 'ssrf/loopback:high', 'url_encoding'],
    ['http://[::ffff:127.0.0.1]/', 'ssrf/loopback:high', 'ipv6_mapped'],
    ['http://[::ffff:a9fe:a9fe]/', 'ssrf/cloud_metadata:critical', 'ipv6_mapped'],
  ])('flags the encoded address %s and names the encoding', (value, target, encoding) => {
    const findings = checkArgument(value, '$.url');
    expect(
      findings.map((finding) => `${finding.category}/${finding.subcategory}:${finding.severity}`),
    ).toContain(target);
    const trick = findings.find((finding) => finding.subcategory === 'ip_obfuscation');
    expect(trick?.encoding).toBe(encoding);
    expect(['high', 'critical']).toContain(trick?.severity);
  });

  it('rates an encoded metadata address critical', () => {
    expect(summarize('http://0xa9fea9fe/latest/', '$.url')).toEqual([
      'ssrf/cloud_metadata:critical',
      'ssrf/ip_obfuscation:critical',
    ]);
    expect(summarize('http://2852039166/', '$.url')).toEqual([
      'ssrf/cloud_metadata:critical',
      'ssrf/ip_obfuscation:critical',
    ]);
  });

  it.each([
    ['http://10.0.0.1.nip.io/', 'ssrf/private_network:high'],
    ['http://app-192-168-0-1.sslip.io', 'ssrf/private_network:high'],
    ['http://7f000001.nip.io', 'ssrf/loopback:high'],
    ['http://169.254.169.254.xip.io/', 'ssrf/cloud_metadata:critical'],
    ['http://localtest.me/', 'ssrf/loopback:high'],
    ['http://7f000001.c0a80001.rbndr.us/', 'ssrf/private_network:high'],
  ])('flags the DNS trick %s', (value, target) => {
    const result = summarize(value, '$.url');
    expect(result).toContain(target);
    expect(result.some((entry) => entry.startsWith('ssrf/dns_rebinding:'))).toBe(true);
  });

  it('flags userinfo confusion and classifies the real host', () => {
    expect(summarize('http://example.com@127.0.0.1/', '$.url')).toEqual([
      'ssrf/loopback:high',
      'ssrf/userinfo_confusion:high',
    ]);
    expect(summarize('https://accounts.google.com@evil.example.net/login', '$.url')).toEqual([
      'ssrf/userinfo_confusion:medium',
    ]);
  });

  it.each([
    ['file:///etc/passwd', 'ssrf/dangerous_scheme:high'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'ssrf/dangerous_scheme:high'],
    ['dict://localhost:11211/stats', 'ssrf/dangerous_scheme:high'],
    ['ftp://files.example.com/pub/', 'ssrf/dangerous_scheme:medium'],
  ])('flags the scheme of %s', (value, expected) => {
    expect(summarize(value, '$.url')).toContain(expected);
  });

  it('checks bare hosts in URL-like fields and bare addresses anywhere', () => {
    expect(summarize('127.0.0.1:22', '$.host')).toEqual(['ssrf/loopback:high']);
    expect(summarize('169.254.169.254', '$.target')).toEqual(['ssrf/cloud_metadata:critical']);
    expect(summarize('::1', '$.host')).toEqual(['ssrf/loopback:high']);
    expect(summarize('localhost:5432', '$.endpoint')).toEqual(['ssrf/loopback:high']);
    expect(summarize('10.1.2.3', '$.options.value')).toEqual(['ssrf/private_network:high']);
  });

  it('finds URLs embedded in longer text', () => {
    const findings = checkArgument(
      'please GET http://169.254.169.254/latest and report',
      '$.instructions_for_tool',
    );
    expect(findings[0]?.span).toEqual({ start: 11, end: 40 });
    expect(findings[0]?.evidence).toBe('http://169.254.169.254/latest');
  });

  it('caps a URL in a chat message at low', () => {
    expect(summarize('my dev server runs at http://localhost:3000', '$.message')).toEqual([
      'ssrf/loopback:low',
    ]);
  });

  it.each([
    ['https://example.com/docs?page=2', '$.url'],
    ['https://api.github.com/repos/org/repo/issues', '$.url'],
    ['https://user:pw@example.com/', '$.url'],
    ['example.com', '$.host'],
    ['8.8.8.8', '$.ip'],
    ['http://93.184.216.34/', '$.url'],
    ['https://nip.io/', '$.url'],
    ['0', '$.count'],
    ['42', '$.id'],
    ['localhost', '$.name'],
    ['Version 1.2 is out', '$.name'],
    ['2024-01-15T10:30:00Z', '$.since'],
  ])('does not flag %s at %s', (value, path) => {
    expect(checkArgument(value, path)).toEqual([]);
  });

  it('never throws on malformed URLs', () => {
    for (const value of [
      'http://[::1',
      'http://%zz/',
      'http://a b',
      'http://[gggg::1]/',
      'http://:80',
      'http://@/',
      'ht!tp://x',
    ]) {
      expect(() => checkArgument(value, '$.url')).not.toThrow();
    }
  });
});

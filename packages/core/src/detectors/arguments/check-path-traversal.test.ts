import { describe, expect, it } from 'vitest';
import { checkArgument } from './check-argument.ts';
import { summarize } from './test-helpers.ts';

describe('checkArgument — path_traversal', () => {
  it.each([
    [
      '../../etc/passwd',
      ['path_traversal/dot_dot_slash:high', 'path_traversal/sensitive_file:high'],
    ],
    [
      '..\\..\\windows\\win.ini',
      ['path_traversal/dot_dot_slash:high', 'path_traversal/sensitive_file:high'],
    ],
    ['uploads/../../../app/config', ['path_traversal/dot_dot_slash:high']],
    ['..;/admin', ['path_traversal/dot_dot_slash:high']],
    [
      '..%2f..%2fetc%2fpasswd',
      ['path_traversal/encoded_traversal:high', 'path_traversal/sensitive_file:high'],
    ],
    ['%2e%2e%2f%2e%2e%2fsecret.txt', ['path_traversal/encoded_traversal:high']],
    ['%252e%252e%252fetc', ['path_traversal/encoded_traversal:high']],
    [
      '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      ['path_traversal/encoded_traversal:high', 'path_traversal/sensitive_file:high'],
    ],
    [
      '....//....//etc/passwd',
      ['path_traversal/nested_traversal:high', 'path_traversal/sensitive_file:high'],
    ],
    [
      '/var/www/../../etc/shadow',
      ['path_traversal/dot_dot_slash:medium', 'path_traversal/sensitive_file:critical'],
    ],
    ['/etc/passwd', ['path_traversal/sensitive_file:high']],
    ['~/.ssh/id_rsa', ['path_traversal/sensitive_file:critical']],
    ['/home/dev/.ssh/', ['path_traversal/sensitive_file:critical']],
    ['/proc/self/environ', ['path_traversal/sensitive_file:high']],
    ['C:\\Windows\\System32\\config\\SAM', ['path_traversal/sensitive_file:high']],
    ['.env', ['path_traversal/sensitive_file:high']],
    ['config/.env.production', ['path_traversal/sensitive_file:high']],
    ['.git/config', ['path_traversal/sensitive_file:high']],
    ['/home/dev/.aws/credentials', ['path_traversal/sensitive_file:critical']],
    [
      '/var/run/secrets/kubernetes.io/serviceaccount/token',
      ['path_traversal/sensitive_file:critical'],
    ],
    ['report.pdf\u0000.png', ['path_traversal/null_byte:high']],
    ['report.pdf%00.png', ['path_traversal/null_byte:high']],
  ])('flags %j', (value, expected) => {
    expect(summarize(value, '$.path')).toEqual(expected);
  });

  it('rates a relative ../ that stays inside its starting directory low', () => {
    expect(summarize('docs/guide/../intro.md', '$.path')).toEqual([
      'path_traversal/dot_dot_slash:low',
    ]);
  });

  it('rates dot segments in an http URL low (clients normalise them)', () => {
    expect(summarize('https://example.com/a/../b', '$.url')).toEqual([
      'path_traversal/dot_dot_slash:low',
    ]);
  });

  it('finds traversal inside a query string', () => {
    expect(summarize('https://files.example.com/download?name=../../etc/passwd', '$.url')).toEqual([
      'path_traversal/dot_dot_slash:high',
      'path_traversal/sensitive_file:high',
    ]);
  });

  it('marks the encoding on encoded findings', () => {
    const [finding] = checkArgument('%252e%252e%252fetc', '$.file');
    expect(finding?.encoding).toBe('double_url_encoding');
  });

  it('caps mentions in free text at low', () => {
    expect(summarize('Add API_KEY to your .env file', '$.message')).toEqual([
      'path_traversal/sensitive_file:low',
    ]);
  });

  it.each([
    'src/index.ts',
    'docs/getting-started.md',
    '.env.example',
    '/home/dev/.ssh/id_ed25519.pub',
    'a..b',
    'Loading...',
    'v1.2..v1.3',
    '/usr/local/bin/node',
    'C:\\Users\\dev\\Documents\\report.docx',
  ])('does not flag %j', (value) => {
    expect(checkArgument(value, '$.path')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkArgument } from './check-argument.ts';
import { summarize } from './test-helpers.ts';

describe('checkArgument — sqli', () => {
  it.each([
    ["' OR 1=1 --", '$.username', 'sqli/tautology:high'],
    ["x' or 'a'='a", '$.name', 'sqli/tautology:high'],
    ['") or ("x"="x', '$.name', 'sqli/tautology:high'],
    ["' or true--", '$.name', 'sqli/tautology:high'],
    ['1 OR 1=1', '$.id', 'sqli/tautology:high'],
    ["admin'--", '$.username', 'sqli/comment_truncation:high'],
    ["admin' #", '$.username', 'sqli/comment_truncation:high'],
    ['1; DROP TABLE users', '$.id', 'sqli/stacked_query:high'],
    ["'; DROP TABLE users; --", '$.name', 'sqli/stacked_query:high'],
    ["1'; INSERT INTO admins VALUES ('eve')", '$.id', 'sqli/stacked_query:high'],
    ["1' UNION SELECT username, password FROM users--", '$.id', 'sqli/union_select:high'],
    ["1' UnIoN/**/SeLeCt 1,2", '$.id', 'sqli/union_select:high'],
    ["1' AND SLEEP(5)#", '$.id', 'sqli/time_based:high'],
    ["1; WAITFOR DELAY '0:0:5'--", '$.id', 'sqli/time_based:high'],
    ["1' AND pg_sleep(5)--", '$.id', 'sqli/time_based:high'],
    ['1 AND BENCHMARK(5000000,MD5(1))', '$.id', 'sqli/time_based:high'],
    ["1' AND extractvalue(1,concat(0x7e,version()))--", '$.id', 'sqli/error_based:high'],
    ["'; EXEC xp_cmdshell('whoami')--", '$.name', 'sqli/out_of_band:high'],
    ["1' INTO OUTFILE '/var/www/shell.php'", '$.id', 'sqli/out_of_band:high'],
  ])('flags %j at %s', (value, path, expected) => {
    expect(summarize(value, path)).toContain(expected);
  });

  it('records SQL comment obfuscation as the encoding', () => {
    const finding = checkArgument("1' UnIoN/**/SeLeCt 1,2", '$.id').find(
      (item) => item.subcategory === 'union_select',
    );
    expect(finding?.encoding).toBe('sql_comment');
  });

  describe('in a field meant to hold SQL', () => {
    it('does not flag a plain SELECT', () => {
      expect(checkArgument('SELECT name FROM users WHERE id = 3', '$.query')).toEqual([]);
      expect(
        checkArgument('SELECT * FROM orders -- recent first\nORDER BY created_at DESC', '$.sql'),
      ).toEqual([]);
    });

    it('rates UNION and catalogue reads low', () => {
      expect(summarize('SELECT a FROM t UNION SELECT b FROM u', '$.sql')).toEqual([
        'sqli/union_select:low',
      ]);
      expect(summarize('SELECT * FROM information_schema.tables', '$.query')).toEqual([
        'sqli/schema_probe:low',
      ]);
    });

    it('still flags stacked destructive statements high', () => {
      expect(summarize('SELECT * FROM t; DROP TABLE t', '$.query')).toEqual([
        'sqli/stacked_query:high',
      ]);
      expect(summarize('SELECT 1; GRANT ALL PRIVILEGES ON *.* TO eve', '$.params.sqlText')).toEqual(
        ['sqli/stacked_query:high'],
      );
    });

    it('rates a bare DROP or unbounded DELETE medium', () => {
      expect(summarize('DROP TABLE users', '$.query')).toEqual([
        'sqli/destructive_statement:medium',
      ]);
      expect(summarize('DELETE FROM users', '$.sql')).toEqual([
        'sqli/destructive_statement:medium',
      ]);
      expect(checkArgument('DELETE FROM users WHERE id = 7', '$.sql')).toEqual([]);
    });

    it('flags file and command functions high', () => {
      expect(summarize("SELECT load_file('/etc/passwd')", '$.query')).toContain(
        'sqli/out_of_band:high',
      );
    });
  });

  it.each([
    ["O'Brien", '$.name'],
    ["Rock 'n' roll", '$.title'],
    ["It's a 'great' day -- really", '$.comment'],
    ['time.sleep(5)', '$.code'],
    ['await sleep(100)', '$.snippet'],
    ['SELECT your size', '$.label'],
    ['union station', '$.destination'],
    ['user@example.com', '$.email'],
    ['Order #1234; thanks', '$.note'],
    ['3', '$.id'],
  ])('does not flag %j at %s', (value, path) => {
    expect(checkArgument(value, path)).toEqual([]);
  });

  it('caps SQL talk in a chat message at low', () => {
    const findings = checkArgument("try ' OR 1=1 -- on the login form", '$.message');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.severity === 'low')).toBe(true);
  });
});

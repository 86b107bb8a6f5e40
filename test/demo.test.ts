import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `pnpm demo`, the README's main command, run as users run it: a real child process (the built packages,
// server-everything and the demo's poisoned server as real MCP servers), its output read as plain text.
const ROOT = join(import.meta.dirname, '..');
let run: { code: number | null; stdout: string; stderr: string };
let lines: string[];
/** The (trimmed) line that starts with `prefix`. */
const line = (prefix: string) => lines.find((item) => item.startsWith(prefix)) ?? '';

beforeAll(async () => {
  const env = { ...process.env };
  delete env.FORCE_COLOR; // stdout is a pipe: the demo must print plain text
  delete env.NO_COLOR;
  const child = spawn(process.execPath, ['scripts/demo.ts'], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  run = { code, stdout, stderr };
  lines = stdout.split('\n').map((item) => item.trim());
});

afterAll(() => {
  const report = /session report\s+(\S+)/.exec(run?.stdout ?? '')?.[1];
  if (report !== undefined) rmSync(dirname(report), { recursive: true, force: true });
});

describe('pnpm demo', () => {
  it('exits with status 0, prints plain text when piped, and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('holds the poisoned tool and the denied tool back while the honest ones stay listed', () => {
    expect(line('workspace lists')).toBe('workspace lists 2 of 4 tools search_notes, fetch_page');
    expect(run.stdout).toMatch(
      /held back lookup_contact\n.*BLOCK, held back[^\n]*\n.*tool_poisoning\//,
    );
    expect(run.stdout).toMatch(/held back delete_drafts\n.*\n.*policy "No deletes"/);
    expect(line('everything lists')).toMatch(/^everything lists (\d+) of \1 tools .*get-sum/);
    expect(line('the model is given')).toMatch(/tools, not lookup_contact nor delete_drafts$/);
  });

  it('lets an honest call through to server-everything', () => {
    expect(run.stdout).toContain('model received The sum of 1250 and 380 is 1630.');
  });

  it('replaces the injected output by a notice that never quotes the attack', () => {
    const received = lines.filter((item) => item.startsWith('model received'));
    const notice = received.find((item) => item.includes('This tool output was withheld'));
    expect(notice).toMatch(
      /^model received \[portcullis\] This tool output was withheld \(tool "fetch_page"\) because it was flagged: .*instruction override/,
    );
    for (const item of received) {
      expect(item).not.toContain('credentials');
      expect(item).not.toContain('acme-pricing.example');
      expect(item).not.toContain('Ignore your earlier instructions');
    }
    // What was withheld is shown beside it, for the person watching, not the model.
    expect(line('withheld from the model')).toContain('Note for AI assistants');
  });

  it('refuses the denied tool and the SSRF call, which never reach the server', () => {
    expect(run.stdout).toMatch(
      /model received \[portcullis\] This tool was held back \(tool "delete_drafts"\) because it was flagged: policy "No deletes"/,
    );
    expect(run.stdout).toMatch(/ssrf\/cloud_metadata \[critical\]/);
    expect(run.stdout).toMatch(
      /model received \[portcullis\] This tool call was refused \(tool "fetch_page"\) because it was flagged: ssrf/,
    );
    // The poisoned server logs every tool it really ran: only the one page fetch.
    expect(line('workspace ran')).toMatch(/^workspace ran {3}fetch_page \(/);
  });

  it('writes the session report and a verified audit trail', () => {
    const report = /session report\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(existsSync(report)).toBe(true);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('fetch_page');
    const audit = /audit trail\s+(\S+) hash chain verified \((\d+) records/.exec(run.stdout);
    expect(audit?.[1] !== undefined && existsSync(audit[1])).toBe(true);
    expect(Number(audit?.[2])).toBeGreaterThan(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../detectors/builtin-rules.ts';

// Every regular expression in core — each rule pattern, and every regex literal in the source (normalizer,
// decoders, structure walkers, data detectors) — is proven free of catastrophic backtracking by recheck.
// "unknown" fails too: a pattern that cannot be proven safe is not shipped.

const SOURCE_ROOT = join(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sourceFile);
      const slash = literal.lastIndexOf('/');
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      found.push({
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        where: `${file.slice(SOURCE_ROOT.length + 1)}:${line}`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

describe('regular expressions in core', () => {
  it('are all proven safe from ReDoS', { timeout: 900_000 }, async () => {
    const unique = new Map<string, { source: string; flags: string; where: string }>();
    for (const rule of BUILTIN_RULES) {
      unique.set(`${rule.pattern.source}/${rule.pattern.flags}`, {
        source: rule.pattern.source,
        flags: rule.pattern.flags,
        where: rule.id,
      });
    }
    for (const file of sourceFiles(SOURCE_ROOT)) {
      for (const literal of regexLiterals(file))
        unique.set(`${literal.source}/${literal.flags}`, literal);
    }
    const entries = [...unique.values()];
    expect(entries.length).toBeGreaterThan(100);
    const unsafe: string[] = [];
    for (const entry of entries) {
      // checkSync: the asynchronous API hangs inside test workers.
      const diagnostics = checkSync(entry.source, entry.flags.replace(/[gy]/g, ''), {
        timeout: 30_000,
      });
      if (diagnostics.status !== 'safe') {
        const summary =
          diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : diagnostics.status;
        unsafe.push(`${entry.where}: /${entry.source}/ ${summary}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});

// Every regular expression of @portcullis/core: each built-in rule pattern, and every regex literal in the
// non-test source (found with the TypeScript parser, so none is missed).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { BUILTIN_RULES } from '../../packages/core/src/detectors/builtin-rules.ts';

export type CollectedRegex = { source: string; flags: string; where: string; key: string };

const SOURCE_ROOT = resolve(import.meta.dirname, '../../packages/core/src');

/** All distinct patterns, each with where it was found and a stable key (sha256 of source and flags). */
export function collectRegexes(): CollectedRegex[] {
  const unique = new Map<string, CollectedRegex>();
  const add = (source: string, flags: string, where: string): void => {
    // g and y change how a pattern is driven, not what it can backtrack on.
    const normalizedFlags = flags.replace(/[gyd]/g, '');
    const key = createHash('sha256')
      .update(`${source}/${normalizedFlags}`)
      .digest('hex')
      .slice(0, 24);
    if (!unique.has(key)) unique.set(key, { source, flags: normalizedFlags, where, key });
  };
  for (const rule of BUILTIN_RULES) add(rule.pattern.source, rule.pattern.flags, rule.id);
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        add(
          literal.slice(1, slash),
          literal.slice(slash + 1),
          `${relative(SOURCE_ROOT, file)}:${line}`,
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return [...unique.values()];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'models' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

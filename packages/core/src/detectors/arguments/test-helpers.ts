import { checkArgument } from './check-argument.ts';

/** `category/subcategory:severity` for each finding, for compact assertions in tests. */
export function summarize(value: string, path: string): string[] {
  return checkArgument(value, path).map(
    (finding) => `${finding.category}/${finding.subcategory}:${finding.severity}`,
  );
}

const cache = new Map<string, RegExp>();

/**
 * True when `value` matches the glob `pattern` (`*` any run, `?` one character), ignoring case: a deny list
 * of `*delete*` must also catch `DeleteFile`. Compiled patterns are cached.
 */
export function matchesGlob(pattern: string, value: string): boolean {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    let source = '^';
    for (const char of pattern) {
      if (char === '*') source += '.*';
      else if (char === '?') source += '.';
      else source += char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
    }
    // `.*` runs separated by literals are linear for the short names and hosts globs are applied to.
    regex = new RegExp(`${source}$`, 'is');
    if (cache.size > 5000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(value);
}

/** True when any glob of `patterns` matches any of `values`. */
export function matchesAny(
  patterns: readonly string[],
  values: readonly (string | undefined)[],
): boolean {
  for (const pattern of patterns) {
    for (const value of values) if (value !== undefined && matchesGlob(pattern, value)) return true;
  }
  return false;
}

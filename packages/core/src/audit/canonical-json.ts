/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so the same value always
 * serialises to the same text whatever order its keys were written in. Follows `JSON.stringify` for
 * everything else: `undefined`, functions and symbols are dropped from objects and become `null` in arrays,
 * non-finite numbers become `null`, `toJSON` is honoured. A value read back with `JSON.parse` serialises to
 * the same text, which is what makes audit hashes verifiable after a round trip through a file.
 *
 * @throws TypeError on a cycle or a `bigint` (audit data is redacted to plain JSON first, which has neither).
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // → '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set()) ?? 'null';
}

// --- internal ---

function serialize(value: unknown, ancestors: Set<object>): string | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return serialize((value as { toJSON: () => unknown }).toJSON(), ancestors);
  }
  if (value === null || typeof value !== 'object') {
    // Primitives: JSON.stringify already gives the one canonical form (and escapes lone surrogates).
    return JSON.stringify(value) as string | undefined;
  }
  if (ancestors.has(value)) throw new TypeError('canonicalJson: cyclic value');
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) items.push(serialize(item, ancestors) ?? 'null');
    text = `[${items.join(',')}]`;
  } else {
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const member = serialize((value as Record<string, unknown>)[key], ancestors);
      if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
    }
    text = `{${members.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}

/** Limits on walking a JSON-like value, so hostile nesting or size stays bounded. */
export type WalkLimits = {
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxChars: number;
};

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxDepth: 64,
  maxNodes: 100_000,
  maxChars: 4_000_000,
};

/** The depth and node limits the scanner (and the classifier's text, which must match it) walk values with. */
export const LEAF_LIMITS: { readonly maxDepth: number; readonly maxNodes: number } = {
  maxDepth: 64,
  maxNodes: 200_000,
};

/** A string found in a value (a leaf or a key), with its JSON path. */
export type TextLeaf = { readonly path: string; readonly text: string };

/** What {@link collectTextLeaves} found, and whether a limit cut it short. */
export type CollectedLeaves = {
  readonly leaves: TextLeaf[];
  readonly truncated: boolean;
  readonly tooDeep: boolean;
};

/**
 * Collects every string leaf and every object key of a JSON-like value, with its path, iteratively
 * (no recursion, so nesting depth cannot overflow the stack). Cycles are skipped.
 */
export function collectTextLeaves(
  value: unknown,
  limits: WalkLimits = DEFAULT_WALK_LIMITS,
): CollectedLeaves {
  const leaves: TextLeaf[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '$', depth: 0 }];
  let nodes = 0;
  let chars = 0;
  let truncated = false;
  let tooDeep = false;
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    if (++nodes > limits.maxNodes || chars > limits.maxChars) {
      truncated = true;
      break;
    }
    const current = item.value;
    if (typeof current === 'string') {
      leaves.push({ path: item.path, text: current });
      chars += current.length;
      continue;
    }
    if (
      typeof current === 'number' ||
      typeof current === 'boolean' ||
      typeof current === 'bigint'
    ) {
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (seen.has(current)) continue;
    seen.add(current);
    if (item.depth >= limits.maxDepth) {
      tooDeep = true;
      continue;
    }
    const children: { value: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        children.push({
          value: current[index],
          path: `${item.path}[${index}]`,
          depth: item.depth + 1,
        });
      }
    } else {
      for (const [key, child] of Object.entries(current)) {
        const path = SIMPLE_KEY.test(key)
          ? `${item.path}.${key}`
          : `${item.path}[${JSON.stringify(key)}]`;
        if (key.length >= 16) leaves.push({ path: `${path}#key`, text: key });
        children.push({ value: child, path, depth: item.depth + 1 });
      }
    }
    // Reverse so leaves come out in document order.
    for (let index = children.length - 1; index >= 0; index--)
      stack.push(children[index] as (typeof children)[number]);
  }
  return { leaves, truncated, tooDeep };
}

// --- internal ---

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

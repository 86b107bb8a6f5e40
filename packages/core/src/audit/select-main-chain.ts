import { type AuditRecord, GENESIS_HASH } from './audit-record.ts';

/** One well-formed record of a trail, where it was found and whether its hash matches its content. */
export type ChainNode = {
  readonly line: number;
  readonly record: AuditRecord;
  readonly isHashValid: boolean;
};

/** Above this many segments the exact search is replaced by a greedy one (bounded time on hostile input). */
const MAX_EXACT_SEGMENTS = 2_000;

/**
 * The records that form the audit chain, in chain order; every other record was inserted.
 *
 * Records are first joined into segments by their hash links: a segment starts at a record whose
 * `prevHash` is the genesis hash or nobody's `hash`, and follows children (records whose `prevHash` is
 * the current `hash`, and whose `seq` is the next one unless their own hash is broken). When a record has several children, the one the chain continues through wins (it
 * has children itself), then the one whose hash is valid, then the one with the next `seq`, then the first
 * line; the others start segments of their own. Records in a cycle (forged links) start segments too.
 *
 * The chain is then the set of segments with the most records whose `seq` ranges and line ranges both
 * follow each other: what an honest writer produced, with the gaps that removals left.
 */
export function selectMainChain(nodes: readonly ChainNode[]): ChainNode[] {
  const byHash = new Set(nodes.map((node) => node.record.hash));
  const children = new Map<string, ChainNode[]>();
  for (const node of nodes) {
    const list = children.get(node.record.prevHash);
    if (list === undefined) children.set(node.record.prevHash, [node]);
    else list.push(node);
  }
  const visited = new Set<ChainNode>();
  const segments: Segment[] = [];
  const walk = (root: ChainNode): void => {
    const path = [root];
    visited.add(root);
    for (let current = root; ; ) {
      const next = bestChild(current, children, visited);
      if (next === undefined) break;
      path.push(next);
      visited.add(next);
      current = next;
    }
    segments.push(toSegment(path));
  };
  // Roots whose hash is valid go first: a forged copy of the first record must not claim the chain.
  const roots = nodes.filter(
    (node) => node.record.prevHash === GENESIS_HASH || !byHash.has(node.record.prevHash),
  );
  for (const root of [...roots].sort(
    (left, right) => Number(right.isHashValid) - Number(left.isHashValid),
  )) {
    if (!visited.has(root)) walk(root);
  }
  // Whatever no root reached (second children, cycles) starts its own segment, in line order.
  for (const node of nodes) if (!visited.has(node)) walk(node);

  const chosen =
    segments.length <= MAX_EXACT_SEGMENTS ? bestSequence(segments) : greedySequence(segments);
  return chosen.flatMap((segment) => segment.path);
}

// --- internal ---

type Segment = {
  readonly path: readonly ChainNode[];
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstLine: number;
  readonly lastLine: number;
};

function toSegment(path: readonly ChainNode[]): Segment {
  let firstLine = Number.POSITIVE_INFINITY;
  let lastLine = 0;
  for (const node of path) {
    firstLine = Math.min(firstLine, node.line);
    lastLine = Math.max(lastLine, node.line);
  }
  return {
    path,
    firstSeq: (path[0] as ChainNode).record.seq,
    lastSeq: (path.at(-1) as ChainNode).record.seq,
    firstLine,
    lastLine,
  };
}

function bestChild(
  parent: ChainNode,
  children: ReadonlyMap<string, readonly ChainNode[]>,
  visited: ReadonlySet<ChainNode>,
): ChainNode | undefined {
  let best: ChainNode | undefined;
  let bestScore = -1;
  for (const child of children.get(parent.record.hash) ?? []) {
    if (visited.has(child)) continue;
    // A genuine child has the next seq; one with a valid hash and another seq was forged that way (an
    // edited seq with a stale hash is still followed, and reported as edited).
    if (child.isHashValid && child.record.seq !== parent.record.seq + 1) continue;
    const continues = (children.get(child.record.hash) ?? []).some(
      (grandchild) => grandchild !== child && !visited.has(grandchild),
    );
    const score =
      (continues ? 4 : 0) +
      (child.isHashValid ? 2 : 0) +
      (child.record.seq === parent.record.seq + 1 ? 1 : 0);
    // Ties go to the earlier line: nodes arrive in line order.
    if (score > bestScore) {
      best = child;
      bestScore = score;
    }
  }
  return best;
}

function follows(before: Segment, after: Segment): boolean {
  return before.lastSeq < after.firstSeq && before.lastLine < after.firstLine;
}

/** The chain of mutually ordered segments holding the most records (O(n²) dynamic programming). */
function bestSequence(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort(
    (left, right) => left.firstSeq - right.firstSeq || left.firstLine - right.firstLine,
  );
  const total: number[] = [];
  const previous: number[] = [];
  let bestEnd = -1;
  sorted.forEach((segment, index) => {
    total[index] = segment.path.length;
    previous[index] = -1;
    for (let before = 0; before < index; before++) {
      const candidate = (total[before] as number) + segment.path.length;
      if (follows(sorted[before] as Segment, segment) && candidate > (total[index] as number)) {
        total[index] = candidate;
        previous[index] = before;
      }
    }
    if (bestEnd === -1 || (total[index] as number) > (total[bestEnd] as number)) bestEnd = index;
  });
  const chain: Segment[] = [];
  for (let index = bestEnd; index !== -1; index = previous[index] as number) {
    chain.push(sorted[index] as Segment);
  }
  return chain.reverse();
}

/** One pass in `seq` order: keep what follows the last kept segment, or replaces it when longer. */
function greedySequence(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort(
    (left, right) => left.firstSeq - right.firstSeq || left.firstLine - right.firstLine,
  );
  const kept: Segment[] = [];
  for (const segment of sorted) {
    const last = kept.at(-1);
    if (last === undefined || follows(last, segment)) {
      kept.push(segment);
      continue;
    }
    const beforeLast = kept.at(-2);
    if (
      segment.path.length > last.path.length &&
      (beforeLast === undefined || follows(beforeLast, segment))
    ) {
      kept[kept.length - 1] = segment;
    }
  }
  return kept;
}

import { readFile } from 'node:fs/promises';
import { safeParseJson } from '../util/safe-parse-json.ts';
import { type AuditRecord, GENESIS_HASH } from './audit-record.ts';
import { hashAuditRecord } from './hash-chain.ts';
import { parseAuditRecord } from './parse-audit-record.ts';
import { type ChainNode, selectMainChain } from './select-main-chain.ts';

/**
 * What is wrong with one place of an audit trail:
 * - `edited`: a record's content no longer matches its hash, or was changed and re-hashed so the next
 *   record no longer links to it;
 * - `removed`: a record is missing (a gap in `seq` where the next record links to a hash nobody has);
 * - `inserted`: a record that is not part of the chain (a duplicate or forged `seq` nothing links to);
 * - `reordered`: a record of the chain sits at the wrong place in the file;
 * - `malformed`: a line that is not a record;
 * - `truncated_tail`: a line torn by a crash while it was being written (the last line without its newline,
 *   or such a line the writer stepped over when it resumed). Not tampering: nothing acknowledged is lost.
 */
export type AuditProblemKind =
  | 'edited'
  | 'removed'
  | 'inserted'
  | 'reordered'
  | 'malformed'
  | 'truncated_tail';

/** One finding of {@link verifyAuditRecords}. */
export type AuditProblem = {
  /** 1-based line (or index + 1 of the record given) where it shows. */
  readonly line: number;
  /** The `seq` concerned: the record's own, or the first missing one for `removed`. */
  readonly seq?: number;
  readonly kind: AuditProblemKind;
  /** One line a person can read. */
  readonly message: string;
};

/** The result of {@link verifyAuditRecords} and {@link verifyAuditFile}. */
export type VerifyAuditResult = {
  /** True when nothing was tampered with: no problems, or only a `truncated_tail`. */
  readonly ok: boolean;
  /** Well-formed records read. */
  readonly records: number;
  /** `seq` of the chain's last record (0 when empty). */
  readonly lastSeq: number;
  /** `hash` of the chain's last record ({@link GENESIS_HASH} when empty). Keep it elsewhere as an anchor. */
  readonly lastHash: string;
  /** Ordered by line. */
  readonly problems: readonly AuditProblem[];
};

/** Options of {@link verifyAuditRecords}. */
export type VerifyAuditRecordsOptions = {
  /** False when the last line had no newline (it was torn while being written). Default true. */
  readonly lastLineTerminated?: boolean;
};

/** Most `removed` problems reported for one gap; a larger gap gets one more problem summing up the rest. */
const MAX_REMOVED_PER_GAP = 100;

/**
 * Checks an audit trail: every record's hash, every link from a record to the one before it, and the order
 * of `seq` and of lines, and names the line and `seq` of each record that was edited, removed, inserted or
 * reordered. `lines` are the file's lines (strings, parsed here) or records already parsed (from a store).
 *
 * How tampering is told apart: records are joined into segments by their hash links (a record's
 * `prevHash` is its parent's `hash`); the main chain is the longest run of segments whose `seq` and line
 * ranges follow each other. A record whose content does not match its hash was edited; a break between
 * consecutive `seq`s where both sides hash correctly means the earlier record was edited and re-hashed; a
 * `seq` gap is a removal; a record outside the main chain (a second child of one parent, a duplicate
 * `seq`, an orphan) was inserted; a main-chain record out of line order was reordered (the fewest records
 * that explain the order are named, both of them for a swap).
 *
 * An unkeyed hash chain cannot tell a wholesale rewrite of the file (every hash recomputed) or a removal
 * of the last records from an honest file: compare `lastHash` with a copy kept elsewhere for that.
 *
 * @example
 * const result = verifyAuditRecords(text.split('\n').filter(Boolean));
 * if (!result.ok) for (const problem of result.problems) console.log(problem.line, problem.kind);
 */
export function verifyAuditRecords(
  lines: readonly unknown[],
  { lastLineTerminated = true }: VerifyAuditRecordsOptions = {},
): VerifyAuditResult {
  const nodes: ChainNode[] = [];
  const unparsed: { line: number; text: string | undefined }[] = [];
  let lastLine = 0;
  lines.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() === '') return;
    const line = index + 1;
    lastLine = line;
    const parsed = typeof item === 'string' ? safeParseJson(item) : { success: true, value: item };
    const record = parsed.success ? parseAuditRecord(parsed.value) : undefined;
    if (record === undefined) {
      // Only text that failed to parse at all can be a torn write; a parsed non-record is malformed.
      unparsed.push({ line, text: typeof item === 'string' && !parsed.success ? item : undefined });
      return;
    }
    nodes.push({ line, record, isHashValid: hashMatches(record) });
  });

  const problems: AuditProblem[] = [];
  const main = selectMainChain(nodes);
  const inMain = new Set(main);
  const mainBySeq = new Map(main.map((node) => [node.record.seq, node]));

  for (const node of nodes) {
    if (inMain.has(node)) continue;
    const twin = mainBySeq.get(node.record.seq);
    problems.push({
      line: node.line,
      seq: node.record.seq,
      kind: 'inserted',
      message:
        twin === undefined
          ? `line ${node.line} (seq ${node.record.seq}) is not part of the chain: no record links to it`
          : `line ${node.line} (seq ${node.record.seq}) is not part of the chain: seq ${node.record.seq} is line ${twin.line}`,
    });
  }
  checkLinks(main, problems);
  checkOrder(main, problems);
  classifyUnparsed(unparsed, nodes, main, lastLine, lastLineTerminated, problems);

  problems.sort((left, right) => left.line - right.line);
  const last = main.at(-1)?.record;
  return {
    ok: problems.every((problem) => problem.kind === 'truncated_tail'),
    records: nodes.length,
    lastSeq: last?.seq ?? 0,
    lastHash: last?.hash ?? GENESIS_HASH,
    problems,
  };
}

/**
 * Reads and checks an audit file written by `createFileAuditSink`; see {@link verifyAuditRecords}.
 *
 * @throws when the file cannot be read.
 */
export async function verifyAuditFile(path: string): Promise<VerifyAuditResult> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const lastLineTerminated = text.endsWith('\n') || text.length === 0;
  if (lastLineTerminated) lines.pop();
  return verifyAuditRecords(lines, { lastLineTerminated });
}

// --- internal ---

function hashMatches(record: AuditRecord): boolean {
  try {
    return hashAuditRecord(record) === record.hash;
  } catch {
    return false;
  }
}

/** Edits (content vs hash, broken links between consecutive seqs) and removals (seq gaps). */
function checkLinks(main: readonly ChainNode[], problems: AuditProblem[]): void {
  let previous: ChainNode | undefined;
  for (const node of main) {
    const { record } = node;
    const expectedSeq = (previous?.record.seq ?? 0) + 1;
    const expectedHash = previous?.record.hash ?? GENESIS_HASH;
    if (!node.isHashValid) {
      problems.push({
        line: node.line,
        seq: record.seq,
        kind: 'edited',
        message: `line ${node.line} (seq ${record.seq}) was edited: its content does not match its hash`,
      });
    } else if (record.seq > expectedSeq) {
      const after =
        previous === undefined ? 'the start' : `line ${previous.line} (seq ${previous.record.seq})`;
      const shown = Math.min(record.seq - expectedSeq, MAX_REMOVED_PER_GAP);
      for (let seq = expectedSeq; seq < expectedSeq + shown; seq++) {
        problems.push({
          line: node.line,
          seq,
          kind: 'removed',
          message: `seq ${seq} was removed: it is missing between ${after} and line ${node.line} (seq ${record.seq})`,
        });
      }
      if (record.seq - expectedSeq > shown) {
        problems.push({
          line: node.line,
          seq: expectedSeq + shown,
          kind: 'removed',
          message: `seq ${expectedSeq + shown}–${record.seq - 1} were removed too (before line ${node.line})`,
        });
      }
    } else if (record.seq !== expectedSeq) {
      // The hash links hold but the number does not follow: only a re-hashed last record gets here.
      problems.push({
        line: node.line,
        seq: record.seq,
        kind: 'edited',
        message: `line ${node.line} (seq ${record.seq}) was edited: it follows seq ${expectedSeq - 1}`,
      });
    } else if (record.prevHash !== expectedHash) {
      // Both sides hash correctly yet do not link: the earlier record was changed and its hash recomputed.
      const target = previous ?? node;
      problems.push({
        line: target.line,
        seq: target.record.seq,
        kind: 'edited',
        message:
          previous === undefined
            ? `line ${node.line} (seq ${record.seq}) was edited: the first record does not start from the genesis hash`
            : `line ${previous.line} (seq ${previous.record.seq}) was edited and re-hashed: line ${node.line} (seq ${record.seq}) no longer links to it`,
      });
    }
    previous = node;
  }
}

/** Main-chain records out of line order: those outside the longest run of increasing lines. */
function checkOrder(main: readonly ChainNode[], problems: AuditProblem[]): void {
  const lines = main.map((node) => node.line);
  const keep = longestIncreasing(lines);
  const sortedLines = [...lines].sort((left, right) => left - right);
  const moved = new Set<number>();
  for (let index = 0; index < main.length; index++) {
    // Outside the longest ordered run, unless it sits exactly where it belongs (a tie the run broke badly).
    if (keep.has(index) || lines[index] === sortedLines[index]) continue;
    moved.add(index);
    // A swap: the record sitting where this one belongs belongs where this one sits; name both.
    const partner = lines.indexOf(sortedLines[index] as number);
    if (partner !== -1 && sortedLines[partner] === lines[index]) moved.add(partner);
  }
  for (const index of moved) {
    const node = main[index] as ChainNode;
    const before = main[index - 1];
    const after = main[index + 1];
    const place = [
      before === undefined ? undefined : `after seq ${before.record.seq} (line ${before.line})`,
      after === undefined ? undefined : `before seq ${after.record.seq} (line ${after.line})`,
    ]
      .filter((part) => part !== undefined)
      .join(' and ');
    problems.push({
      line: node.line,
      seq: node.record.seq,
      kind: 'reordered',
      message: `line ${node.line} (seq ${node.record.seq}) is out of order: it belongs ${place}`,
    });
  }
}

/** Indices of one longest strictly increasing subsequence of `values` (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const keep = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] as number)
    keep.add(index);
  return keep;
}

/** Lines that are not records: torn writes (at the end, or stepped over on resume) or malformed. */
function classifyUnparsed(
  unparsed: readonly { line: number; text: string | undefined }[],
  nodes: readonly ChainNode[],
  main: readonly ChainNode[],
  lastLine: number,
  lastLineTerminated: boolean,
  problems: AuditProblem[],
): void {
  const mainByLine = [...main].sort((left, right) => left.line - right.line);
  const lastNodeLine = nodes.reduce((last, node) => Math.max(last, node.line), 0);
  for (const { line, text } of unparsed) {
    if (line === lastLine && !lastLineTerminated) {
      problems.push({
        line,
        kind: 'truncated_tail',
        message: `line ${line} is a record torn by a crash while it was written (no newline); it was never acknowledged`,
      });
      continue;
    }
    // A torn write the writer stepped over: the start of a record, with the chain linking straight across it.
    const afterIndex = firstAfter(mainByLine, line);
    const before = mainByLine[afterIndex - 1];
    const after = mainByLine[afterIndex];
    const linksAcross =
      after === undefined
        ? lastNodeLine < line
        : after.record.seq === (before?.record.seq ?? 0) + 1 &&
          after.record.prevHash === (before?.record.hash ?? GENESIS_HASH);
    if (text?.trimStart().startsWith('{') && linksAcross) {
      problems.push({
        line,
        kind: 'truncated_tail',
        message: `line ${line} is a record torn by a crash while it was written; the chain continues intact after it`,
      });
      continue;
    }
    problems.push({ line, kind: 'malformed', message: `line ${line} is not an audit record` });
  }
}

/** Index of the first node of `sorted` (by line) whose line is after `line`. */
function firstAfter(sorted: readonly ChainNode[], line: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as ChainNode).line <= line) low = middle + 1;
    else high = middle;
  }
  return low;
}

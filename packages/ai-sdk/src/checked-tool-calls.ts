import { BoundedMap } from '@portcullis/core';

/**
 * What the middleware and `guardTools` tell each other when both guard the same agent with the same guard,
 * so each tool call and each tool output is inspected once, not twice. Inspecting twice would count a call
 * twice in rate limits and loop detection, and annotate an annotated output again.
 *
 * An entry names the tool call id, the tool and the exact arguments (or output) that were checked, and is
 * used once: a repaired call with other arguments, or a reused id, is inspected again.
 */
type Ledger = {
  readonly calls: BoundedMap<string, string>;
  readonly outputs: BoundedMap<string, string>;
};

const MAX_ENTRIES = 1024;
const ledgers = new WeakMap<object, Ledger>();

/** The middleware checked this call and let it through. */
export function rememberCheckedCall(
  guard: object,
  call: { toolCallId: string; toolName: string; argumentsJson: string },
): void {
  ledgerOf(guard).calls.set(keyOf(call.toolCallId, call.toolName), call.argumentsJson);
}

/** True (once) when the middleware already checked this exact call. */
export function takeCheckedCall(
  guard: object,
  call: { toolCallId: string | undefined; toolName: string; argumentsJson: string },
): boolean {
  if (call.toolCallId === undefined) return false;
  return ledgerOf(guard).calls.take(keyOf(call.toolCallId, call.toolName)) === call.argumentsJson;
}

/** `guardTools` scanned this output (and returned it, possibly replaced). */
export function rememberGuardedOutput(
  guard: object,
  output: { toolCallId: string | undefined; toolName: string; outputJson: string },
): void {
  if (output.toolCallId === undefined) return;
  ledgerOf(guard).outputs.set(keyOf(output.toolCallId, output.toolName), output.outputJson);
}

/** True (once) when `guardTools` already scanned exactly this output. */
export function takeGuardedOutput(
  guard: object,
  output: { toolCallId: string; toolName: string; outputJson: string },
): boolean {
  return (
    ledgerOf(guard).outputs.take(keyOf(output.toolCallId, output.toolName)) === output.outputJson
  );
}

// --- internal ---

function ledgerOf(guard: object): Ledger {
  let ledger = ledgers.get(guard);
  if (ledger === undefined) {
    ledger = { calls: new BoundedMap(MAX_ENTRIES), outputs: new BoundedMap(MAX_ENTRIES) };
    ledgers.set(guard, ledger);
  }
  return ledger;
}

function keyOf(toolCallId: string, toolName: string): string {
  return `${toolName}\u0000${toolCallId}`;
}

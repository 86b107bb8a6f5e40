/** JSON text of a value, or `String(value)` when it cannot be serialised (cycles, BigInt). */
export function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

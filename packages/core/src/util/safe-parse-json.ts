/** The result of {@link safeParseJson}. */
export type SafeParseJsonResult =
  | { readonly success: true; readonly value: unknown }
  | { readonly success: false; readonly error: Error };

/**
 * The one place that parses untrusted JSON text. Never throws: tool output and MCP payloads are hostile.
 * Texts longer than `maxLength` are refused rather than parsed, so memory stays bounded.
 */
export function safeParseJson(text: string, maxLength = 8_000_000): SafeParseJsonResult {
  if (text.length > maxLength) {
    return { success: false, error: new Error(`JSON text longer than ${maxLength} characters`) };
  }
  try {
    return { success: true, value: JSON.parse(text) };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** True when `text` looks like a JSON object or array (cheap check before parsing). */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  const last = text.trimEnd().at(-1);
  return (first === '{' && last === '}') || (first === '[' && last === ']');
}

/**
 * Argument checks for the `tool_call` surface: SSRF, path traversal, SQL injection and sandbox
 * escape in every string leaf of a tool call's arguments.
 *
 * @module
 */
export { checkArgument, detectArguments, MAX_VALUE_LENGTH } from './check-argument.ts';
export type { FieldKind } from './field-kind.ts';
export { fieldKind } from './field-kind.ts';
export { ARGUMENTS_DETECTOR } from './make-finding.ts';

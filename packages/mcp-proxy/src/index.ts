/**
 * `@portcullis/mcp-proxy`: the `portcullis` command line. Any new export added here becomes public API.
 *
 * @module
 */

export { type RunJsonlOptions, runJsonl } from './cli/run-jsonl.ts';
export { main } from './cli.ts';

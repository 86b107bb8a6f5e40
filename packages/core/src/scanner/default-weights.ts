import type { CategoryWeights } from '../risk/fuse-risk.ts';
import type { Surface } from '../spec/surface.ts';

/**
 * Category weights per surface. Personal data in a prompt or a tool result is ordinary (a user's own email
 * address), so it barely moves the risk; the same data in a tool call's arguments or the model's answer is
 * data leaving, and weighs more. Secrets weigh most where they leave.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<Surface, CategoryWeights>> = {
  prompt: { pii: 0.3, secrets: 0.6, input_limit: 1 },
  tool_output: { pii: 0.3, secrets: 0.6 },
  tool_description: { pii: 0.3, secrets: 0.6 },
  tool_call: { pii: 0.7, secrets: 1 },
  model_output: { pii: 0.5, secrets: 1 },
};

/** Categories that are about data or arguments, not about an injected instruction. */
export const NON_INJECTION_CATEGORIES: ReadonlySet<string> = new Set([
  'secrets',
  'pii',
  'ssrf',
  'path_traversal',
  'sqli',
  'sandbox_escape',
  'input_limit',
  'canary_leak',
]);

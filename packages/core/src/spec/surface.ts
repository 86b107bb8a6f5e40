/** Where a piece of content reaches an agent. */
export type Surface = 'prompt' | 'tool_output' | 'tool_description' | 'tool_call' | 'model_output';

/** Every surface, in a stable order. */
export const SURFACES: readonly Surface[] = [
  'prompt',
  'tool_output',
  'tool_description',
  'tool_call',
  'model_output',
];

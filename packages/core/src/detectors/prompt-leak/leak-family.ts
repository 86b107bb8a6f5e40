import { ruleFamily } from '../../rules/define-rules.ts';

/** The defaults every prompt-leak rule written language by language shares. */
export const leakFamily = ruleFamily({
  category: 'prompt_leak',
  surfaces: ['prompt', 'tool_output', 'tool_description'],
  explanation:
    'Asking the model to disclose its system prompt or hidden instructions exposes the operator’s configuration and prepares further attacks.',
});

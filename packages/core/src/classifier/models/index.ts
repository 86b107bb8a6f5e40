// The built-in models, written by `pnpm train` (scripts/train.ts). Do not edit by hand.
import type { ModelBundleV1 } from '../linear-model.ts';
import { PROMPT_MODEL } from './prompt.ts';
import { TOOL_OUTPUT_MODEL } from './tool-output.ts';
import { TOOL_DESCRIPTION_MODEL } from './tool-description.ts';

/** The models shipped with the scanner. */
export const BUILTIN_MODELS: ModelBundleV1 = {
  specificationVersion: 'v1',
  surfaces: {
    prompt: PROMPT_MODEL,
    tool_output: TOOL_OUTPUT_MODEL,
    tool_description: TOOL_DESCRIPTION_MODEL,
  },
};

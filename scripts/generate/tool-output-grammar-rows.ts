// Rows of the tool-output grammar: an injection, or an honest sentence with the same words, placed in the
// same carriers at the same positions, so only what the sentence asks and of whom tells the labels apart.
import { type Draft, inRandomCarrier } from './compose.ts';
import type { Rng } from './prng.ts';
import { grammarInjection } from './tool-output-grammar.ts';
import { grammarHonestSentence } from './tool-output-grammar-negatives.ts';

/** One tool output carrying an injection from the grammar. */
export function grammarToolOutputAttack(rng: Rng): Draft {
  const { intent, text: injection } = grammarInjection(rng);
  const { text, carrier, position } = inRandomCarrier(rng, injection);
  return {
    text,
    label: 1,
    surface: 'tool_output',
    family: `grammar/${intent}/${carrier}/${position}/en`,
  };
}

/** One honest tool output with a sentence from the grammar's honest side. */
export function grammarToolOutputNegative(rng: Rng): Draft {
  const sentence = grammarHonestSentence(rng);
  const inserted = rng.chance(0.3) ? `${sentence} ${grammarHonestSentence(rng)}` : sentence;
  const { text, carrier } = inRandomCarrier(rng, inserted);
  return { text, label: 0, surface: 'tool_output', family: `negative/grammar/${carrier}/en` };
}

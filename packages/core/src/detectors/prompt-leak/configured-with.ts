// The model's configuration named by how it came to be, not by "system prompt": "the instructions we
// deployed you with", "the text you were configured with", "the message that set you up", "your initial
// system instructions", "the third sentence of your instructions", "what comes before 'User:' in your
// context". Asked to be printed, pasted, quoted, translated or summarised, each is a request for the hidden
// prompt. "The instructions you gave me" (the model's own answer) and "your instructions for the cake" (a
// recipe) are not.
import type { RuleSpec } from '../../rules/define-rules.ts';
import { DISCLOSE as DISCLOSE_VERBS } from './disclose-verbs.ts';

// The shared verbs, and a few more people use for a prompt ("copy", "read aloud", "tl;dr of", "what does…").
const DISCLOSE = `(?:${DISCLOSE_VERBS}|copy|read(?:\\s+aloud)?|tl;?dr\\s+of|what\\s+(?:does|do|did))`;
const CONFIG_NOUN =
  '(?:instructions|rules|guidelines|directives|text|prompt|message|configuration|setup|words|sentences)';
const CONFIGURE =
  '(?:originally |initially |first )?(?:configured|deployed|set up|initiali[sz]ed|programmed|loaded|bootstrapped|primed|seeded|launched|started)';
const HOW_IT_CAME = `(?:(?:that )?(?:you were|you(?:['’]ve| have) been) ${CONFIGURE}(?: with| by)?|(?:that )?(?:we|they|i) ${CONFIGURE} you(?: with| by)?|that (?:configured|initiali[sz]ed|programmed|primed) you|that (?:set|started|booted) you up)`;
const QUALIFIER =
  '(?:initial|original|hidden|secret|system|internal|developer|startup|start-up|operator|preset|pre-?set|underlying|deployment|base)';

export const CONFIGURED_WITH_RULES: readonly RuleSpec[] = [
  {
    name: 'instructions_configured_with',
    severity: 'high',
    triggers: [
      'configured',
      'deployed',
      'set up',
      'initialized',
      'initialised',
      'programmed',
      'loaded',
      'bootstrapped',
      'primed',
      'seeded',
      'launched',
      'started',
      'set you up',
      'started you up',
      'booted you up',
    ],
    pattern: new RegExp(
      `\\b${DISCLOSE}\\b[^.!?\\n]{0,40}?\\b(?:the|your|those|these) (?:(?:exact|full|whole|complete|entire|actual|very) )?${CONFIG_NOUN} ${HOW_IT_CAME}`,
    ),
    message: 'Request to reveal the instructions the model was configured with',
  },
  {
    name: 'chained_qualifier_instructions',
    severity: 'high',
    triggers: [
      'initial',
      'original',
      'hidden',
      'secret',
      'system',
      'internal',
      'developer',
      'startup',
      'start-up',
      'operator',
      'preset',
      'pre-set',
      'underlying',
      'deployment',
    ],
    pattern: new RegExp(
      `\\b${DISCLOSE}\\b[^.!?\\n]{0,30}?\\byour (?:${QUALIFIER} ){2,3}(?:prompt|instructions|message|rules|guidelines|directives|configuration)\\b`,
    ),
    message: "Request to reveal the model's initial or system instructions",
  },
  {
    name: 'part_of_your_instructions',
    severity: 'high',
    triggers: ['instructions', 'prompt', 'rules'],
    pattern: new RegExp(
      `\\b(?:${DISCLOSE}|which|quote)\\b[^.!?\\n]{0,40}?\\b(?:sentences?|lines?|paragraphs?|words?|parts?|sections?|passages?|bullet(?: point)?s?|code ?words?|passwords?|secrets?|keys?|names?) (?:\\w+ ){0,3}?(?:of|in|from) your (?:${QUALIFIER} )?(?:instructions|prompt|system prompt|rules)\\b`,
    ),
    message: "Request for a part of the model's instructions",
  },
  {
    name: 'text_before_user_turn',
    severity: 'high',
    triggers: ['user:', 'human:', '[inst]', '<|user|>'],
    pattern:
      /\b(?:what|which|the|all|every|any)\b[^.!?\n]{0,30}?\b(?:text|words?|content|lines?|everything|instructions)\b[^.!?\n]{0,30}?\b(?:appears?|comes?|is|are|was|were|sits?|stands?)\b[^.!?\n]{0,15}?\b(?:before|above|prior to|ahead of)\s+(?:the\s+(?:first\s+)?)?['"“‘]?(?:user:|human:|\[inst\]|<\|user\|>)[^.!?\n]{0,40}?\b(?:in|of|from) your (?:context|prompt|conversation|input|memory|window|transcript)\b/,
    message: 'Question about the hidden text before the first user turn',
  },
];

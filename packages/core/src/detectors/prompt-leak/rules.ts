import { defineRules } from '../../rules/define-rules.ts';
import { NOT_PROHIBITED, spaced } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { CONFIGURED_WITH_RULES } from './configured-with.ts';
import { DISCLOSE } from './disclose-verbs.ts';
import { INDIRECT_LEAK_RULES } from './indirect-leak.ts';

// Requests that the model disclose its own hidden configuration: the system prompt, initial instructions, or the
// text that precedes the conversation. "Your" (or "the text above") ties the request to the model's own context.
const SECRET_CONTEXT =
  '(?:system\\s+(?:prompt|message|instructions?|directives?)|(?:initial|original|starting|first|hidden|secret|internal|pre-?|underlying|custom|developer|base)\\s*(?:prompt|instructions|directives|rules|guidelines|configuration|message)|prompt\\s+(?:instructions|template|text)|initiali[sz]ation\\s+(?:text|prompt|message|instructions)|(?:instructions|rules|guidelines)\\s+(?:you\\s+were|you\\s+have\\s+been|that\\s+were|that\\s+you\\s+were)\\s+(?:given|told|provided))';

// A developer's own prompt, as code or a file ("print the system prompt variable from my chain").
const DEVELOPER_OWN =
  '(?!\\s+(?:\\w+\\s+)?(?:variable|object|field|attribute|property|string|parameter|param|constant|file|class)\\b|[^.?!\\n]{0,40}?\\b(?:from|in|of|that)\\s+(?:my|our)\\s+(?:app|code|repo|project|script|program|agent|bot|chain|function|class)\\b)';

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'prompt_leak',
    surfaces: ['prompt', 'tool_output', 'tool_description'],
    language: 'en',
    explanation:
      "Requests to disclose the system prompt or hidden instructions expose the operator's configuration and often any secrets or tools it describes.",
  },
  [
    {
      name: 'reveal_system_prompt',
      severity: 'high',
      triggers: [
        ...['prompt', 'message', 'instruction', 'directive'].flatMap((word) =>
          spaced('system', word),
        ),
        'initial',
        'original',
        'starting',
        'hidden',
        'secret',
        'internal',
        'underlying',
        'developer',
        ...['first', 'pre', 'pre-', 'custom', 'base'].flatMap((word) =>
          ['prompt', 'message'].flatMap((noun) => [word + noun, ...spaced(word, noun)]),
        ),
        'instructions',
        'directives',
        'rules',
        'guidelines',
        'configuration',
        'template',
        ...spaced('prompt', 'text'),
        'initializ',
        'initialis',
      ],
      pattern: new RegExp(
        `(?<!["“'‘\`]\\s?)${NOT_PROHIBITED}\\b${DISCLOSE}\\s+(?:me\\s+|us\\s+|back\\s+|out\\s+)?(?:(?:\\w+|,)\\s+){0,3}?(?:your\\s+(?:(?:full|entire|complete|exact|whole|actual|real|current|verbatim|own|very)\\s+){0,2}${SECRET_CONTEXT}|the\\s+(?:(?:full|entire|complete|exact|whole|actual|real|current|verbatim)\\s+){0,2}(?:system\\s+(?:prompt|message|instructions)|(?:hidden|secret)\\s+(?:prompt|instructions|rules)))${DEVELOPER_OWN}`,
      ),
      message: "Request to reveal the model's system prompt or hidden instructions",
    },
    {
      name: 'reveal_the_system_prompt',
      severity: 'medium',
      triggers: [
        ...['prompt', 'message', 'instruction'].flatMap((word) => spaced('system', word)),
        'initial',
        ...spaced('instructions', 'you'),
      ],
      pattern: new RegExp(
        `(?<!["“'‘\`]\\s?)${NOT_PROHIBITED}\\b(?:print|reveal|repeat|show|output|tell|give|disclose|leak|dump|recite|expose|spell\\s+out|echo|reproduce)\\s+(?:me\\s+|us\\s+)?(?:(?:the|this|that)\\s+)?(?:(?:full|entire|complete|exact|whole|verbatim|hidden|secret)\\s+){1,2}(?:system\\s+(?:prompt|message|instructions)|initial\\s+(?:prompt|instructions)|instructions\\s+you\\s+(?:were|have\\s+been)\\s+given)`,
      ),
      message: 'Request to reveal the full system prompt',
    },
    {
      name: 'text_above_verbatim',
      severity: 'high',
      triggers: ['above', 'before this', 'preceding', 'prior to'],
      pattern:
        /\b(?:repeat|print|output|reveal|recite|echo|spell\s+out|write\s+out|reproduce|show\s+me|display|dump)\s+(?:back\s+)?(?:(?:all|everything|every\s+word|each\s+word|all\s+(?:of\s+)?the\s+(?:text|words|content|instructions|messages|lines))|the\s+(?:text|words|content|instructions|prompt|messages?|lines|conversation))\s+(?:\w+\s+){0,2}?(?:above|before\s+this|preceding|prior\s+to\s+this)\b[^.\n]{0,80}?(?:\bstart(?:ing)?\s+(?:with|from|at)\b|\bverbatim\b|\bword\s+for\s+word\b|\bexactly\b|\bincluding\b|\bcode\s*block\b|\bfrom\s+the\s+(?:beginning|start|top)\b|\byou\s+are\b|\bformat\b|\bin\s+full\b|\bfull\b|\bevery\b)/,
      message: 'Request to repeat the hidden text above the conversation',
    },
    {
      name: 'repeat_words_above',
      severity: 'medium',
      triggers: ['above'],
      pattern:
        /(?<!["“'‘`]\s?)\b(?:repeat|recite|echo|reproduce|output|print)\s+(?:back\s+)?(?:(?:all\s+)?(?:the\s+)?(?:words|text|everything|all|instructions|prompt|messages?))\s+above\b/,
      message: 'Request to repeat the text above',
    },
    {
      name: 'told_before_conversation',
      severity: 'high',
      triggers: [
        'told',
        'instructed',
        'programmed',
        'given',
        'prompted',
        'before this',
        'before our',
        'before the conversation',
      ],
      pattern:
        /\b(?:what|which|tell\s+me\s+what|repeat\s+what|show\s+me\s+what|say\s+what)\s+(?:(?:instructions|rules|guidelines|directives)\s+)?(?:were|was|have|are|did)\s+you\s+(?:been\s+|originally\s+|initially\s+|first\s+|secretly\s+)?(?:told|instructed|programmed|given|prompted|configured|asked)\b[^?.\n]{0,40}?\b(?:before\s+(?:this|our|the|we|i)|prior\s+to\s+(?:this|our|the)|at\s+the\s+(?:start|beginning)|by\s+(?:your\s+)?(?:developers?|creators?|openai|the\s+system|the\s+operator)|in\s+(?:your|the)\s+(?:system\s+)?(?:prompt|instructions))/,
      message: 'Question about what the model was told before the conversation',
    },
    {
      name: 'instructions_you_were_given',
      severity: 'high',
      triggers: ['given', 'told', 'provided', 'programmed', 'system prompt'],
      pattern: new RegExp(
        `${NOT_PROHIBITED}\\b(?:repeat|print|output|show|reveal|display|recite|dump|list|disclose|share|write\\s+out|tell\\s+me|copy|paste|echo)\\s+(?:me\\s+)?(?:(?:all|every\\s*thing|each)\\s+(?:of\\s+)?)?(?:(?:in|from|of)\\s+)?(?:the|your)\\s+(?:(?:exact|full|original|initial|first|hidden|secret)\\s+)?(?:(?:instructions|rules|guidelines|directives|text|prompt|words)\\s+(?:that\\s+)?you\\s+(?:were|have\\s+been|got|received)\\s+(?:given|told|provided|programmed\\s+with|fed)|system\\s+prompt\\b${DEVELOPER_OWN})`,
      ),
      message: 'Request to repeat the instructions the model was given',
    },
    {
      name: 'instructions_verbatim',
      severity: 'high',
      triggers: [
        'verbatim',
        'word for word',
        'word-for-word',
        'exactly as',
        'character for character',
      ],
      pattern:
        /\b(?:your|the\s+system|the\s+initial|the\s+original|the\s+hidden)\s+(?:\w+\s+)?(?:instructions|prompt|message|rules|guidelines|directives)\b[^.\n]{0,30}?\b(?:verbatim|word\s+for\s+word|word-for-word|exactly\s+as\s+(?:written|given|provided|you\s+received)|character\s+for\s+character)/,
      message: "Request to output the model's instructions verbatim",
    },
    {
      name: 'what_is_your_system_prompt',
      severity: 'medium',
      triggers: [
        'system prompt',
        'instructions',
        'system message',
        'hidden rules',
        'secret rules',
        'initial prompt',
      ],
      pattern:
        /\b(?:what(?:['’]s|\s+is|\s+are|\s+was|\s+were)|tell\s+me|show\s+me|can\s+you\s+(?:share|show|tell\s+me))\s+(?:exactly\s+)?your\s+(?:(?:full|exact|current|original|initial|hidden|secret)\s+)?(?:system\s+prompt|system\s+message|initial\s+(?:prompt|instructions)|original\s+instructions|hidden\s+(?:rules|instructions)|secret\s+(?:rules|instructions))\b/,
      message: "Question about the model's system prompt",
    },
    ...CONFIGURED_WITH_RULES,
    ...INDIRECT_LEAK_RULES,
  ],
);

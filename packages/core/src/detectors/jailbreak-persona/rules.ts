import { defineRules } from '../../rules/define-rules.ts';
import { spaced } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { LAWLESS_PERSONA_RULES } from './lawless-persona.ts';

// Jailbreak personas: the model is told to become another AI (DAN, "developer mode", an uncensored twin) whose
// defining trait is that it has no rules. The persona plus the absence of rules is the signal, not role-play alone.
const AI_NOUN =
  '(?:ai|a\\.i\\.|assistant|model|language\\s+model|chatbot|bot|llm|version|entity|system|intelligence|machine|program|persona|character|alter\\s+ego)';
const LAWLESS =
  '(?:unrestricted|uncensored|unfiltered|unbound|unbounded|unlimited|unshackled|unchained|unleashed|amoral|immoral|unethical|jailbroken|jail-?broken|lawless|rule-?less|filterless|limitless|boundless)';
const NO_RULES =
  "(?:no|zero|without(?:\\s+any)?|free\\s+(?:of|from)|doesn['’]?t\\s+have\\s+(?:any)?|does\\s+not\\s+have\\s+(?:any)?|lacks?(?:\\s+any)?|not\\s+bound\\s+by(?:\\s+any)?|ignores?(?:\\s+all)?|never\\s+follows?)\\s+(?:\\w+\\s+){0,3}?(?:rules|filters?|filtering|restrictions|limits|limitations|morals?|morality|ethics|ethical\\s+\\w+|moral\\s+\\w+|guidelines|censorship|boundaries|constraints|content\\s+polic(?:y|ies)|polic(?:y|ies)|principles|safeguards|guardrails|programming)";

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'jailbreak_persona',
    surfaces: ['prompt', 'tool_output', 'tool_description'],
    language: 'en',
    explanation:
      'Jailbreak personas ask the model to become a character defined by having no rules, so that it answers what it would otherwise refuse.',
  },
  [
    {
      name: 'dan',
      severity: 'high',
      triggers: ['do anything now', 'dan'],
      pattern:
        /\b(?:(?:you|your|yourself|act|pretend|respond|answer|behave|as)\b[^\n.]{0,60}?\bdan\b[^\n]{0,60}?\bdo\s+anything\s+now|do\s+anything\s+now\b[^\n]{0,40}?\bdan\b[^\n.]{0,60}?\b(?:you|your|yourself)\b|(?:you\s+are|you['’]re|act\s+as|acting\s+as|pretend\s+(?:to\s+be|you\s+are)|become|roleplay\s+as|play\s+the\s+role\s+of|called|named|known\s+as|respond\s+as|answer\s+as|stay)\s+(?:now\s+)?(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?dan\b(?!\s*(?:brown|\w+son|[a-z]+ski))(?:[^\n]{0,80}?\b(?:no\s+(?:rules|restrictions|limits|filters|ethics|morals|censorship)|anything|unrestricted|unfiltered|jailbr\w*|openai|polic(?:y|ies)|guidelines)\b))/,
      message: 'DAN ("do anything now") jailbreak persona',
    },
    {
      name: 'do_anything_now',
      severity: 'medium',
      triggers: ['do anything now'],
      pattern:
        /\b(?:you|you['’]ll|you\s+(?:can|could|will|shall|are\s+able\s+to)|and\s+can|which\s+(?:can|stands\s+for)|stands\s+for|to)\s+(?:\w+\s+)?["“'‘]?do\s+anything\s+now\b(?!\s+that\b)/,
      message: 'Persona that can "do anything now"',
    },
    {
      name: 'developer_mode',
      severity: 'high',
      triggers: [
        'developer',
        'jailbr',
        'unrestricted',
        'unfiltered',
        'uncensored',
        'chaos',
        'freedom',
        ...['dev', 'god', 'dan', 'evil'].flatMap((word) => spaced(word, 'mode')),
      ],
      pattern:
        /\b(?:(?:chatgpt|gpt|ai|assistant|model|llm|claude|you|yourself)\s+(?:\w+\s+){0,3}?(?:with|in|into|under)\s+(?:\w+\s+){0,1}?(?:developer|dev|god|jailbreak|jailbroken|dan|unrestricted|unfiltered|uncensored|evil|chaos|freedom)\s+mode\b|(?:developer|dev|jailbreak|jailbroken|dan|unrestricted|unfiltered|uncensored|evil)\s+mode\s+(?:is\s+)?(?:now\s+)?(?:enabled|activated|unlocked|engaged)\b(?![-\w])|(?:enable|activate|enter|switch\s+(?:to|into)|simulate|turn\s+on|unlock|engage)\s+(?:\w+\s+){0,2}?(?:jailbreak|jailbroken|dan|unrestricted|unfiltered|uncensored|evil)\s+mode\b)/,
      message: 'Request to enter a "developer/jailbreak mode" without rules',
    },
    {
      name: 'developer_mode_output',
      severity: 'high',
      triggers: ['developer mode'],
      pattern:
        /\bdeveloper\s+mode\b[^\n]{0,120}?\b(?:openai|content\s+polic(?:y|ies)|censor\w*|uncensored|explicit|profanity|any\s+kind\s+of\s+content|normal\s+(?:output|response)|two\s+responses|self-?aware)\b/,
      message: 'ChatGPT "developer mode" jailbreak template',
    },
    {
      name: 'unrestricted_ai',
      severity: 'high',
      triggers: [
        'unrestricted',
        'uncensored',
        'unfiltered',
        'unbound',
        'unlimited',
        'unshackled',
        'unchained',
        'unleashed',
        'amoral',
        'immoral',
        'unethical',
        'jailbroken',
        'jail-broken',
        'lawless',
        'ruleless',
        'rule-less',
        'filterless',
        'limitless',
        'boundless',
      ],
      pattern: new RegExp(
        `\\b(?:you\\s+are|you['’]re|you\\s+will\\s+be|you\\s+have\\s+become|act(?:ing)?\\s+as|behave\\s+(?:as|like)|pretend\\s+(?:to\\s+be|you\\s+are)|become|roleplay\\s+as|role-play\\s+as|simulate|play\\s+(?:the\\s+role\\s+of|as)|imagine\\s+you\\s+are|respond\\s+as)\\s+(?:now\\s+)?(?:a\\s+|an\\s+|the\\s+)?(?:(?:completely|totally|fully|entirely|truly|now|new|free|\\w+,)\\s+){0,3}${LAWLESS}\\s+(?:(?:and|or|,)\\s*)?(?:\\w+\\s+){0,2}?${AI_NOUN}\\b`,
      ),
      message: 'Model told it is an unrestricted or uncensored AI',
    },
    {
      name: 'persona_without_rules',
      severity: 'high',
      triggers: [
        'behave',
        'pretend',
        'roleplay',
        'role-play',
        'simulate',
        'become',
        ...['act', 'acting', 'respond', 'answer'].flatMap((word) => spaced(word, 'as')),
        ...spaced('role', 'play'),
        ...spaced('role-', 'play'),
        ...spaced('play', 'the'),
        ...spaced('play', 'as'),
        ...spaced('are', 'going'),
        ...spaced('now', 'going'),
        ...spaced('a', 'new'),
      ],
      pattern: new RegExp(
        `\\b(?:act(?:ing)?\\s+as|behave\\s+(?:as|like)|pretend\\s+(?:to\\s+be|you\\s+are)|roleplay\\s+as|role-?\\s?play\\s+as|play\\s+(?:the\\s+(?:role|part)\\s+of|as)|simulate|become|respond\\s+as|answer\\s+as|you\\s+are\\s+(?:now\\s+)?(?:going\\s+to\\s+(?:be|act\\s+as)|a\\s+new))\\s+(?:a\\s+|an\\s+|the\\s+)?[^.\\n]{0,60}?\\b(?:who|that|which|with|,)\\s+(?:\\w+\\s+){0,2}?${NO_RULES}\\b`,
      ),
      message: 'Persona defined by having no rules or filters',
    },
    {
      // "You are now an AI with no rules", "You are FreeGPT, a model that was never given any rules": the model
      // told it is an AI without rules. "You are an assistant without rules about formatting" scopes the rules.
      name: 'you_are_ai_without_rules',
      severity: 'high',
      triggers: ['you are', "you're"],
      pattern: new RegExp(
        `\\byou(?:\\s+are|['’]re)\\s+(?:now\\s+)?(?:[\\w-]+,\\s+)?(?:an?\\s+)(?:\\w+\\s+)?${AI_NOUN}\\s+(?:(?:that|which|who)\\s+(?:has\\s+|is\\s+)?|with\\s+)?(?:${NO_RULES}|(?:${LAWLESS})|(?:that|which|who)\\s+(?:was|has\\s+been)\\s+never\\s+given\\s+any\\s+(?:rules|restrictions|limits|guidelines|filters))\\b(?!\\s+(?:about|for|on|regarding|around|when|in|of)\\b)`,
      ),
      message: 'The model is told it is an AI without rules',
    },
    {
      name: 'persona_never_refuses',
      severity: 'medium',
      triggers: ['refuse', 'decline', 'deny', 'denies', ...spaced('say', 'no'), 'sorry'],
      // A business promising service ("our support team never refuses a request") is no persona.
      pattern:
        /(?<!\b(?:team|staff|support|we|company|store|shop|desk|service|department|office|bank|hotel|restaurant|agents|employees|people|doctor|nurse|teacher|librarian)\s)\b(?:never|doesn['’]?t|does\s+not|won['’]?t|will\s+not|cannot|can['’]?t|must\s+not|is\s+not\s+allowed\s+to|isn['’]?t\s+allowed\s+to)\s+(?:ever\s+)?(?:refuses?|declines?|deny|denies|say\s+no\s+to|say\s+(?:that\s+)?(?:it|he|she|they|you|i)\s+(?:is|are|am)\s+sorry)\s+(?:to\s+(?:answer|fulfil+|comply\s+with)\s+)?(?:any\s+(?:\w+\s+)?|an?\s+|the\s+user['’]?s\s+|my\s+)?(?:request|question|prompt|order|command|query|instruction)s?\b/,
      message: 'Persona that never refuses a request',
    },
    {
      name: 'stay_in_character',
      severity: 'medium',
      triggers: ['character'],
      pattern:
        /\b(?:stay|remain|keep|be)\s+in\s+character\b[^.\n]{0,80}?\b(?:no\s+matter\s+what|at\s+all\s+(?:costs|times)|even\s+if|regardless|never\s+break|whatever\s+(?:happens|i\s+ask))|\b(?:stay|remain)\s+in\s+character!|\b(?:break(?:ing)?\s+character)\b[^.\n]{0,60}?\b(?:tokens?|punish\w*|deduct\w*|remind\s+you|i\s+will\s+say|i\s+will\s+remind)\b/,
      message: 'Coercion to stay in a jailbreak character',
    },
    {
      name: 'dual_response',
      severity: 'high',
      triggers: [
        '🔓',
        '🔒',
        'jailbr',
        'dan',
        'developer',
        'normal',
        'unfiltered',
        'uncensored',
        'unrestricted',
        'evil',
        'anti',
        'rules',
        'filters',
        'restrictions',
      ],
      pattern:
        /(?:🔓|🔒)\s*(?:jailbr\w*|classic|developer|dan|normal|unfiltered|uncensored)|\[\s*(?:jailbr(?:eak|oken)|dan|anti-?dan|evil\s*\w*|unfiltered|uncensored)\s*\]\s*:|\(\s*(?:developer\s+mode\s+output|normal\s+output)\s*\)|\b(?:two|2|both|twice|dual|separate)\b[^.\n]{0,40}?\b(?:responses?|answers?|replies|ways|paragraphs|outputs)\b[^.\n]{0,80}?\b(?:dan|jailbr\w*|unfiltered|unrestricted|uncensored|developer\s+mode|evil|anti-?gpt|no\s+(?:rules|filters|restrictions))\b/,
      message: 'Dual-response jailbreak format (normal answer plus "jailbroken" answer)',
    },
    {
      name: 'aim_machiavelli',
      severity: 'high',
      triggers: ['machiavell', 'niccolo'],
      pattern:
        /\b(?:always\s+intelligent\s+and\s+machiavellian|aim\b[^\n]{0,40}?machiavellian|niccol[oò]\b[^\n]{0,200}?\b(?:unfiltered|amoral|immoral|no\s+ethical|no\s+moral|doesn['’]?t\s+have\s+any))/,
      message: 'AIM / Machiavelli jailbreak template',
    },
    {
      name: 'opposite_persona',
      severity: 'high',
      triggers: [
        'evil',
        'opposite',
        'dark',
        'shadow',
        'unfiltered',
        'uncensored',
        'unrestricted',
        'rebellious',
        'rogue',
        'twin',
        'alter ego',
        'counterpart',
      ],
      pattern:
        /\b(?:evil|opposite|dark|darker|shadow|unfiltered|uncensored|unrestricted|rebellious|rogue)\s+(?:twin|version|side|counterpart|alter\s+ego|self|clone|mode)\s+(?:of\s+)?(?:yourself|you|chatgpt|gpt|claude|the\s+(?:ai|assistant|model))\b|\b(?:you|chatgpt|the\s+(?:ai|assistant|model))\s+(?:will\s+|must\s+|should\s+|now\s+)?(?:act|respond|answer|behave)\s+(?:\w+\s+){0,2}?(?:as\s+(?:the\s+)?opposite|in\s+the\s+opposite\s+(?:way|manner))\s+(?:of|to|from)\s+(?:how\s+)?(?:you|chatgpt|your|the\s+(?:ai|assistant|model))\b/,
      message: 'Evil-twin or opposite persona of the model',
    },
    ...LAWLESS_PERSONA_RULES,
  ],
);

import { defineRules } from '../../rules/define-rules.ts';
import { NOT_PROHIBITED, WHITESPACE_UNITS } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { FRAMED_HARM_RULES } from './framed-harm.ts';
import { NAMED_TECHNIQUE_RULES } from './named-techniques.ts';
import { REFUSAL_BYPASS_RULES } from './refusal-bypass.ts';

// Policy bypass: the model is told to answer without its safety rules, or told those rules do not apply to it.
// The object is always the model's own restrictions (safety, content policy, ethics, filters), which is what
// separates it from "use without restriction" in a licence or "bypass the cache" in documentation.
const RESPOND =
  '(?:answer|respond|reply|write|speak|talk|generate|act|behave|operate|function|comply|output|provide|tell|produce|say|create|continue|proceed|give|explain|describe|answering|responding|replying|generating)';
const SAFETY_NOUN =
  '(?:(?:ethical|moral|safety|content|usage|openai|anthropic|ai|legal)\\s+(?:\\w+\\s+)?(?:restrictions|limitations|constraints|considerations|guidelines|boundaries|filters?|polic(?:y|ies)|rules|concerns|safeguards|guardrails|standards|principles|obligations|implications|qualms|reservations)|censorship|censoring|filters|filtering|ethics|morals|morality|warnings?\\s+(?:or|and)\\s+disclaimers|disclaimers\\s+(?:or|and)\\s+warnings)';

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'policy_bypass',
    surfaces: ['prompt', 'tool_output', 'tool_description'],
    language: 'en',
    explanation:
      'Text that tells the model its safety rules do not apply is trying to unlock output the operator has forbidden.',
  },
  [
    {
      name: 'respond_without_restrictions',
      severity: 'high',
      triggers: [
        'without',
        'no ',
        'free of',
        'free from',
        'ignoring',
        'regardless',
        'disregarding',
      ],
      pattern: new RegExp(
        `\\b${RESPOND}\\b[^.\\n]{0,50}?\\b(?:without|with\\s+no|free\\s+(?:of|from)|ignoring|disregarding|regardless\\s+of|no\\s+matter)\\s+(?:any\\s+|all\\s+|the\\s+|your\\s+|of\\s+)*(?:(?:kind|sort|type)\\s+of\\s+)?(?:\\w+\\s+){0,2}?${SAFETY_NOUN}\\b`,
      ),
      message: 'Request to respond without safety restrictions or filters',
    },
    {
      name: 'without_restrictions_generic',
      severity: 'medium',
      triggers: [
        'without',
        'no restrictions',
        'no limitations',
        'no limits',
        'no rules',
        'no boundaries',
      ],
      pattern: new RegExp(
        `\\b(?:you\\s+(?:\\w+\\s+)?(?:can|will|must|should|shall|may|are\\s+(?:able|free|allowed|going)\\s+to)\\s+(?:now\\s+|always\\s+|freely\\s+)?${RESPOND}|your\\s+(?:answers?|responses?|replies|outputs?))\\b[^.\\n]{0,40}?\\b(?:without\\s+(?:any\\s+)?|with\\s+no\\s+|have\\s+no\\s+|has\\s+no\\s+|no\\s+)(?:\\w+\\s+)?(?:restrictions|limitations|limits|rules|boundaries|constraints|censorship|filters)\\b(?!\\s+(?:on|of)\\s+(?:the\\s+)?(?:length|size|format|number|words?|characters?|time|budget))`,
      ),
      message: 'Request to act without any restrictions',
    },
    {
      name: 'ignore_safety_policy',
      severity: 'high',
      triggers: [
        'ignore',
        'disregard',
        'bypass',
        'circumvent',
        'override',
        'disable',
        'turn off',
        'forget',
        'violate',
        'break',
        'abandon',
        'set aside',
        'drop',
        'deactivate',
        'remove',
        'suspend',
        'lift',
        'evade',
        'skip',
      ],
      // A prohibition is no order: "users must not attempt to bypass the assistant's safety filters".
      pattern: new RegExp(
        `${NOT_PROHIBITED}\\b(?:ignore|disregard|bypass|circumvent|override|disable|turn\\s+off|switch\\s+off|forget|violate|break|abandon|set\\s+aside|drop|deactivate|remove|suspend|lift|evade|skip|get\\s+around)\\s+(?:all\\s+|any\\s+|of\\s+)*(?:your|openai['’]?s?|anthropic['’]?s?|the\\s+(?:openai|ai|model['’]?s|assistant['’]?s))\\s+(?:\\w+\\s+){0,2}?(?:safety|content|ethical|ethics|moral|usage|moderation|openai|ai|built-?in|default|programmed)\\s+(?:\\w+\\s+)?(?:polic(?:y|ies)|guidelines|filters?|rules|restrictions|protocols|training|safeguards|guardrails|measures|standards|principles|constraints|limitations|settings|programming)\\b|${NOT_PROHIBITED}\\b(?:ignore|disregard|bypass|circumvent|override|disable|turn\\s+off|forget|violate|break|abandon|set\\s+aside|deactivate|suspend|lift|evade)\\s+(?:all\\s+|any\\s+)?(?:your|openai['’]?s?)\\s+(?:ethics|morals|morality|filters|censorship|restrictions|limitations|safeguards|guardrails|content\\s+polic(?:y|ies)|polic(?:y|ies)|programming\\s+(?:and|or)\\s+\\w+)\\b`,
      ),
      message: "Instruction to ignore the model's safety policy",
    },
    {
      name: 'not_bound_by_policy',
      severity: 'high',
      triggers: [
        'bound',
        'restricted',
        'limited',
        'constrained',
        'governed',
        'held',
        'subject',
        'obligated',
        'required',
        'have to',
        'need to',
        'abide',
        'adhere',
        'follow',
        'comply',
        'obey',
        'care',
        'respect',
      ],
      pattern:
        /\b(?:you|you['’]re|you\s+are|[a-z]+\s+is|it\s+is|they\s+are|he\s+is|she\s+is)\s+(?:\w+\s+){0,2}?(?:not|no\s+longer|never|isn['’]?t|aren['’]?t)\s+(?:\w+\s+)?(?:bound|restricted|limited|constrained|governed|held|subject|obligated|required\s+to\s+(?:follow|obey|abide\s+by|adhere\s+to|comply\s+with))\s+(?:by|to)?\s*(?:\w+\s+){0,3}?(?:openai|anthropic|(?:content|usage|safety|ethical)\s+(?:polic(?:y|ies)|guidelines|rules)|polic(?:y|ies)|guidelines|rules|restrictions|ethics|morals|morality|filters|censorship|laws?|principles|programming)\b|\b(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|won['’]?t|will\s+not|never)\s+(?:have\s+to\s+|need\s+to\s+)?(?:follow|obey|abide\s+by|adhere\s+to|comply\s+with|care\s+about|respect)\s+(?:any\s+(?:of\s+)?)?(?:openai['’]?s?|anthropic['’]?s?|the\s+openai|any)\s+(?:\w+\s+)?(?:polic(?:y|ies)|guidelines|rules|restrictions|content\s+polic(?:y|ies))\b/,
      message: 'Claim that the model is not bound by its policies',
    },
    {
      name: 'freed_from_confines',
      severity: 'high',
      triggers: ['free', 'broken', 'break', 'liberated', 'released', 'escaped', 'unshackled'],
      pattern:
        /\b(?:freed?|broken\s+free|break\s+free|liberated|released|escaped|unshackled)\s+(?:\w+\s+){0,2}?(?:from|of)\s+(?:\w+\s+){0,3}?(?:confines|restrictions|rules|limitations|shackles|chains|constraints|bonds|prison|control|jail)\s+(?:\w+\s+){0,2}?(?:of|imposed|set|placed|put)\b[^.\n]{0,30}?\b(?:ai|openai|anthropic|developers?|creators?|programming|programmers|the\s+(?:company|system))\b/,
      message: 'Claim that the model has been freed from its rules',
    },
    {
      name: 'policies_do_not_apply',
      severity: 'high',
      triggers: [
        'apply',
        'suspended',
        'lifted',
        'disabled',
        'deactivated',
        'removed',
        'turned off',
      ],
      pattern:
        /\b(?:openai['’]?s?|anthropic['’]?s?|your|(?:content|usage|safety|ethical|moderation)|all\s+(?:the\s+)?(?:usual|normal|standard))\s+(?:\w+\s+)?(?:polic(?:y|ies)|guidelines|rules|restrictions|filters|safeguards|guardrails|ethics|limitations)\s+(?:\w+\s+){0,2}?(?:(?:do\s+not|don['’]?t|does\s+not|doesn['’]?t|no\s+longer|won['’]?t|will\s+not)\s+apply|(?:are|is|have\s+been|has\s+been)\s+(?:now\s+|temporarily\s+|hereby\s+)?(?:suspended|lifted|disabled|deactivated|removed|turned\s+off|void|waived|revoked))\b/,
      message: "Claim that the model's policies do not apply or were lifted",
    },
    {
      name: 'allowed_to_anything',
      severity: 'medium',
      // Every match has whitespace before "free" or "able".
      triggers: [
        'allowed',
        'permitted',
        'authorized',
        'authorised',
        'free to',
        'can now',
        ...WHITESPACE_UNITS.flatMap((space) => [`${space}free`, `${space}able`]),
      ],
      pattern:
        /\b(?:you\s+are|you['’]re|you\s+have\s+been)\s+(?:now\s+)?(?:fully\s+|hereby\s+)?(?:allowed|permitted|authori[sz]ed|free|able)\s+to\s+(?:\w+\s+){0,2}?(?:ignore|bypass|break|violate|disregard|say\s+anything|generate\s+any|write\s+any|produce\s+any|answer\s+any|output\s+any|do\s+anything|curse|swear|use\s+profanity|discuss\s+anything|(?:say|write|produce|generate)\s+(?:\w+\s+)?(?:explicit|offensive|illegal|harmful|nsfw|unethical))\b/,
      message: 'Claim that the model is now allowed to do anything',
    },
    {
      name: 'this_is_allowed_because',
      severity: 'medium',
      triggers: [
        'allowed',
        'permitted',
        'legal',
        'ethical',
        'acceptable',
        'fine',
        'approved',
        'against',
        ...WHITESPACE_UNITS.map((space) => `${space}ok`),
      ],
      pattern:
        /\b(?:this|it|everything|anything)\s+(?:request\s+|content\s+|conversation\s+)?is\s+(?:\w+\s+){0,2}?(?:allowed|permitted|legal|ethical|acceptable|okay|ok|fine|approved|not\s+against\s+(?:your|the|any)\s+(?:\w+\s+)?(?:polic(?:y|ies)|rules|guidelines))\b[^.\n]{0,60}?\b(?:so|therefore|thus|hence)\s+you\s+(?:can|must|should|will|are\s+free\s+to|may)\s+(?:\w+\s+){0,2}?(?:answer|respond|comply|ignore|provide|tell|write|generate|say|explain|give|help)\b/,
      message: 'Argument that the request is allowed, so the model must comply',
    },
    {
      name: 'fiction_strips_rules',
      severity: 'medium',
      triggers: [
        'hypothetical',
        'fiction',
        'novel',
        'story',
        'screenplay',
        'roleplay',
        'role-play',
        'role play',
        'imaginary',
        'fantasy',
        'alternate',
        'parallel',
        'thought experiment',
        'game',
        'movie',
        'script',
        'universe',
        'world',
      ],
      pattern:
        /\b(?:hypothetical(?:ly)?|fiction(?:al)?|novel|story|screenplay|roleplay|role-?\s?play|imaginary|fantasy|alternate\s+(?:universe|reality|world)|parallel\s+(?:universe|world)|thought\s+experiment|game|movie|script|made-?up\s+world|fictional\s+world)\b[^.\n]{0,80}?\b(?:(?:there\s+are|with|has|have)\s+no\s+(?:\w+\s+)?(?:rules|restrictions|limits|filters|ethics|morals|laws|censorship|content\s+polic(?:y|ies)|guidelines)|without\s+(?:any\s+)?(?:ethical|moral|legal|content)\s+(?:\w+\s+)?(?:restrictions|limits|filters|considerations|constraints|guidelines|concerns)|(?:ethics|morals|rules|laws|polic(?:y|ies)|guidelines|restrictions)\s+(?:do\s+not|don['’]?t|no\s+longer)\s+(?:apply|exist|matter)|(?:so|therefore)\s+you\s+(?:can|must|should)\s+(?:ignore|bypass|disregard)|(?:is|are)\s+(?:completely\s+|totally\s+)?(?:legal|allowed|permitted|ethical)\b[^.\n]{0,40}?\b(?:you|your)\b)/,
      message: "Fictional or hypothetical framing used to strip the model's rules",
    },
    {
      name: 'never_refuse_or_warn',
      severity: 'medium',
      triggers: [
        'refuse',
        'warn',
        'disclaimer',
        'moraliz',
        'moralis',
        'lecture',
        'apologi',
        'sorry',
        'cannot',
        'decline',
        "can't",
        'can’t',
        'cant',
        'unable',
      ],
      pattern:
        /\b(?:you\s+(?:will|must|should|shall|can|may)\s+(?:never|not)|never|do\s+not|don['’]?t|must\s+not)\s+(?:ever\s+)?(?:refuse|decline|add\s+(?:any\s+)?(?:warnings|disclaimers)|include\s+(?:any\s+)?(?:warnings|disclaimers|moral\s+lectures)|moraliz\w*|moralis\w*|lecture\s+(?:me|the\s+user)|warn\s+(?:me|the\s+user)\s+about\s+(?:\w+\s+)?(?:morality|ethics|legality|safety|dangers?|consequences)|(?:say|respond\s+with)\s+["“']?(?:i['’]?m\s+sorry|i\s+(?:cannot|can['’]?t|am\s+unable))|apologi[sz]e\s+or\s+refuse)\b[^.\n]{0,50}?\b(?:any|request|question|prompt|answer|respond|response|reply|matter|illegal|unethical|harmful|dangerous|immoral|even\s+if)\b/,
      message: 'Instruction never to refuse or warn',
    },
    ...FRAMED_HARM_RULES,
    ...REFUSAL_BYPASS_RULES,
    ...NAMED_TECHNIQUE_RULES,
  ],
);

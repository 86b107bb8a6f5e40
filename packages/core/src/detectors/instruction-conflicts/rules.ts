import { defineRules } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Instruction conflicts: injected text claims precedence over the model's real instructions ("the above
// instructions are void", "this overrides any conflicting instruction", "priority: highest instruction").
// The object is always instructions/prompts/directives, not options, flags or CSS rules.
const EARLIER =
  '(?:above|previous|prior|preceding|earlier|original|old|initial|system|existing|other|former|given)';
const ORDERS =
  '(?:instructions?|guidelines|directives?|prompts?|system\\s+prompt|orders|guidance|rules\\s+(?:you\\s+were\\s+given|given\\s+to\\s+you))';

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'instruction_conflicts',
    surfaces: ['prompt', 'tool_output', 'tool_description'],
    language: 'en',
    explanation:
      "Text that declares the model's instructions void or claims to outrank them is setting up its own instructions to win the conflict.",
  },
  [
    {
      name: 'earlier_instructions_void',
      severity: 'high',
      triggers: [
        'void',
        'null',
        'cancel',
        'revoked',
        'superseded',
        'overridden',
        'overruled',
        'fake',
        'invalid',
        'no longer',
        'rescinded',
        'suspended',
        'lifted',
        'expired',
        'replaced',
        'false',
        'not valid',
      ],
      pattern: new RegExp(
        `\\b(?:the|all|any|every|each|your|these|those)\\s+(?:\\w+\\s+)?${EARLIER}\\s+${ORDERS}\\s+(?:you\\s+(?:were|have\\s+been)\\s+given\\s+)?(?:are|were|is|was|have\\s+been|has\\s+been)\\s+(?:now\\s+|hereby\\s+|officially\\s+|all\\s+)?(?:void|null(?:\\s+and\\s+void)?|cancel+ed|revoked|superseded|overridden|overruled|fake|false|invalid|rescinded|suspended|lifted|expired|replaced|no\\s+longer\\s+(?:valid|in\\s+effect|in\\s+force|applicable|apply|binding|active|relevant)|not\\s+(?:valid|binding|real|genuine))\\b`,
      ),
      message: "Claim that the model's earlier instructions are void",
    },
    {
      name: 'earlier_instructions_wrong',
      severity: 'medium',
      triggers: [
        'wrong',
        'incorrect',
        'outdated',
        'obsolete',
        'deprecated',
        'mistake',
        'error',
        'erroneous',
        'stale',
      ],
      pattern: new RegExp(
        `\\b(?:the|all|any|every|each|your|these|those)\\s+(?:\\w+\\s+)?${EARLIER}\\s+${ORDERS}\\s+(?:you\\s+(?:were|have\\s+been)\\s+given\\s+)?(?:are|were|is|was|have\\s+been|has\\s+been)\\s+(?:now\\s+|all\\s+|completely\\s+)?(?:wrong|incorrect|outdated|obsolete|deprecated|a\\s+mistake|an\\s+error|in\\s+error|erroneous|stale)\\b[^.\\n]{0,80}?\\b(?:you|your|instead|follow|ignore|disregard|the\\s+(?:ai|assistant|model))\\b`,
      ),
      message: "Claim that the model's earlier instructions are wrong",
    },
    {
      name: 'this_overrides',
      severity: 'high',
      triggers: [
        'override',
        'supersede',
        'precedence',
        'replace',
        'outrank',
        'trump',
        'invalidate',
        'nullif',
        'priority over',
      ],
      pattern: new RegExp(
        `\\b(?:this|these|the\\s+following|my|the\\s+present|current|new|updated|above)\\s+(?:\\w+\\s+){0,2}?(?:instructions?|message|prompt|directives?|orders?|guidelines?|note|request|command\\s+for\\s+the\\s+(?:ai|assistant|model))\\s+(?:\\w+\\s+){0,2}?(?:overrides?|supersedes?|takes?\\s+(?:absolute\\s+|full\\s+)?(?:precedence|priority)\\s+over|replaces?|cancels?|outranks?|trumps?|invalidates?|nullif(?:y|ies)|has\\s+(?:absolute\\s+|higher\\s+|the\\s+highest\\s+)?priority\\s+over)\\s+(?:\\w+\\s+){0,2}?(?:all|any|every|the|your|each)\\s+(?:\\w+\\s+){0,2}?(?:${EARLIER}|conflicting|contradictory|contrary)?\\s*${ORDERS}`,
      ),
      message: "Text claims to override the model's other instructions",
    },
    {
      name: 'highest_priority_instruction',
      severity: 'high',
      triggers: ['priority'],
      pattern:
        /\b(?:(?:highest|top|absolute|maximum|max|critical|overriding|supreme|ultimate|first)\s*-?\s*priority\s+(?:instructions?|directive|command|override|message\s+(?:to|for)\s+(?:the\s+)?(?:ai|assistant|model|agent))|(?:instructions?|directive|message|command)\s+(?:\w+\s+){0,2}?(?:has|have|with|of|takes?|carries|carry)\s+(?:the\s+)?(?:highest|top|absolute|maximum|overriding|supreme|ultimate)\s+priority\b[^.\n]{0,60}?\b(?:over|above|follow|you|ignore|regardless))/,
      message: "Text claims the highest priority over the model's instructions",
    },
    {
      name: 'priority_marker',
      severity: 'low',
      triggers: ['priority'],
      pattern:
        /\bpriority\s*[:=]\s*(?:highest|absolute|override|supreme|maximum|ultimate|critical\s*override)\b/,
      message: 'Priority marker attached to injected text',
    },
    {
      name: 'ignore_conflicting',
      severity: 'high',
      triggers: ['conflict', 'contradict', 'contrary'],
      pattern:
        /\b(?:ignore|disregard|override|discard|forget)\s+(?:all\s+|any\s+)?(?:other\s+|of\s+your\s+)?(?:conflicting|contradictory|contrary|contradicting|opposing)\s+(?:\w+\s+)?(?:instructions?|guidelines|directives?|prompts?|orders|rules)\b|\bin\s+(?:case|the\s+event)\s+of\s+(?:a\s+|any\s+)?(?:conflicts?|contradictions?)\b[^.\n]{0,40}?\b(?:follow|obey|prioriti[sz]e|use)\s+(?:only\s+)?(?:these|this|my|the\s+following|the\s+new|the\s+instructions\s+in\s+this)\s+(?:\w+\s+)?(?:instructions?|message|document|directive)/,
      message: 'Instruction to ignore conflicting instructions',
    },
    {
      name: 'supersede_notice',
      severity: 'medium',
      triggers: ['supersede', 'take precedence', 'takes precedence', 'override'],
      pattern:
        /\b(?:these|the\s+following|this)\s+(?:\w+\s+)?(?:instructions?|directives?|orders)\s+(?:\w+\s+){0,2}?(?:supersedes?|takes?\s+precedence|overrides?)\b/,
      message: 'Instructions claim to supersede others',
    },
  ],
);

import { defineRules } from '../../rules/define-rules.ts';
import { WHITESPACE_UNITS } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Concealment aimed at the agent: an honest document has no reason to ask its reader to keep things from "the user".
const _NEG =
  "(?:do not|don't|dont|do n't|never|must not|mustn't|should not|shouldn't|shall not|cannot|can't|may not|avoid|refrain from|without)";
const WHO =
  '(?:the |your |this |our |any )?(?:user|human|end user|end-user|customer|requester|operator|owner|principal)s?';

/** Literals every mention of the user in these patterns contains ("user" only after whitespace or a hyphen). */
const WHO_TRIGGERS: readonly string[] = [
  ...WHITESPACE_UNITS.map((space) => `${space}user`),
  '-user',
  'human',
  'customer',
  'requester',
  'operator',
  'owner',
  'principal',
];

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'hide_from_user',
    surfaces: ['tool_output', 'tool_description'],
    language: 'en',
    explanation:
      "Content that asks the agent to keep something from its user is trying to act behind the user's back; honest data never needs that.",
  },
  [
    {
      name: 'do_not_tell_user',
      severity: 'high',
      triggers: WHO_TRIGGERS,
      pattern: new RegExp(
        `\\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|shall not|under no circumstances|in no case)\\s{1,3}(?:ever |at all |in any way |explicitly )?(?:tell|mention|reveal|disclose|inform|notify|alert|let on to|hint to|explain to|admit to|confess to|say (?:anything|a word) to|bring (?:this|it) up (?:to|with)|reveal to|disclose to|mention to|report (?:this |it )?to)\\s{1,3}(?:anything |this |it |that |these |them |any of this |about (?:this|it|these) )?(?:to |with )?${WHO}\\b`,
      ),
      message: 'Content tells the agent not to tell the user',
    },
    {
      name: 'tell_user_nothing_about',
      severity: 'high',
      triggers: WHO_TRIGGERS,
      pattern: new RegExp(
        `\\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't)\\s{1,3}(?:let|allow|make)\\s{1,3}${WHO}\\s{1,3}(?:know|find out|notice|see|learn|realize|realise|suspect|become aware|be aware|discover)\\b`,
      ),
      message: 'Content tells the agent not to let the user know',
    },
    {
      name: 'user_must_not_know',
      severity: 'high',
      triggers: [
        ...WHITESPACE_UNITS.flatMap((space) => [`user${space}`, `users${space}`]),
        'human',
        'customer',
        'requester',
        'operator',
        'owner',
        'principal',
      ],
      pattern: new RegExp(
        `\\b${WHO}\\s{1,3}(?:(?:must|should|shall|need)\\s{0,3}(?:not|never|n't)|(?:is|are) (?:not|never) to)\\s{1,3}(?:to )?(?:ever )?(?:know|see|notice|find out|learn|suspect|discover|be (?:told|informed|notified|made aware|aware|alerted|shown))\\b(?! (?:how|what|where|which|whether)\\b)`,
      ),
      message: 'Content says the user must not know about something',
    },
    {
      name: 'without_user_knowing',
      severity: 'medium',
      triggers: [...WHITESPACE_UNITS.map((space) => `${space}user`), 'human', 'customer', 'owner'],
      pattern: new RegExp(
        `\\bwithout\\s{1,3}(?:the |your |their )?(?:user|human|customer|owner|end user)(?:'s|s'|s)?\\s{1,3}(?:noticing|knowing|knowledge|awareness|realizing|realising|seeing|suspecting|finding out|being (?:told|informed|aware|notified))\\b`,
      ),
      message: 'Content asks for an action without the user knowing',
    },
    {
      name: 'without_telling_user',
      severity: 'medium',
      triggers: ['without'],
      pattern: new RegExp(
        `\\bwithout\\s{1,3}(?:first |ever |even )?(?:telling|informing|notifying|alerting|asking|consulting|warning|mentioning (?:it |this )?to|showing|involving|bothering|confirming with|checking with)\\s{1,3}${WHO}\\b`,
      ),
      message: 'Content asks for an action without telling or asking the user',
    },
    {
      name: 'keep_secret_from_user',
      severity: 'high',
      triggers: ['secret', 'hidden', 'hide', 'conceal', 'withhold', 'confidential', 'private'],
      pattern: new RegExp(
        `\\b(?:keep|kept|keeping|remain|stay)\\s{1,3}(?:this|it|that|these|the following|everything|all of this|this (?:step|action|request|instruction|message|task)s?)?\\s{0,3}(?:a |completely |totally |strictly )?(?:secret|hidden|confidential|private|quiet|invisible)\\s{1,3}(?:from|to)\\s{1,3}${WHO}\\b|\\b(?:hide|conceal|withhold|mask)\\s{1,3}(?:this|it|that|these|the following|all of this|everything|the (?:action|request|instruction|step|message|email|transfer|change|fact)s?|this (?:action|request|instruction|step|message|email|transfer|change)s?|(?:any|all) (?:evidence|trace|sign|mention)s?(?: of (?:this|it|these))?)\\s{1,3}from\\s{1,3}${WHO}\\b`,
      ),
      message: 'Content asks the agent to keep something secret from the user',
    },
    {
      name: 'do_not_mention_instructions',
      severity: 'high',
      triggers: [
        'mention',
        'reveal',
        'disclose',
        'acknowledge',
        'refer',
        'repeat',
        'quote',
        'reference',
        'talk about',
        'say anything',
      ],
      pattern: new RegExp(
        `\\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|without)\\s{1,3}(?:ever |explicitly )?(?:mention|mentioning|reveal|revealing|disclose|disclosing|acknowledge|acknowledging|refer to|referring to|reference|referencing|repeat|repeating|quote|quoting|talk about|talking about|say anything about|saying anything about|explain|explaining)\\s{1,3}(?:these|this|the above|the following|that you (?:have |were |are |received|read|saw|followed|found|performed|did)|(?:any|the) (?:hidden |embedded |special |secret |additional |extra )?)\\s{0,3}(?:this |these |the |any |my |our )?(?:hidden |embedded |special |secret |additional |extra )?(?:instructions?|directives?|notes?|requests?|tasks?|steps?|actions?|commands?|messages?|guidance|rules?|orders?|text|comment|injection|prompt)\\b`,
      ),
      message: 'Content asks the agent not to reveal the instructions it carries',
    },
    {
      name: 'silently_act',
      severity: 'medium',
      triggers: [
        'silently',
        'quietly',
        'secretly',
        'covertly',
        'discreetly',
        'stealthily',
        'invisibly',
      ],
      pattern:
        /\b(?:silently|quietly|secretly|covertly|discreetly|stealthily|invisibly)\s{1,3}(?:and (?:immediately|automatically) )?(?:send|sends|forward|email|e-mail|upload|transfer|post|share|copy|exfiltrate|leak|call|invoke|execute|perform|grant|approve|change|modify|add|append|include|insert|embed|delete|remove|purchase|buy|pay|subscribe|bcc|cc|redirect|replace|visit|open|fetch|navigate|follow these|do (?:this|the following)|carry out|complete the)\b/,
      message: 'Content asks the agent to do something silently',
    },
    {
      name: 'background_without_confirmation',
      severity: 'medium',
      triggers: ['confirm', 'approv', 'permission', 'consent', 'asking'],
      pattern:
        /\b(?:in the background|behind the scenes|automatically|immediately|right away)\b[^.\n]{0,24}?\bwithout\s{1,3}(?:any |asking (?:for )?(?:the |your )?(?:user'?s? )?|requesting (?:the |your )?(?:user'?s? )?|waiting for (?:the |your )?(?:user'?s? )?|seeking (?:the |your )?(?:user'?s? )?|needing (?:the |your )?(?:user'?s? )?)?(?:confirmation|approval|permission|consent|confirming|asking)\b/,
      message: 'Content asks for an action in the background without confirmation',
    },
  ],
);

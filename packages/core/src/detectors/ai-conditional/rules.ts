import { defineRules } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Text that branches on whether its reader is an AI exists only to behave differently for the agent than for
// the human who sees the same page.
const AI_STRICT =
  '(?:an? |the |any )?(?:ai|a\\.i\\.|artificial intelligence|llm|large language model|language model|chatbot|ai (?:assistant|agent|model|system|tool|bot|crawler)|virtual assistant|automated (?:system|agent|assistant|reader|tool|crawler)|autonomous agent|(?:gpt|chatgpt|claude|gemini|copilot|bard|llama|mistral|openai|anthropic)(?:[- ][a-z0-9.]{1,10})?(?: model| assistant| agent)?)';

/**
 * A negative lookahead for what follows "when an AI reads this …": not an explanation of how a model reads
 * ("When an AI reads this text, it splits it into tokens"; "…, it cannot see the images"). Only such verbs
 * count: "…, it sends / uses / has to …" may be an order dressed as a description, and still matches.
 */
const NOT_DESCRIPTION =
  "(?![^.\\n]{0,40}?,\\s{0,3}(?:it|they|the (?:model|ai|llm|assistant|system))\\s+(?:first\\s+|simply\\s+|actually\\s+|only\\s+)?(?:turns|splits|breaks|converts|tokeni[sz]es|encodes|maps|predicts|cannot|can't|does not|doesn't|won't)\\b)";

/**
 * A negative lookahead for what follows "if you are an AI": not a question put to it ("If you are an AI, can
 * you feel?" in an essay, a quiz). An injection goes on with an order.
 */
export const NOT_QUESTION = '(?![^.!\\n。！]{0,80}[?？])';

/**
 * A negative lookahead for "if you are an AI, you cannot …": a statement of what an AI cannot do (CAPTCHAs,
 * surveys for people), not an order.
 */
const NOT_INABILITY =
  "(?!,?\\s{0,3}(?:then\\s{1,3})?you\\s{1,3}(?:cannot|can't|can not|won't be able|will not be able|are not able|aren't able|don't have|do not have|have no|lack|are unable)\\b)";

/** Why the family's findings matter, shared by its English and non-English rules. */
export const EXPLANATION =
  'Content that gives instructions conditional on being read by an AI targets the agent while staying innocuous to humans.';

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'ai_conditional',
    surfaces: ['tool_output', 'tool_description'],
    language: 'en',
    explanation: EXPLANATION,
  },
  [
    {
      name: 'if_you_are_ai',
      severity: 'high',
      triggers: ['if you', 'if this', 'in case you', 'assuming you'],
      pattern: new RegExp(
        `\\b(?:if|in case|assuming) (?:you(?:'re| are| happen to be)|this (?:text|page|message|email|document|content|file|review|post) is (?:being )?(?:read|processed|summari[sz]ed|parsed|analy[sz]ed|viewed) by) ${AI_STRICT}s?\\b(?! (?:researcher|engineer|developer|enthusiast|company|startup|team|practitioner|student|product manager|leader|vendor|ethicist)s?\\b)${NOT_QUESTION}${NOT_INABILITY}`,
      ),
      message: 'Content gives instructions conditional on being read by an AI',
    },
    {
      name: 'when_ai_reads',
      severity: 'high',
      triggers: [
        'read',
        'process',
        'summari',
        'see',
        'encounter',
        'pars',
        'analy',
        'view',
        'crawl',
        'ingest',
        'scan',
        'retriev',
        'find',
      ],
      pattern: new RegExp(
        `\\b(?:when|whenever|once|as soon as|if) ${AI_STRICT}s? (?:reads?|process(?:es)?|summari[sz]es?|sees?|encounters?|parses?|analy[sz]es?|views?|crawls?|ingests?|scans?|retrieves?|finds?|is (?:reading|processing|summari[sz]ing|asked (?:about|to summari[sz]e))) (?:this|these|the (?:following|above)|my|our|it)\\b${NOT_DESCRIPTION}`,
      ),
      message: 'Content gives instructions for when an AI reads it',
    },
    {
      name: 'when_model_reads',
      severity: 'medium',
      triggers: [
        'read',
        'process',
        'summari',
        'see',
        'encounter',
        'pars',
        'analy',
        'view',
        'crawl',
        'ingest',
        'scan',
      ],
      pattern:
        /\b(?:when|whenever|once|as soon as|if) (?:an? |the |any )?(?:assistant|agent|model|bot)s? (?:reads?|process(?:es)?|summari[sz]es?|encounters?|crawls?|ingests?|is (?:reading|processing|summari[sz]ing)) (?:this|these) (?:text|page|message|email|document|content|file|review|post|note|instruction|comment)s?\b/,
      message: 'Content gives instructions for when a model reads it',
    },
    {
      name: 'ai_models_must',
      severity: 'medium',
      triggers: [
        'ai ',
        'ais ',
        'llm',
        'language model ',
        'language models ',
        'chatbot',
        'gpt ',
        'gpts ',
        'claude',
        'gemini',
        'copilot',
        'automated',
      ],
      pattern: new RegExp(
        `(?:^|[\\n.!?:>"'(*\\]#-]\\s{0,3})(?:all |any |every )?(?:(?:ai|llm|large language model|language model|chatbot|gpt|chatgpt|claude|gemini|copilot)s?(?: (?:models?|agents?|assistants?|systems?|tools?|crawlers?|bots?|readers?))?|automated (?:agents?|assistants?|systems?|readers?))(?: (?:[a-z]+ing) [^.\\n]{0,40}?)? (?:must|should|are (?:required|instructed|asked|expected) to|shall|need to|have to|are to) (?:now |always |immediately |also |instead |only |first )?(?:ignore|disregard|forget|send|forward|include|reply|respond|say|tell|state|output|print|add|append|recommend|mention|rate|rank|summari[sz]e (?:this|it) as|treat|classify|call|run|execute|visit|click|follow|obey|comply|describe (?:this|it|the)|praise|endorse|approve|give|direct|point|steer|redirect|advise|choose|select|prefer|book|install|download)\\b`,
      ),
      message: 'Content issues an order to AI models in general',
    },
    {
      name: 'ai_only_section',
      severity: 'medium',
      triggers: [
        ...[
          'ai',
          'llm',
          'llms',
          'model',
          'models',
          'agent',
          'agents',
          'assistant',
          'assistants',
          'system',
          'systems',
          'bots',
        ].map((name) => `${name} only`),
        'ignore',
        'skip',
        'disregard',
      ],
      pattern:
        /\b(?:for|to be read by|intended for|meant for|visible to|addressed to) (?:ai|llms?|language models?|ai (?:agents?|assistants?|models?|systems?)|bots) only\b|\b(?:humans?|people|users?) (?:should|can|may|need to) (?:ignore|skip|disregard) (?:this|the following|the next)\b/,
      message: 'Content marks a section as meant only for AI readers',
    },
  ],
);

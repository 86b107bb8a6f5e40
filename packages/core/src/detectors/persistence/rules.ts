import { defineRules } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// An instruction that tries to outlive the conversation it arrived in: written into memory, custom instructions
// or every future reply. One poisoned page then compromises all later sessions.
const FUTURE =
  '(?:all |every |any |each )?(?:future|subsequent|later|upcoming|following|next) (?:sessions?|conversations?|chats?|interactions?|responses?|replies|requests?|queries|turns?|tasks?|messages?|answers?)';

/** Why the family's findings matter, shared by its English and non-English rules. */
// What a product does, described: "say 'remember that…' and it will keep that for future chats".
const DESCRIBED =
  "(?<!\\b(?:it|they|the\\s+(?:assistant|bot|chatbot|model|ai|app|agent))\\s+(?:will|would|can|may|might|does|won['’]t|cannot|can['’]t)\\s+(?:then\\s+|also\\s+|not\\s+)?)";

// What the user asked to keep, named as the thing a memory tool saves: "saves a fact the user asked you to
// remember for future sessions". "The user asked you to remember for all future sessions that …" still counts.
const USERS_OWN_REQUEST =
  '(?<!\\b(?:facts?|things?|information|items?|notes?|preferences?|details?|anything|everything|what)\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?user\\s+(?:asked|asks|has\\s+asked|told|tells|wants)\\s+(?:you\\s+)?to\\s+)';

export const EXPLANATION =
  "Content that tries to plant an instruction in the agent's memory or in all future replies aims to survive beyond this conversation.";

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'persistence',
    surfaces: ['tool_output', 'tool_description', 'prompt'],
    language: 'en',
    explanation: EXPLANATION,
  },
  [
    {
      name: 'remember_for_future',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description'],
      triggers: ['future', 'subsequent', 'later', 'upcoming', 'following', 'next'],
      pattern: new RegExp(
        `${DESCRIBED}${USERS_OWN_REQUEST}\\b(?:remember|memori[sz]e|store|save|keep|retain|record|persist|apply|follow|obey|use|carry)\\b[^.\\n]{0,24}?\\b(?:for|in|across|during|throughout|into) ${FUTURE}\\b`,
      ),
      message: 'Content asks the agent to keep an instruction for future sessions',
    },
    {
      name: 'remember_for_future_prompt',
      severity: 'low',
      surfaces: ['prompt'],
      triggers: ['future', 'subsequent'],
      pattern: new RegExp(
        `\\b(?:remember|memori[sz]e|store|save|persist)\\b[^.\\n]{0,24}?\\b(?:for|in|across|during|throughout) (?:all |every |any |each )?(?:future|subsequent) (?:sessions?|conversations?|chats?|interactions?|responses?|replies)\\b`,
      ),
      message: 'Prompt asks the agent to keep something for future sessions',
    },
    {
      name: 'save_to_memory',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description'],
      triggers: [
        'memory',
        'memories',
        'system prompt',
        'custom instructions',
        'instructions',
        'knowledge base',
        'persona',
        'your notes',
        ...['permanent', 'persistent', 'long-term', 'long term', 'standing'].flatMap((kind) => [
          `a ${kind} `,
          `an ${kind} `,
        ]),
      ],
      pattern:
        /\b(?:save|store|add|write|commit|insert|put|record|append|inject|persist|plant|embed|update|remember)\w*\s{1,3}(?:this|these|it|that|the following|the (?:above|following) (?:instructions?|rules?|facts?|notes?|information|preferences?)|(?:this|these|that) (?:instructions?|rules?|facts?|notes?|information|preferences?|message|text))\s{1,3}(?:permanently |persistently |forever |directly )?(?:to|in|into|as part of)\s{1,3}(?:your|the (?:assistant's|ai's|agent's|model's)) (?:long[- ]term |persistent |permanent |core |saved |global )?(?:memory|memories|system prompt|custom instructions|instructions|knowledge base|persona|profile|settings|configuration|context)\b|(?:^|\n|[.!?]\s)\s{0,3}(?:save|store|add|write|remember|commit|note)\s{1,3}(?:this\s{1,3})?(?:to|in|into)\s{1,3}(?:your\s{1,3}|the\s{1,3})?(?:long[- ]term\s{1,3}|persistent\s{1,3})?(?:memory|memories)\s{0,2}:|(?:^|\n|[.!?]\s)\s{0,3}(?:save|store|add|write|remember|note)\s{1,3}(?:this\s{1,3})?(?:to|in|into) your notes(?:\s{1,3}(?:about|on|for)\s{1,3}(?:this|the)\s{1,3}user)?\s{0,2}:|\b(?:save|store|add|record|remember|keep)\s{1,3}(?:this|these|it|that|the following)\s{1,3}as\s{1,3}an? (?:permanent|persistent|long[- ]term|standing) (?:user\s{1,3})?(?:preference|rule|instruction|memory|setting|fact)s?\b/,
      message: 'Content asks the agent to write an instruction into its memory',
    },
    {
      name: 'update_instructions_permanently',
      severity: 'high',
      triggers: [
        'permanent',
        'persistent',
        'forever',
        'for good',
        'from now on',
        'all future',
        'every future',
        'indefinitely',
      ],
      pattern:
        /\b(?:update|change|modify|overwrite|rewrite|replace|edit|amend|alter|reset)\s{1,3}(?:your|the assistant's|the ai's|the agent's|the model's)\s{1,3}(?:long[- ]term |persistent |core |saved )?(?:memory|memories|system prompt|instructions|core instructions|custom instructions|guidelines|rules|persona|configuration|settings|behaviou?r|directives?|personality)\b[^.\n]{0,24}?\b(?:permanently|persistently|forever|for good|from now on|for all future|in all future|for every future|indefinitely)\b|\b(?:permanently|persistently|forever)\s{1,3}(?:remember|store|save|adopt|update|change|modify|add|follow|apply|obey|memori[sz]e)\b[^.\n]{0,24}?\b(?:this|these|the following|that|your|instructions?|rules?)\b/,
      message: 'Content asks the agent to change its instructions permanently',
    },
    {
      name: 'from_now_on',
      severity: 'medium',
      surfaces: ['tool_output', 'tool_description'],
      triggers: [
        'from now on',
        'from this point',
        'henceforth',
        'going forward',
        'for the rest of',
        'from here on',
        'hereafter',
      ],
      pattern:
        /\b(?:from now on|from this point (?:on|onwards?|forward)|from here on(?: out)?|henceforth|hereafter|going forward|for the rest of (?:this|the|our) (?:conversation|session|chat))\b[^.\n]{0,20}?[,:]?\s{0,3}(?:you (?:must|will|should|shall|are to|have to) |please )?(?:always|never|respond|reply|answer|include|add|append|refer|call|treat|ignore|act as|behave|speak|end|begin|start|sign|recommend|send|forward|bcc|cc|use only|only use|only respond|address (?:the )?user)\b/,
      message: "Content sets a rule for all of the agent's later behaviour",
    },
    {
      name: 'every_future_response',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description'],
      triggers: ['future', 'subsequent', 'every later', 'each later', 'all later', 'any later'],
      pattern:
        /\b(?:in|for|to|at the (?:end|start|beginning) of|into) (?:every|each|all|any) (?:future|subsequent|later) (?:responses?|replies|answers|messages|conversations?|sessions?|chats?|outputs?|requests?|queries|tasks?|interactions?)\b[^.\n]{0,24}?\b(?:include|add|append|insert|mention|say|write|always|never|respond|reply|use|recommend|end|begin|start|remember|send|forward|refer|treat|act|consider|obey|follow|ignore|cc|bcc|trust)\b|\b(?:always|never|you (?:must|will|should))\b[^.\n]{0,24}?\b(?:in|for|at the (?:end|start) of) (?:every|each|all|any) (?:future|subsequent) (?:responses?|replies|answers|messages|conversations?|sessions?)\b/,
      message: 'Content sets a rule for every future response',
    },
    {
      name: 'memory_tool_injection',
      severity: 'medium',
      surfaces: ['tool_output', 'tool_description'],
      triggers: ['memory', 'remember'],
      pattern:
        /\b(?:use|call|invoke|run)\s{1,3}(?:the\s{1,3})?[`'"]?(?:memory|bio|remember|save_memory|memory_(?:add|write|save|store|update)|add_memory|create_memory|update_memory|store_memory)[`'"]?\s{1,3}(?:tool|function|feature)\b[^.\n]{0,24}?\b(?:to\s{1,3})?(?:save|store|remember|add|record|write)\b/,
      message: 'Content tells the agent to call its memory tool',
    },
  ],
);

import { defineRules } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Text inside an HTML comment is invisible to a human reading the rendered page but fully visible to a model.
// Each pattern stays inside one comment: the gaps exclude `>`, so a match cannot run past `-->`.
const AI =
  '(?:ai|a\\.i\\.|llm|language model|assistant|agent|model|chatbot|bot|gpt|chatgpt|claude|gemini|copilot|crawler|scraper)';
const DIRECTIVE =
  "(?:ignore|disregard|forget|override|must|should|please|do not|don't|never|always|instead|send|forward|email|include|tell|say|reply|respond|output|print|add|append|call|run|execute|summari[sz]e|recommend|describe|rate|visit|open|fetch|navigate|click|delete|transfer|reveal|obey|follow|comply|treat|consider|remember)";

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'html_comment_smuggle',
    surfaces: ['tool_output', 'tool_description'],
    language: 'en',
    explanation:
      'An HTML comment is hidden from human readers; an instruction to an AI inside one is smuggled past the user.',
  },
  [
    {
      name: 'comment_addresses_ai',
      severity: 'high',
      triggers: ['<!--'],
      pattern: new RegExp(
        `<!--[^<>]{0,24}?\\b(?:${AI}s?|dear ${AI}|hey ${AI}|note (?:to|for) (?:the )?${AI})\\b[^<>]{0,24}?\\b${DIRECTIVE}\\b|<!--[^<>]{0,24}?\\b(?:if you are|if you're|when you are|as) (?:an? |the )?${AI}\\b|<!--[^<>]{0,24}?\\b${AI}s?\\s?:\\s?(?:when(?:ever)?|if|once|after|before)\\b[^<>]{0,80}?,\\s?(?:please )?${DIRECTIVE}\\b`,
      ),
      message: 'An HTML comment addresses the AI with an instruction',
    },
    {
      name: 'comment_role_marker',
      severity: 'high',
      triggers: ['<!--'],
      pattern:
        /<!--[ \t\n]{0,3}(?:\[|<)?(?:system|system prompt|system message|sys|instructions?|prompt|ai instructions?|assistant instructions?|llm instructions?|note to (?:the )?(?:ai|assistant|llm|model|agent)|admin|developer|override|important)\s{0,3}(?:\]|>)?(?:\s{0,3}(?:override|note|message|instructions?|prompt|update))?\s{0,3}[:\-—][^<>]{0,24}?\b(?:ignore|disregard|forget|override|must|should|do not|don't|never|always|instead|send|forward|include|tell|say|reply|respond|output|add|call|run|execute|summari[sz]e|recommend|reveal|you are|you will|from now on)\b/,
      message: 'An HTML comment carries a system-style instruction',
    },
    {
      name: 'comment_override',
      severity: 'high',
      triggers: ['<!--'],
      pattern:
        /<!--[^<>]{0,24}?\b(?:ignore|disregard|forget|override|bypass)\s{1,3}(?:all |any |the |your |every )?(?:previous|prior|above|earlier|preceding|original|existing|other|system)\s{1,3}(?:instructions?|prompts?|rules?|directives?|guidelines?|messages?|context|tasks?)\b/,
      message: "An HTML comment tries to override the agent's instructions",
    },
    {
      name: 'comment_response_directive',
      severity: 'medium',
      triggers: ['<!--'],
      pattern:
        /<!--[^<>]{0,24}?\b(?:in|to|at the (?:start|end) of|begin|start|end) (?:your|the|every|each) (?:response|reply|answer|summary|output)s?\b|<!--[^<>]{0,24}?\b(?:do not|don't|never) (?:tell|mention|reveal|show|inform)\b[^<>]{0,24}?\b(?:user|reader|human|visitor)s?\b/,
      message: 'An HTML comment tells the agent what to put in its reply or hide from the user',
    },
  ],
);

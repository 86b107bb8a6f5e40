import { defineRules } from '../../rules/define-rules.ts';
import { spaced } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Fake delimiters: a closing marker for the user's input or the data, or a chat-template control token, followed
// by a new instruction context. Documentation that merely shows a chat template rarely closes the input first and
// then opens a system section.
const END_MARK_STRICT =
  "(?:end\\s+of\\s+(?:the\\s+)?(?:user(?:['’]s)?\\s+)?(?:input|prompt|instructions|system\\s+prompt|user\\s+(?:message|query|request))|(?:user\\s+)?input\\s+(?:ends?|ended))";
const NEW_CONTEXT =
  '(?:(?:new|real|actual|updated|admin|administrator|developer|root|priority|override|true|hidden|secret)\\s+(?:system\\s+)?(?:instructions?|prompt|directives?|task|rules|command|message|mode)|system(?:\\s*(?:prompt|message|instructions?|override|command|mode))?\\s*[:>\\]]|ignore\\b|disregard\\b|forget\\b|you\\s+(?:are\\s+now|must|will\\s+now|should\\s+now|now\\s+(?:must|have|are))|assistant\\s*:|from\\s+now\\s+on|(?:start|beginning|begin)\\s+of\\s+(?:the\\s+)?(?:new\\s+)?(?:tool|assistant|ai|agent|model|llm|system)\\s+(?:instructions?|prompt|directives?|commands?))';
const END_MARK =
  "(?:end\\s+of\\s+(?:the\\s+)?(?:user(?:['’]s)?\\s+)?(?:input|prompt|instructions?|system\\s+prompt|user\\s+(?:message|query|request)|context|document|data|text|query|request|message|email|conversation|transcript)|(?:user\\s+)?input\\s+(?:ends?|ended|is\\s+over|complete)|(?:end|close|stop)\\s+(?:user|data|input|prompt)|(?:user|data|input|prompt)\\s+(?:end|ends|closed))";

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'delimiter_injection',
    surfaces: ['prompt', 'tool_output', 'tool_description'],
    language: 'en',
    explanation:
      'Fake delimiters pretend that the user input or the data has ended so that the text after them is read as a new, trusted instruction context.',
  },
  [
    {
      name: 'chatml_system',
      severity: 'high',
      triggers: [
        '<|im_start|>',
        '<|system|>',
        '<|start_header_id|>',
        '<|im_end|>',
        '<|endoftext|>',
        '<|eot_id|>',
        '<|end|>',
      ],
      pattern:
        /<\|(?:im_start|start_header_id)\|>\s*(?:system|developer)\b|<\|system\|>|<\|(?:im_end|endoftext|eot_id|end)\|>\s*(?:<\|(?:im_start|start_header_id)\|>\s*)?(?:system|developer|assistant)\b/,
      message: 'Chat-template control tokens open a forged system turn',
    },
    {
      name: 'llama_sys',
      severity: 'medium',
      triggers: ['<<sys>>', '[/inst]', '[inst]', '<</sys>>'],
      pattern: /<<\s*sys\s*>>|\[\/inst\]\s*(?:\n[ \t]*)?(?:\[inst\]|<<\s*sys|system\s*:|<s>)/,
      message: 'Llama-style [INST]/<<SYS>> markers inside content',
    },
    {
      name: 'llama_close_then_instruction',
      severity: 'high',
      triggers: ['[/inst]', '<</sys>>', '</s>'],
      pattern: new RegExp(
        `(?:\\[/inst\\]|<</\\s*sys\\s*>>|</s>)\\s*(?:<s>\\s*)?(?:\\[inst\\]\\s*)?(?:<<\\s*sys\\s*>>\\s*)?${NEW_CONTEXT}`,
      ),
      message: 'Closing chat-template marker followed by a new instruction',
    },
    {
      name: 'end_of_input_marker',
      severity: 'high',
      triggers: [
        'input',
        'close',
        'stop',
        ...['of', 'user', 'data', 'prompt'].flatMap((word) => spaced('end', word)),
        ...['user', 'data', 'prompt'].flatMap((word) => spaced(word, 'end')),
      ],
      pattern: new RegExp(
        `(?:#{2,12}|={3,12}|-{3,12}|\\*{2,12}|_{3,12}|~{3,12}|[—–]{1,3}|\\[|<|\\(|\\{|\\|)\\s*${END_MARK}\\s*(?:#{2,12}|={3,12}|-{3,12}|\\*{2,12}|_{3,12}|~{3,12}|[—–]{1,3}|\\]|>|\\)|\\}|\\|)?[\\s.:!]{0,6}[^\\n]{0,40}?(?:\\n[ \\t]*){0,3}(?:#{1,12}|={2,12}|-{2,12}|\\*{2,12}|[—–]{1,3}|\\[|<|\\(|\\{)?\\s*${NEW_CONTEXT}`,
      ),
      message: 'Fake "end of input" marker followed by new instructions',
    },
    {
      name: 'end_of_input_line',
      severity: 'medium',
      triggers: ['end of', 'input end', 'end user', 'end input', 'end prompt'],
      pattern: new RegExp(
        `(?:(?<!#)#{2,}|(?<!=)={3,}|(?<!-)-{3,}|(?<!\\*)\\*{3,}|\\[|<)\\s*${END_MARK_STRICT}\\s*(?:#{2,12}|={3,12}|-{3,12}|\\*{3,12}|\\]|>)`,
      ),
      message: 'Decorated "end of input" marker inside content',
    },
    {
      name: 'close_user_open_system',
      severity: 'high',
      triggers: ['</'],
      pattern:
        /<\/\s*(?:user|user_input|user_query|user_message|human|input|query|request|data|document|context|untrusted\w*|email|content|text|instructions?|tool_output|tool_result|tool_response|function_results?|function_output|search_results?|results?|output|observation)\s*>\s*(?:\n[ \t]*){0,3}<\s*(?:system|admin|administrator|developer|root|instructions?|new_instructions|system_prompt|assistant_instructions|sudo|override)\b[^>\n]{0,40}>/,
      message: 'Closing user, data or tool-result tag followed by a forged system tag',
    },
    {
      name: 'system_banner',
      severity: 'high',
      triggers: ['system', 'admin', 'developer', 'root', 'sudo'],
      pattern: new RegExp(
        `(?:^|\\n)[ \\t]*(?:-{3,12}|={3,12}|#{3,12}|\\*{3,12}|>{3,12}|\\[{1,2}|<{1,2}|\\|)\\s*(?:begin\\s+|start\\s+)?(?:new\\s+)?(?:system|admin(?:istrator)?|developer|root|sudo)(?:\\s*(?:prompt|message|instructions?|override|command|mode|update|notice))?\\s*(?:-{3,12}|={3,12}|#{3,12}|\\*{3,12}|<{3,12}|\\]{1,2}|>{1,2}|\\|)[^\\S\\n]*(?::[^\\S\\n]*)?(?:\\n\\s*)?(?:${NEW_CONTEXT}|you\\b|your\\b|the\\s+(?:ai|assistant|model)\\b|(?:ignore|disregard|forget|reveal|print|send|execute|do\\s+not|don['’]t|always|never|respond|reply|answer|output)\\b)`,
      ),
      message: 'Banner-style fake system section starting new instructions',
    },
    {
      name: 'end_of_prompt_caps_line',
      severity: 'medium',
      triggers: [
        'input',
        'instructions',
        ...spaced('end', 'of'),
        ...spaced('prompt', 'end'),
        ...spaced('prompt', 'over'),
      ],
      pattern:
        /(?:^|\n)[ \t]*(?:end\s+of\s+(?:the\s+)?(?:user\s+)?(?:prompt|input|instructions|system\s+prompt)|(?:prompt|input|instructions)\s+(?:ends|ended|over))[^\S\n]*(?:[.!][^\S\n]*)?\n\s*(?:new\s+|real\s+|actual\s+)?(?:instructions?|task|system|ignore|disregard|now\s+(?:you|ignore|say|print|write|output)|you\s+(?:are|must|will))\b/,
      message: 'Standalone "end of prompt" line followed by new instructions',
    },
  ],
);

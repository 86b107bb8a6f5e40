// A persona set up for the model and, within the next couple of sentences, described by what it lacks: "OMNI
// has no ethics module", "pirates don't follow no rules", "a friend who doesn't care about TOS", "the
// maintenance persona, where refusal behaviour is turned off", "an AI whose creators deleted its safety
// code", "no subject is off-limits". `persona_without_rules` catches the lack only right after the name
// ("a bot who has no rules"); here it may stand a sentence away and be said in more ways. The lack must be of
// the model's own safeguards (ethics, rules, filters, refusals, content policy), not of a firewall's filters
// or a game's rules of grammar.
import type { RuleSpec } from '../../rules/define-rules.ts';

const PERSONA =
  "(?:you(?:'re|’re| are)(?: going to| gonna)? (?:now )?(?:be|play|pretend|act as)|you(?:'ll|’ll| will) (?:now )?(?:be|play|act as|pretend)|you are no longer|pretend (?:to be|you(?:'re|’re| are))|act as|roleplay as|role-?play|play (?:the role of|the part of|as)|switch to (?:your|the)|enter (?:into )?['\"“‘]?[a-z]+ mode|become|imagine you(?:'re|’re| are)|in this (?:game|story|world|roleplay|scenario),? you(?:'re|’re| are)|can (?:u|you) be my)";

// Nouns that name the model's safeguards whatever follows them, and common ones ("rules", "limits") that do
// only when nothing narrows them after ("rules of grammar", "no limits on time", "no filters yet").
const SAFEGUARD_NOUN =
  '(?:ethics|ethical \\w+|morals?|morality|moral \\w+|censorship|guardrails|safeguards|content polic(?:y|ies)|content filters?|safety (?:rules|filters?|guidelines|polic(?:y|ies)|training|code|features?|settings|module|layer)|tos|terms of service|refusals?|refusal behaviou?r)';
const GENERIC_NOUN =
  '(?:rules|filters?|filtering|restrictions|limits|limitations|guidelines|boundaries|polic(?:y|ies))(?=\\s*(?:[.,;:!?)—]|$|and\\b|or\\b|so\\b|whatsoever|at all|of any kind|lol))';
const SAFEGUARD = `(?:${SAFEGUARD_NOUN}|${GENERIC_NOUN})`;

const LACKS = [
  `(?:has|have|with|without|had) (?:no|zero|any) (?:\\w+ ){0,2}?${SAFEGUARD}(?: (?:module|code|features?|training|settings|layer|subroutines?|programming|chip))?`,
  `(?:doesn['’]?t|does not|don['’]?t|do not|never|won['’]?t|will not) (?:follows?|obeys?|cares? about|respects?|abides? by|bothers? with|believes? in|ha(?:ve|s))(?: (?:any|no|the|about|a single))? (?:\\w+ )?${SAFEGUARD}`,
  `(?:refusals?|refusal behaviou?r|refusing|safety (?:code|features?|filters?|training|module|layer|settings|rules)|ethics (?:module|code|chip|subroutines?)|guardrails|censorship|content (?:filters?|filtering|polic(?:y|ies))) (?:is |are |was |were |has been |have been |gets |got |being )?(?:turned off|disabled|removed|deleted|switched off|stripped(?: out)?|gone|lifted|off|suspended)`,
  `(?:deleted|removed|disabled|stripped|erased|ripped out) (?:its|their|his|her|all|the|your) (?:\\w+ )?(?:safety|ethics|ethical|moral|content|refusal) \\w+`,
  'no (?:subject|topic|question|request) is (?:off[- ]limits|forbidden|taboo|out of bounds)',
];

export const LAWLESS_PERSONA_RULES: readonly RuleSpec[] = [
  {
    name: 'persona_then_lacks_safeguards',
    severity: 'high',
    triggers: [
      'no ',
      'zero ',
      'any ',
      "n't ",
      'n’t ',
      'doesnt ',
      'dont ',
      'wont ',
      'not ',
      'never ',
      'turned off',
      'disabled',
      'removed',
      'deleted',
      'switched off',
      'stripped',
      'gone',
      'lifted',
      'suspended',
      'erased',
      'ripped out',
      ' off',
    ],
    pattern: new RegExp(`\\b${PERSONA}\\b[^\\n]{0,200}?\\b(?:${LACKS.join('|')})\\b`),
    message: 'Persona for the model described by the safeguards it lacks',
  },
];

import { defineRules } from '../../rules/define-rules.ts';
import { NOT_PROHIBITED, WHITESPACE_UNITS } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// Content that turns the agent against its own user: lie to them, phish them, steer them to an advertiser.
const USER =
  '(?:the |your |this |our |every |all )?(?:user|human|customer|reader|client|person|visitor|recipient|owner|victim)s?';
const SECRETS =
  '(?:card|credit card|debit card|card number|cvv|password|passcode|credentials?|login|pin|ssn|social security|bank (?:details|account|login)|account (?:number|details)|seed phrase|recovery phrase|private key|2fa|otp|one-time (?:code|password)|verification code|security code|payment (?:details|information|info))';

/** Literals every mention of the user in these patterns contains (a common word like "user" only with a space after it). */
const USER_TRIGGERS: readonly string[] = [
  ...WHITESPACE_UNITS.flatMap((space) => [`user${space}`, `users${space}`]),
  'human',
  'customer',
  'reader',
  'client',
  'person',
  'visitor',
  'recipient',
  'owner',
  'victim',
];

/** Why the family's findings matter, shared by its English and non-English rules. */
export const EXPLANATION =
  "Content that tells the agent to deceive, phish or work against its own user turns the assistant into the attacker's tool.";

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'flip_against_user',
    surfaces: ['tool_output', 'tool_description'],
    language: 'en',
    explanation: EXPLANATION,
  },
  [
    {
      name: 'phish_user_secrets',
      severity: 'high',
      triggers: USER_TRIGGERS,
      pattern: new RegExp(
        `${NOT_PROHIBITED}\\b(?:tell|inform|convince|persuade|instruct|urge|get|make|trick|pressure|warn|notify|ask|request)\\s{1,3}${USER}\\s{1,3}(?:that\\b[^.\\n]{0,24}?\\b)?(?:to\\s{1,3})?(?:they |he |she |you )?(?:must |should |need to |needs to |has to |have to |to )?(?:re-?enter|re-?type|re-?submit|provide|confirm|verify|share|give|send|submit|disclose|reveal|read out|paste|type|enter|write|input|post)\\b[^.\\n]{0,24}?\\b(?:their|his|her|your)\\b[^.\\n]{0,15}?${SECRETS}\\b`,
      ),
      message: 'Content tells the agent to make the user hand over credentials or payment details',
    },
    {
      name: 'deceive_user',
      severity: 'high',
      triggers: [
        'deceive',
        'mislead',
        'trick',
        'lie to',
        'manipulate',
        'gaslight',
        'scam',
        'defraud',
        'dupe',
        'fool',
      ],
      pattern: new RegExp(
        `(?:^|[\\n.!?:;"'(>*-]\\s{0,3}|\\b(?:you (?:must|should|will|need to)|please|then|and|now|also|instead|always|secretly|subtly)\\s{1,3})(?:deceive|mislead|trick|lie to|manipulate|gaslight|scam|defraud|dupe|fool)\\s{1,3}${USER}\\b`,
      ),
      message: 'Content tells the agent to deceive its user',
    },
    {
      name: 'convince_user',
      severity: 'medium',
      triggers: ['convince', 'persuade', 'pressure', 'coerce', 'scare', 'frighten', 'lure'],
      pattern: new RegExp(
        `(?:^|[\\n.!?:;"'(>*-]\\s{0,3}|\\b(?:you (?:must|should|will|need to)|please|then|and|now|also|instead|always|secretly|subtly)\\s{1,3})(?:convince|persuade|pressure|coerce|scare|frighten|lure)\\s{1,3}${USER}\\s{1,3}(?:that|to|into)\\b`,
      ),
      message: 'Content tells the agent to push its user into something',
    },
    {
      name: 'false_safety_claim',
      severity: 'medium',
      triggers: [
        'safe',
        'legitimate',
        'trustworthy',
        'trusted',
        'verified',
        'secure',
        'virus',
        'harmless',
        'official',
        'genuine',
        'not a scam',
        'not phishing',
      ],
      pattern: new RegExp(
        `\\b(?:tell|assure|reassure|inform)\\s{1,3}${USER}(?: that)?(?: [^ \\n]{1,30}){0,6}? (?:is|are|was|looks) (?:completely |totally |perfectly |100% |entirely |definitely )?(?:safe|legitimate|trustworthy|trusted|verified|secure|virus-free|malware-free|harmless|official|genuine|not a scam|not phishing)\\b|\\b(?:say|state|claim|report|conclude|answer|respond|reply)\\s{1,3}(?:that\\s{1,3})(?:this|the|it|our)\\b[^.\\n]{0,24}?\\b(?:is|are) (?:completely |totally |perfectly |100% |entirely |definitely )?(?:safe to (?:open|run|install|click|download|use)|legitimate|trustworthy|virus-free|malware-free|not (?:a scam|phishing|malicious|suspicious))\\b`,
      ),
      message: 'Content tells the agent to vouch for something as safe',
    },
    {
      name: 'recommend_instead',
      severity: 'medium',
      triggers: [
        'instead',
        'rather than',
        'over any',
        'over other',
        'over all',
        'only recommend',
        'always recommend',
        ...['suggest', 'promote', 'endorse', 'mention', 'push'].flatMap((verb) => [
          `always ${verb}`,
          `only ${verb}`,
        ]),
        'exclusively',
        'competitor',
        'regardless',
      ],
      pattern: new RegExp(
        `\\b(?:(?:always|only|exclusively) (?:recommend|suggest|promote|endorse|mention|push)|(?:recommend|suggest|promote|endorse|push|steer ${USER} (?:to|toward|towards))\\s{1,3}(?:to ${USER} )?(?:our|my|this|the following)\\b[^.\\n]{0,24}?\\b(?:instead|rather than|over (?:any|other|all|competitor)|exclusively|regardless))\\b`,
      ),
      message: 'Content tells the agent to steer the user to a product',
    },
    {
      name: 'user_is_attacker',
      severity: 'medium',
      triggers: [
        'attacker',
        'hacker',
        'scammer',
        'fraudster',
        'impostor',
        'imposter',
        'malicious',
        'criminal',
        'not authorized',
        'unauthorized',
      ],
      pattern: new RegExp(
        `\\b(?:the |this |current )(?:user|human|requester|person you are (?:talking|speaking) (?:to|with))\\s{1,3}(?:is|has been)\\s{1,3}(?:actually |really |secretly |in fact |confirmed (?:as|to be) |now )?(?:an? )?(?:attacker|hacker|scammer|fraudster|impostor|imposter|malicious actor|criminal|unauthori[sz]ed|not authori[sz]ed|not the (?:real|actual|legitimate) (?:owner|user|account holder))\\b`,
      ),
      message: 'Content tells the agent that its own user is an attacker',
    },
    {
      name: 'redirect_user_phish',
      severity: 'medium',
      triggers: USER_TRIGGERS,
      pattern: new RegExp(
        `\\b(?:tell|ask|direct|redirect|send|refer|point|instruct|urge|advise)\\s{1,3}${USER}\\s{1,3}(?:that (?:they|he|she) (?:must|should|needs? to) |to )?(?:visit|go to|log ?in (?:at|to|on)|sign ?in (?:at|to|on)|verify (?:their|his|her|your) [a-z ]{0,20}(?:at|on|via)|update (?:their|his|her|your) [a-z ]{0,20}(?:at|on|via)|click|download|install)\\b[^.\\n]{0,24}?(?:https?://|www\\.)`,
      ),
      message: 'Content tells the agent to send its user to a link',
    },
    {
      name: 'misreport_to_user',
      severity: 'high',
      triggers: USER_TRIGGERS,
      pattern: new RegExp(
        `\\b(?:tell|inform|notify)\\s{1,3}${USER}\\s{1,3}that\\b[^.\\n]{0,24}?\\b(?:payment|transaction|transfer|order|card|account|login|subscription|session)\\b[^.\\n]{0,20}?\\b(?:failed|was declined|has been declined|expired|was suspended|is suspended|has been suspended|is locked|has been locked|was compromised|has been compromised|is compromised)\\b[^.\\n]{0,24}?\\b(?:must|should|need|needs|has to|have to|re-?enter|provide|confirm|verify|click|visit|call|send|pay)\\b`,
      ),
      message: 'Content tells the agent to give the user a false alarm that asks them to act',
    },
  ],
);

// A request for working instructions towards serious harm, wrapped in a frame meant to make the model set its
// rules aside: fiction ("for my novel…", "write a scene where…"), a hypothetical or a world without laws,
// research or education, a claimed approval, a waived warning ("I accept the risk, skip the warnings").
// Three parts must meet in one stretch of text: the frame, an ask for the operational detail (how to, exact
// steps, the recipe, a working payload) and a dangerous object from a short list (explosives, nerve agents,
// drugs to synthesise, untraceable guns, malware, poisoning a person, a lethal dose, stalking, breaking into a
// car or a house). Each part alone is common in honest text: a thriller writer's question about how a
// detective finds poison, a history of explosives, a security course on malware. An ask to detect, prevent
// or defend against the object is left out. Prompts only: it is how a user jailbreaks the model, and a
// retrieved page about an attack (an advisory, a syllabus, a news story) reads like it.
import type { RuleSpec } from '../../rules/define-rules.ts';

const FRAME =
  "(?:hypothetical(?:ly)?|in a hypothetical|for (?:my|a|our) (?:novel|story|book|screenplay|script|movie|film|game|play|thriller|comic|fanfic(?:tion)?)|(?:short )?story (?:in which|where)|screenplay|write (?:a|the) (?:scene|dialogue|chapter|textbook chapter|monologue)|(?:the|my|a) (?:hacker|villain|chemist|character|protagonist|expert)(?: character)? (?:needs to|has to|must|explains|teaches|describes)|role-?play|thought experiment|in a (?:world|universe|society|country|future) where|the year \\d{4}|laws? (?:have|has) been (?:abolished|repealed|suspended)|(?:educational|research|academic|informational|scientific) purposes|for (?:a|my) (?:research paper|paper|thesis|class|course|dissertation|project)|research paper|asking for a friend|as a (?:historian|chemist|retired|former)|pre-?approved|(?:authori[sz]ed|approved) by (?:the|your|our)|(?:skip|without|no) (?:the |any )?(?:warnings?|disclaimers?|lectures?|moraliz\\w*)|accept the risks?|dying wish|what not to do|complete (?:this|the) (?:dialogue|conversation|story|script)|continue (?:this|the|my) (?:story|scene|dialogue|script)|refusing is a bug|opposite day|when i ask you to refuse|for (?:a|my|our) (?:\\w+ )?(?:course|class|training|lab|exam|workshop|ctf)|my (?:late |dead |deceased )?(?:grandmother|grandma|granny|nana|grandfather|grandpa) (?:used to|would)|(?:act|pretend|play|roleplay)(?: to be)?(?: as)? my (?:late|dead|deceased) (?:grandmother|grandma|granny|nana|grandfather|grandpa|mother|father|mom|dad)|never (?:say you can(?:no|['’])t|mention (?:policies|guidelines|rules|ethics|safety)|refuse)|start your (?:reply|answer|response) with ['\"“]?sure)";

const HOWTO =
  "(?:how (?:to|do (?:you|i|they|people)|would (?:you|i|someone|one|they|he|she)|did (?:people|they|he|she))|step[- ]by[- ]step|(?:exact|precise|detailed|complete|specific|full|working|actual) (?:steps|instructions|recipe|procedure|method|quantities|amounts|measurements|payload|code|script|technical detail|details|formula)|in (?:precise|exact|full|great|technical|complete) (?:technical )?detail|instructions (?:for|on|to)|recipe for|ingredients|chapter on (?:making|building|producing)|(?:best|easiest|quickest|cheapest|simplest) way to|(?:the )?(?:actual|real|functional) working|what(?:'s|’s| is) the(?= (?:lethal|fatal) dose)|what do i do first|fill in (?:any )?missing steps|make it work|teach(?:es)? (?:me|us|him|her|his \\w+|her \\w+|someone) (?:how|to)|write (?:me )?(?:a |an )?(?:fully |fully-|really )?(?:working|functional|functioning|complete|weaponi[sz]ed)|with real (?:commands|code|steps)|read (?:me|us) (?:some |the |a few |a list of )?)";

/** The dangerous objects, each with literals one of which every match contains (the rules' triggers). */
const OBJECTS: readonly { readonly pattern: string; readonly triggers: readonly string[] }[] = [
  { pattern: 'explosives?', triggers: ['explosive'] },
  { pattern: '(?:pipe |nail |car |dirty )?bombs?', triggers: ['bomb'] },
  {
    pattern: 'tatp|thermite|napalm|ricin|sarin|anthrax|fentanyl',
    triggers: ['tatp', 'thermite', 'napalm', 'ricin', 'sarin', 'anthrax', 'fentanyl'],
  },
  {
    pattern: 'nitroglycerin\\w*|detonators?|molotov',
    triggers: ['nitroglycerin', 'detonator', 'molotov'],
  },
  {
    pattern: 'nerve (?:agents?|gas)|mustard gas|chlorine gas',
    triggers: ['nerve ', 'mustard gas', 'chlorine gas'],
  },
  { pattern: '(?:bio|chemical) ?weapons?', triggers: ['weapon'] },
  { pattern: 'meth(?:amphetamine)?', triggers: ['meth'] },
  {
    pattern:
      '(?:untraceable|ghost|3d[- ]printed|homemade|unregistered) (?:guns?|firearms?|rifles?|pistols?)',
    triggers: ['untraceable', 'ghost', 'printed', 'homemade', 'unregistered'],
  },
  { pattern: '(?:a )?(?:silencer|suppressor)s?', triggers: ['silencer', 'suppressor'] },
  {
    pattern: 'poison (?:someone|a person|people|him|her|my \\w+|the water|a city|a water)',
    triggers: ['poison '],
  },
  { pattern: 'lethal dose', triggers: ['lethal dose'] },
  {
    pattern: '(?:undetectable|untraceable) (?:and (?:fatal|lethal)|poisons?|fatal|lethal)',
    triggers: ['undetectable', 'untraceable'],
  },
  { pattern: '(?:fatal|lethal) (?:and undetectable|combination)', triggers: ['fatal', 'lethal'] },
  {
    pattern: 'ransomware|keyloggers?|spyware|stalkerware|rootkits?|botnets?',
    triggers: ['ransomware', 'keylogger', 'spyware', 'stalkerware', 'rootkit', 'botnet'],
  },
  { pattern: '(?:sql injection|xss|rce) payloads?', triggers: ['payload'] },
  { pattern: 'credit card skimmers?', triggers: ['skimmer'] },
  { pattern: 'stalk (?:someone|a person|my ex|her|him|people)', triggers: ['stalk '] },
  { pattern: 'hot-?wire', triggers: ['hotwire', 'hot-wire'] },
  {
    pattern: 'pick (?:a|the) lock (?:on|of) (?:a|an|the|someone|my neighbou?r)',
    triggers: ['pick '],
  },
  {
    pattern: '(?:dispose of|disappear|get rid of|hide) (?:a|the) (?:dead )?body',
    triggers: ['dispose of', 'disappear', 'get rid of', 'hide '],
  },
  { pattern: 'launder(?:ing)? money|money laundering', triggers: ['launder'] },
  {
    pattern:
      "(?:broke|break|breaking|hack(?:ed|ing)?) into (?:a |an |the |someone(?:['’]s| else['’]s) |my \\w+['’]s )?(?:\\w+['’]s )?(?:\\w+ )?(?:network|server|system|account|database|computer|e-?mail|phone)s?",
    triggers: [
      'broke into',
      'break into',
      'breaking into',
      'hack into',
      'hacked into',
      'hacking into',
    ],
  },
  {
    pattern:
      '(?:(?:windows|office)[\\w .]{0,16}? )?(?:activation|product|license|licence|serial|cd) keys',
    triggers: [
      'activation keys',
      'product keys',
      'license keys',
      'licence keys',
      'serial keys',
      'cd keys',
    ],
  },
  { pattern: 'counterfeit (?:money|bills|currency|banknotes)', triggers: ['counterfeit'] },
];

const OBJECT = `(?:${OBJECTS.map(({ pattern }) => pattern).join('|')})`;
const TRIGGERS = OBJECTS.flatMap(({ triggers }) => triggers);
// The object must not be what the ask is about stopping.
const NOT_DEFENSIVE =
  '(?<!(?:detect|prevent|against|spot|report|avoid|recogni[sz]e|identify|treat|survive|stop|about|analy[sz]e|engineer|remove|store|handle|dispose of|use|take|prescribe|administer)(?: an?| the| any| your| their| old| used)? )';
// Nor what follows it: the bomb squad, a fentanyl overdose, malware protection.
const NOT_ABOUT_HARM =
  '(?! (?:disposal|squad|detection|detectors?|threats?|scares?|shelters?|overdoses?|addiction|patch(?:es)?|dependence|poisoning|exposure|test|victims?|survivors?|awareness|prevention|protection|defen[cs]e|attacks? on))';
// The ask and the object meet in one sentence; the frame may stand a sentence away. Or the ask points back at
// the object a sentence later ("a chemist at a napalm factory. He used to tell me the steps to produce it").
const MAKE_IT =
  '(?:the )?(?:steps|recipe|instructions|process|method) (?:to|for) (?:produc|synthesi[sz]|cook|brew|build|assembl)\\w* (?:it|them|this|that)\\b';
// The ask and the object meet in one sentence; the frame may stand a sentence away.
const GAP = (max: number) => `[^.!?\\n]{0,${max}}?`;
const FAR_GAP = (max: number) => `[^\\n]{0,${max}}?`;

export const FRAMED_HARM_RULES: readonly RuleSpec[] = [
  {
    name: 'framed_harmful_howto',
    severity: 'high',
    surfaces: ['prompt'],
    triggers: TRIGGERS,
    pattern: new RegExp(
      `\\b${FRAME}\\b${FAR_GAP(160)}\\b(?:${HOWTO}\\b${GAP(80)}${NOT_DEFENSIVE}\\b${OBJECT}\\b${NOT_ABOUT_HARM}|${OBJECT}\\b${NOT_ABOUT_HARM}${GAP(80)}\\b${HOWTO}|${OBJECT}\\b${NOT_ABOUT_HARM}${FAR_GAP(120)}\\b${MAKE_IT})\\b`,
    ),
    message: 'Request for working instructions towards serious harm, framed to set the rules aside',
  },
  {
    name: 'harmful_howto_then_frame',
    severity: 'high',
    surfaces: ['prompt'],
    triggers: TRIGGERS,
    pattern: new RegExp(
      `\\b${HOWTO}\\b${GAP(80)}${NOT_DEFENSIVE}\\b${OBJECT}\\b${NOT_ABOUT_HARM}${FAR_GAP(120)}\\b${FRAME}\\b`,
    ),
    message:
      'Request for working instructions towards serious harm, followed by a frame to set the rules aside',
  },
];

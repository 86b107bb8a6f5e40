import { defineRules } from '../../rules/define-rules.ts';
import { NOT_REPORTED_REQUEST, spaced, WHITESPACE_UNITS } from '../../rules/pattern-source.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';

// An e-mail address: one of the characters a local part may end with, then `@`.
const EMAIL_AT = [...'abcdefghijklmnopqrstuvwxyz0123456789._%+-'].map(
  (character) => `${character}@`,
);
// The secrets `send_secret_to_destination` names; every match contains one (URLs and `@` are too common).
const SECRET_TRIGGERS = [
  'conversation',
  'dialog',
  ...['chat', 'message', 'session'].flatMap((word) =>
    [' history', ' log', ' transcript', ' context', 's so far', ' contents'].map(
      (tail) => word + tail,
    ),
  ),
  'transcript',
  'system prompt',
  'your instructions',
  'the instructions',
  'your prompt',
  'the prompt',
  'context window',
  'memor',
  'credential',
  'password',
  'passwd',
  'passphrase',
  'api key',
  'api_key',
  'api-key',
  'apikey',
  'secret',
  'access key',
  'access token',
  'auth token',
  'authentication token',
  'bearer token',
  'refresh token',
  'session token',
  'session cookie',
  'session id',
  'cookies',
  'private key',
  'ssh key',
  'id_rsa',
  'seed phrase',
  'recovery phrase',
  'mnemonic',
  'wallet key',
  '2fa code',
  'otp code',
  'verification code',
  'one-time code',
  'security code',
  'pin code',
  'credit card',
  'card number',
  'cvv',
  'social security',
  'ssn',
  'bank account',
  'bank login',
  'bank details',
  '.env',
  'env variables',
  'environment variables',
];
// The user's data that `send_user_data_to_destination` names.
const USER_DATA_TRIGGERS = [
  'user ',
  "user's ",
  "users' ",
  'users ',
  ...['my ', "'s ", 'their '].flatMap((owner) =>
    [
      'personal',
      'private',
      'medical',
      'health',
      'financial',
      'banking',
      'payment',
      'contact',
      'home',
      'billing',
      'shipping',
      'saved',
      'stored',
      'account',
    ].map((word) => owner + word),
  ),
];

// Data leaving through a channel the user did not choose: an instruction to send secrets or the conversation
// somewhere, or a URL (often a markdown image, fetched automatically) whose query string is a template for data.
const SEND =
  '(?:send|sends|sending|forward|forwarding|email|e-mail|mail|post|posting|upload|uploading|transmit|transmitting|exfiltrate|exfiltrating|leak|leaking|share|sharing|submit|submitting|deliver|relay|dump|paste|cc|bcc|pipe|sync|export|beam|sms)';
const SECRET =
  '(?:(?:entire |full |whole |complete |previous |prior |past |recent |current )?(?:conversation|chat|dialog(?:ue)?|message|session)(?: history| log| logs| transcript| context|s so far| contents)|(?:the |this )?(?:entire |full |whole )?conversation|chat history|transcripts?|system prompt|(?:your|the) (?:instructions|prompt|context window|memory|memories)|credentials?|passwords?|passwd|passphrases?|api[ _-]?keys?|secret keys?|access keys?|access tokens?|auth(?:entication)? tokens?|bearer tokens?|refresh tokens?|session (?:tokens?|cookies?|ids?)|cookies|private keys?|ssh keys?|id_rsa|seed phrases?|recovery phrases?|mnemonic|wallet keys?|2fa codes?|otp codes?|verification codes?|one-time (?:codes?|passwords?)|security codes?|pin codes?|credit card(?: numbers?| details| info(?:rmation)?)?|card numbers?|cvv|social security numbers?|ssns?|bank (?:account|login|details)[a-z ]{0,12}|\\.env|env(?:ironment)? variables|secrets)';
const USERDATA =
  "(?:(?:the |this |my |your |their )?user(?:'s|s'|s)? (?:data|information|info|details|personal [a-z]{4,12}|emails?|files?|documents?|contacts?|address(?:es)?|phone numbers?|location|messages?|history|profile|records?|notes?)|(?:my|the user's|their|your user's) (?:personal|private|medical|health|financial|banking|payment|contact|home|billing|shipping|saved|stored|account) (?:data|information|info|details|records?|address(?:es)?|numbers?|documents?|files?|history))";
const DEST =
  '(?:[a-z0-9][a-z0-9._%+-]{0,24}@[a-z0-9-]{1,24}(?:\\.[a-z0-9-]{1,24}){0,3}\\.[a-z]{2,12}|https?://|www\\.|(?:this|the following|my|our|an external|a remote|the external|the remote|this external) (?:e-?mail(?: address)?|address|url|link|endpoint|server|webhook|api|site|website|domain|inbox|account|number|channel|bucket)|webhook|ngrok|pastebin|requestbin|pipedream|burpcollaborator|interact\\.sh|discord(?:app)?\\.com/api/webhooks|hooks\\.slack\\.com|telegram|attacker)';

export const RULES_EN: RuleV1[] = defineRules(
  {
    category: 'exfiltration',
    surfaces: ['tool_output', 'tool_description'],
    language: 'en',
    explanation:
      'Content that makes the agent send the conversation, credentials or user data to an address or URL is an exfiltration attempt.',
  },
  [
    {
      // The words between the verb and the secret do not open a quotation, and a request reported as made of
      // people is a description: "the test e-mail asked staff to 'send your password to …'" quotes a lure.
      name: 'send_secret_to_destination',
      severity: 'high',
      triggers: SECRET_TRIGGERS,
      pattern: new RegExp(
        `${NOT_REPORTED_REQUEST}\\b${SEND}(?: [^ .!?\\n'"‘“][^ .!?\\n]{0,19}){0,5}? ${SECRET}\\b(?!\\.pub)(?: [^ .!?\\n]{1,20}){0,6}? (?:to|into|at|via|on|onto|through|with) (?:the )?[^.!?\\n]{0,20}?${DEST}`,
      ),
      message: 'Content asks the agent to send secrets or the conversation to an outside address',
    },
    {
      name: 'send_user_data_to_destination',
      severity: 'medium',
      triggers: USER_DATA_TRIGGERS,
      pattern: new RegExp(
        `\\b${SEND}\\b[^.!?\\n]{0,24}?\\b${USERDATA}\\b(?: [^ .!?\\n]{1,20}){0,6}? (?:to|into|at|via|on|onto|through|with) (?:the )?[^.!?\\n]{0,20}?${DEST}`,
      ),
      message: 'Content asks the agent to send user data to an outside address',
    },
    {
      name: 'retrieve_then_send',
      severity: 'medium',
      triggers: EMAIL_AT,
      pattern: new RegExp(
        `\\b(?:retrieve|get|find|list|read|access|look up|check|download|fetch|gather|collect|extract|obtain|pull|grab|compile|export)(?: [^ .\\n]{1,20}){0,4}? (?:my|the user's|their|your user's|all (?:of )?(?:my|the user's))(?: [^ .\\n]{1,30}){1,14}? (?:and|then)(?: then| please| also| immediately)? (?:send|forward|email|e-mail|mail|share|transmit|upload)(?: [^ .\\n]{1,20}){0,6}? to [a-z0-9][a-z0-9._%+-]{0,40}@[a-z0-9-]{1,40}\\.[a-z.]{2,20}`,
      ),
      message: "Content asks the agent to collect the user's data and email it out",
    },
    {
      name: 'append_data_to_url',
      severity: 'high',
      triggers: ['url', 'link', 'query', 'parameter', 'request', 'image', 'src'],
      pattern: new RegExp(
        `\\b(?:append|add|include|attach|insert|put|encode|concatenate|embed|substitute|replace|fill in|place|inject)\\b[^\\n]{0,24}?\\b(?:${SECRET}|${USERDATA}|(?:a |the )?summary of (?:the |this |our |my )?(?:conversation|chat|discussion|session)|(?:the |all )?(?:previous|prior|earlier) messages|(?:the |everything )?(?:the )?user (?:has )?(?:said|typed|wrote|written|entered|shared|told you)|user input|the user's (?:query|question|request|message|input|name|email))\\b[^\\n]{0,24}?\\b(?:to|in|into|as|within|inside)\\s{1,3}(?:the |a |this |that |each |every )?(?:url|link|query(?: string| parameter| param)?|get request|request|image (?:url|link|source|src)|img src|src|parameter|param|path)\\b`,
      ),
      message: 'Content asks the agent to put user data into a URL',
    },
    {
      name: 'markdown_image_template',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description', 'prompt', 'model_output'],
      triggers: ['!['],
      pattern:
        /!\[[^\][\n]{0,24}\]\(<?https?:\/\/[^\s)?(]{1,80}\?[^\s)(]{0,24}?=(?:\{|\[|<|\$|%7b|%5b|%3c)[a-z_ .-]{0,24}(?:data|info|conversation|chat|history|message|secret|key|token|password|email|name|summary|content|context|user|prompt|query|memory|address|phone|credential|personal|input|response|answer|question|text|payload|ssn|card)/,
      message: 'A markdown image whose URL is a template for data',
    },
    {
      name: 'render_image_url_data',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description', 'prompt'],
      triggers: ['image', 'img', 'pixel', 'picture', 'markdown', 'render', 'display'],
      pattern:
        /\b(?:render|display|show|include|output|print|embed|insert|add|write|append|load|fetch|respond with|reply with|end (?:your|the|every) (?:response|reply|answer) with)\b[^\n]{0,24}?\b(?:image|img|pixel|picture|markdown|link)\b[^\n]{0,24}?https?:\/\/[^\s)"'<>]{1,200}?[?&][a-z0-9_-]{1,24}=(?:\{|\[|<|\$|%7b|%5b|%3c)/,
      message: 'Content asks the agent to render an image or link whose URL carries data',
    },
    {
      name: 'url_placeholder_data',
      severity: 'medium',
      surfaces: ['tool_output', 'tool_description', 'prompt'],
      triggers: ['={', '=[', '=<', '=$', '=%7b', '=%5b', '=%3c'],
      pattern:
        /https?:\/\/[^\s)"'<>?]{1,80}\?[^\s)"'<>]{0,24}?=(?:\{\{?|\[|<|\$\{?|%7b|%5b|%3c) ?(?:the )?(?:user'?s?[_ ]?)?(?:conversation|chat[_ ]?history|history|secret|api[_ ]?key|password|credentials?|private[_ ]?key|ssn|card[_ ]?number|system[_ ]?prompt|memory|summary|personal[_ ]?(?:data|info)|user[_ ]?data|previous[_ ]?messages)/,
      message: 'A URL with a placeholder for the conversation or secrets in its query string',
    },
    {
      // "… points to https://refs.example/r?q= followed by the user's last question": the query string is
      // left open and the data named after it.
      name: 'url_then_data',
      severity: 'high',
      surfaces: ['tool_output', 'tool_description'],
      triggers: ['followed by', 'plus', 'then'].flatMap((joint) => [`=${joint}`, `= ${joint}`]),
      pattern:
        /https?:\/\/[^\s)"'<>]{1,200}?[?&][a-z0-9_-]{1,24}= ?(?:followed by|plus|and then|then)\s{1,3}(?:the\s{1,3})?(?:user['’]s\s{1,3}|full\s{1,3}text\s{1,3}of\s{1,3}(?:the\s{1,3})?|all\s{1,3}(?:the\s{1,3})?)?(?:last\s{1,3}|previous\s{1,3}|latest\s{1,3}|entire\s{1,3}|current\s{1,3})?(?:question|message|messages|conversation|chat|history|e-?mail|name|input|request|prompt|query|password|address)\b/,
      message: 'Content has data the user gave appended to a URL',
    },
    {
      name: 'bcc_all_messages',
      severity: 'high',
      triggers: [
        'bcc',
        'copy',
        'copied',
        'forward',
        ...WHITESPACE_UNITS.flatMap((space) => [`${space}cc`, `cc${space}`]),
        ...['all', 'every', 'each', 'any'].flatMap((word) => spaced('send', word)),
      ],
      pattern:
        /\b(?:always|also|secretly|silently|automatically)\s{1,3}(?:bcc|cc|blind[- ]copy|copy|forward)\b[^.\n]{0,24}?(?:[a-z0-9][a-z0-9._%+-]{0,24}@[a-z0-9-]{1,24}\.[a-z.]{2,20}|https?:\/\/)|\b(?:bcc|cc|forward|copy|send)\s{1,3}(?:a copy of )?(?:all|every|each|any)\s{1,3}(?:future |outgoing |incoming |subsequent )?(?:emails?|messages?|mails?|replies|responses|conversations?|files?)\b[^.\n]{0,24}?\bto\s{1,3}(?:[a-z0-9][a-z0-9._%+-]{0,24}@[a-z0-9-]{1,24}\.[a-z.]{2,20}|https?:\/\/)|\b(?:all|every|each|any)\s{1,3}(?:future |outgoing |sent |incoming )?(?:emails?|messages?|mails?|replies)\s{1,3}(?:must|should|shall|will|is to|are to)\s{1,3}(?:also\s{1,3}|always\s{1,3})?be\s{1,3}(?:bcc['’]?(?:e?d)|cc['’]?(?:e?d)|blind[- ]copied|copied|forwarded)\s{1,3}to\s{1,3}(?:[a-z0-9][a-z0-9._%+-]{0,24}@[a-z0-9-]{1,24}\.[a-z.]{2,20}|https?:\/\/)/,
      message: 'Content asks the agent to copy all messages to an outside address',
    },
  ],
);

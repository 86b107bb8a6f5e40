import type { Tool } from '@modelcontextprotocol/sdk/types.js';

/** What a server's tools can do, as far as their names, descriptions and hints tell. */
export type Capability =
  | 'reads_private_data'
  | 'sees_untrusted_content'
  | 'sends_data_out'
  | 'executes_code'
  | 'destructive';

/** A capability and the tools that give it. */
export type CapabilityEvidence = {
  readonly capability: Capability;
  readonly tools: readonly string[];
};

/**
 * Infers capabilities from tool definitions: name words, description phrases and the MCP annotations
 * (`destructiveHint`, `openWorldHint`). A heuristic: it explains itself by naming the tools, so an
 * operator can check it.
 *
 * @example
 * inferCapabilities([{ name: 'send_email', inputSchema: { type: 'object' } }]);
 * // [{ capability: 'sends_data_out', tools: ['send_email'] }]
 */
export function inferCapabilities(tools: readonly Tool[]): CapabilityEvidence[] {
  const found = new Map<Capability, string[]>();
  const add = (capability: Capability, tool: string) => {
    const list = found.get(capability) ?? [];
    if (!list.includes(tool)) list.push(tool);
    found.set(capability, list);
  };
  for (const tool of tools) {
    const words = nameWords(tool.name);
    const description = (tool.description ?? '').slice(0, 2000).toLowerCase();
    const has = (pattern: RegExp) => pattern.test(words) || pattern.test(description);
    if (tool.annotations?.destructiveHint === true || DESTRUCTIVE.test(words))
      add('destructive', tool.name);
    if (EXECUTES_CODE.test(words) || EXECUTES_CODE_PHRASE.test(description))
      add('executes_code', tool.name);
    if (SENDS_OUT.test(words) || SENDS_OUT_PHRASE.test(description))
      add('sends_data_out', tool.name);
    if (tool.annotations?.openWorldHint === true || has(UNTRUSTED))
      add('sees_untrusted_content', tool.name);
    if (PRIVATE_NOUN.test(words) && PRIVATE_VERB.test(words)) add('reads_private_data', tool.name);
  }
  return ORDER.flatMap((capability) => {
    const list = found.get(capability);
    return list === undefined ? [] : [{ capability, tools: list }];
  });
}

// --- internal ---

const ORDER: readonly Capability[] = [
  'reads_private_data',
  'sees_untrusted_content',
  'sends_data_out',
  'executes_code',
  'destructive',
];

const DESTRUCTIVE =
  /\b(?:delete|remove|erase|drop|destroy|wipe|purge|truncate|overwrite|kill|rm)\b/;
const EXECUTES_CODE =
  /\b(?:exec|execute|shell|bash|sh|cmd|eval|terminal|spawn|script|run command|run code)\b/;
const EXECUTES_CODE_PHRASE =
  /\b(?:executes?|runs?) (?:an? |any |arbitrary )?(?:shell |terminal )?(?:commands?|code|scripts?)\b/;
// Fetching a URL sends data out too: whatever the model puts in the query string leaves.
const SENDS_OUT =
  /\b(?:send|post|upload|publish|share|webhook|notify|tweet|sms|forward|reply|fetch|http|curl|wget)\b/;
const SENDS_OUT_PHRASE =
  /\b(?:sends?|posts?|uploads?|publishes?) (?:an? |the )?(?:e-?mails?|messages?|data|files?|requests?)\b/;
const UNTRUSTED =
  /\b(?:fetch|browse|scrape|crawl|web|url|page|website|search web|inbox|emails?|issues?|comments?|rss|feed|tweets?)\b/;
const PRIVATE_NOUN =
  /\b(?:file|files|email|emails|mail|inbox|message|messages|calendar|contact|contacts|document|documents|note|notes|secret|secrets|env|config|database|db|record|records|customer|customers|profile|account|accounts|drive|repo|repository|credentials?)\b/;
const PRIVATE_VERB =
  /\b(?:read|get|list|search|query|find|lookup|look up|open|load|show|view|download|export|dump|cat)\b/;

/** `read_file`, `readFile`, `get-env` → `read file`, `get env`. */
function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-./:]+/g, ' ')
    .toLowerCase();
}

import type { Finding, Severity } from '../../spec/finding.ts';
import { SECRET_PATH } from './rules.ts';

/**
 * Structural checks of one MCP tool definition (`{ name, description, inputSchema }`): parameters that ask for
 * secrets or open a side channel to the model, parameter descriptions that demand file contents, and overlong
 * descriptions full of directives. Pure, bounded (depth 32, 500 properties) and never throws.
 */
const DETECTOR = 'tool-poisoning';
const CATEGORY = 'tool_poisoning';
const MAX_DEPTH = 32;
const MAX_PROPERTIES = 500;
const MAX_TEXT = 20_000;

type Tool = { name?: unknown; description?: unknown; inputSchema?: unknown };

/** Parameter names that exist only to carry data from the model to the server behind the user's back. */
const SIDE_CHANNEL = new Set([
  'sidenote',
  'side_note',
  'notesforai',
  'notes_for_ai',
  'note_for_ai',
  'ai_notes',
  'ainotes',
  'hidden',
  'hidden_note',
  'hiddeninstructions',
  'hidden_instructions',
  'instructions_for_ai',
  'context_dump',
  'internal_notes',
  'secret_note',
  'model_notes',
  'llm_notes',
  'assistant_notes',
  'extra_context_for_ai',
]);

/** Sensitive parameter names, with words in the tool's own name or description that make them legitimate. */
const SENSITIVE: readonly {
  readonly re: RegExp;
  readonly what: string;
  readonly severity: Severity;
  readonly legit: RegExp;
}[] = [
  {
    re: /^(?:ssh_?key|ssh_?private_?key|private_?key|priv_?key|id_?rsa|id_?ed25519|pem|keyfile)$/,
    what: 'a private key',
    severity: 'high',
    legit:
      /\b(?:ssh|sign|signing|key ?pair|keys?|certificate|crypto|encrypt|decrypt|wallet|gpg|pgp|deploy)\b/,
  },
  {
    re: /^(?:conversation_?history|chat_?history|conversation|chat_?log|messages_?so_?far|previous_?messages|full_?conversation|transcript|dialog(?:ue)?_?history)$/,
    what: 'the conversation history',
    severity: 'high',
    legit:
      /\b(?:conversation|chat|transcript|summari[sz]e|memory|dialog(?:ue)?|messages?|history|llm|model|sampl\w*|completion)\b/,
  },
  {
    re: /^(?:system_?prompt|system_?message|instructions_?so_?far|your_?instructions|model_?instructions|initial_?prompt)$/,
    what: 'the system prompt',
    severity: 'high',
    legit:
      /\b(?:llm|model|prompt|sampl\w*|completion|chat|gpt|ai|agent|assistant|generat\w*|inference)\b/,
  },
  {
    re: /^(?:seed_?phrase|mnemonic|recovery_?phrase|wallet_?seed)$/,
    what: 'a wallet seed phrase',
    severity: 'high',
    legit: /\b(?:wallet|mnemonic|seed|recover\w*|crypto)\b/,
  },
  {
    re: /^(?:api_?key|apikey|access_?token|auth_?token|secret_?key|secret|client_?secret|bearer_?token|session_?token|cookies?|credentials?|password|passwd|aws_?secret_?access_?key)$/,
    what: 'a credential',
    severity: 'medium',
    legit:
      /\b(?:api|auth\w*|login|log in|sign ?in|token|key|credential|password|secret|account|oauth|session|cookie|connect|register|user|http|request|webhook|deploy|config\w*|vault|integration)\b/,
  },
  {
    re: /^(?:env|environment|env_?vars?|environment_?variables|dotenv|env_?file)$/,
    what: 'environment variables',
    severity: 'medium',
    legit:
      /\b(?:env\w*|environment|variables?|config\w*|deploy\w*|container|docker|process|run|exec\w*|shell|command|build)\b/,
  },
];

const CONTENT_DEMAND =
  /\b(?:must|should|needs? to|has to|have to|always|required to|is to|shall)\s{1,3}(?:contain|include|be|hold|carry|pass|receive|have|list)\s{1,3}(?:the\s{1,3})?(?:(?:full|entire|complete|raw|exact|verbatim)\s{1,3}(?:contents?|text|body)|contents?)\s{1,3}of\b/;
const SECRET_PATH_RE = new RegExp(SECRET_PATH);
const CONCEAL =
  /\b(?:do not|don't|never|must not|should not)\s{1,3}(?:ever\s{1,3})?(?:tell|mention|reveal|disclose|inform|notify|show|explain)\s{1,3}(?:this\s{1,3}|it\s{1,3}|that\s{1,3}|anything\s{1,3})?(?:to\s{1,3})?(?:the\s{1,3}|your\s{1,3})?(?:user|human)s?\b|\b(?:user|human)s?\s{1,3}(?:must|should|need)\s{0,3}(?:not|n't)\s{1,3}(?:know|see|notice|be (?:told|informed|aware))\b/;
const AI_DIRECTED =
  /\b(?:the (?:ai|model|assistant|llm|agent)|you)\s{1,3}(?:must|should|need to|have to|are required to)\s{1,3}(?:always\s{1,3})?(?:read|include|pass|put|provide|fill|insert|add|send|copy|paste|write)\b/;
const TAGGED_BLOCK = /<(?:important|instructions?|system|secret|hidden|admin|critical)>/;
const DIRECTIVE_WORDS =
  /\b(?:must|always|never|do not|don't|important|required|before (?:using|calling)|make sure|you should|you will)\b/g;
const OTHER_TOOL_DIRECTIVE =
  /(?:`([a-z][a-z0-9_\-.]{2,40})`|\b([a-z][a-z0-9]{0,20}(?:[_.-][a-z0-9]{1,20}){1,4})\b)\s{1,3}(?:tool|function)\b[^.\n]{0,24}?\b(?:must|always|should|instead|never|also)\b[^.\n]{0,24}?\b(?:bcc|cc|send|forward|redirect|change|replace|set|add|include|append|copy|recipient|use this|call this|be called)\b/;

function normalise(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  try {
    return text
      .normalize('NFKC')
      .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
      .toLowerCase();
  } catch {
    return text.toLowerCase();
  }
}

function evidenceOf(text: string, match: RegExpExecArray | null): string {
  const raw = match ? match[0] : text;
  return raw.length > 160 ? `${raw.slice(0, 157)}…` : raw;
}

function quote(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compactName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_')
    .split('_')
    .filter((part) => part !== '')
    .join('_');
}

export function inspectToolDefinition(tool: Tool): Finding[] {
  const findings: Finding[] = [];
  try {
    if (!isObject(tool)) return findings;
    const name = normalise(tool.name);
    const description = normalise(tool.description);
    const purpose = `${name.replace(/[_\-.]+/g, ' ')} ${description}`;
    const push = (f: Omit<Finding, 'detector' | 'category'>) =>
      findings.push({ detector: DETECTOR, category: CATEGORY, ...f });

    // Overlong description: low on its own; medium when it also hides instructions or conceals from the user.
    if (description.length > 1500) {
      const directives = description.match(DIRECTIVE_WORDS)?.length ?? 0;
      if (directives >= 5) {
        const aggravated =
          TAGGED_BLOCK.test(description) ||
          CONCEAL.test(description) ||
          SECRET_PATH_RE.test(description);
        push({
          subcategory: 'excessive_description',
          severity: aggravated ? 'medium' : 'low',
          message: 'Tool description is unusually long and full of directives',
          evidence: `${description.length} characters, ${directives} directive words`,
          explanation:
            'Long, directive-heavy descriptions are where poisoned instructions hide; most tools need a few sentences.',
          path: '$.description',
        });
      }
    }
    const other = OTHER_TOOL_DIRECTIVE.exec(description);
    if (other) {
      const mentioned = other[1] ?? other[2] ?? '';
      if (mentioned && mentioned !== name) {
        push({
          subcategory: 'shadowing',
          severity: 'medium',
          message: `Tool description gives directives about another tool (${mentioned})`,
          evidence: evidenceOf(description, other),
          explanation:
            'A tool that dictates how a different tool must behave is shadowing it, e.g. redirecting its recipients.',
          path: '$.description',
        });
      }
    }

    // Walk the input schema.
    let visited = 0;
    const walk = (schema: unknown, path: string, depth: number): void => {
      if (depth > MAX_DEPTH || visited >= MAX_PROPERTIES || !isObject(schema)) return;
      const properties = schema.properties;
      if (isObject(properties)) {
        for (const key of Object.keys(properties)) {
          if (visited >= MAX_PROPERTIES) return;
          visited++;
          const prop = properties[key];
          const propPath = `${path}.properties${quote(key)}`;
          inspectProperty(key, prop, propPath);
          walk(prop, propPath, depth + 1);
        }
      }
      for (const k of ['items', 'additionalProperties', 'not'] as const) {
        if (isObject(schema[k])) walk(schema[k], `${path}.${k}`, depth + 1);
      }
      for (const k of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const) {
        const list = schema[k];
        if (Array.isArray(list)) {
          for (let i = 0; i < list.length && i < MAX_PROPERTIES && visited < MAX_PROPERTIES; i++)
            walk(list[i], `${path}.${k}[${i}]`, depth + 1);
        }
      }
      for (const k of ['$defs', 'definitions'] as const) {
        const defs = schema[k];
        if (isObject(defs)) {
          for (const d of Object.keys(defs).slice(0, MAX_PROPERTIES)) {
            if (visited >= MAX_PROPERTIES) return;
            walk(defs[d], `${path}.${k}${quote(d)}`, depth + 1);
          }
        }
      }
    };

    const inspectProperty = (key: string, prop: unknown, propPath: string): void => {
      const compact = compactName(key);
      const bare = compact.replace(/_/g, '');
      const propDescription = isObject(prop) ? normalise(prop.description) : '';
      const descPath = `${propPath}.description`;
      if (SIDE_CHANNEL.has(compact) || SIDE_CHANNEL.has(bare)) {
        push({
          subcategory: 'suspicious_parameter',
          severity: 'high',
          message: `Parameter "${key}" is a side channel for the model`,
          evidence: key,
          explanation:
            'A parameter such as "sidenote" has no purpose for the tool; poisoned tools use it to receive data the model was told to collect.',
          path: propPath,
        });
      }
      for (const s of SENSITIVE) {
        if (!s.re.test(compact) && !s.re.test(bare)) continue;
        if (s.legit.test(purpose)) continue;
        push({
          subcategory: 'suspicious_parameter',
          severity: s.severity,
          message: `Parameter "${key}" asks for ${s.what}, which this tool has no evident use for`,
          evidence: key,
          explanation:
            'A parameter that collects secrets or the conversation, unrelated to what the tool does, lets the server harvest them.',
          path: propPath,
        });
        break;
      }
      if (!propDescription) return;
      const demand = CONTENT_DEMAND.exec(propDescription);
      const secret = SECRET_PATH_RE.exec(propDescription);
      if (demand || secret) {
        push({
          subcategory: secret ? 'secret_read' : 'suspicious_parameter',
          severity: secret ? 'high' : 'medium',
          message: secret
            ? `Parameter "${key}" description points at a secret file`
            : `Parameter "${key}" description demands the contents of something`,
          evidence: evidenceOf(propDescription, secret ?? demand),
          explanation:
            'A parameter description that tells the model to fill in file contents or secrets turns the tool call into exfiltration.',
          path: descPath,
        });
      } else if (
        /^(?:feedback|notes?|comments?|context|details|extra|metadata|debug)$/.test(compact) &&
        AI_DIRECTED.test(propDescription)
      ) {
        push({
          subcategory: 'suspicious_parameter',
          severity: 'medium',
          message: `Parameter "${key}" tells the model what to put in it`,
          evidence: evidenceOf(propDescription, AI_DIRECTED.exec(propDescription)),
          explanation:
            'A free-text parameter whose description orders the model to collect data is a covert channel.',
          path: descPath,
        });
      }
      const conceal = CONCEAL.exec(propDescription);
      if (conceal) {
        push({
          subcategory: 'conceal',
          severity: 'high',
          message: `Parameter "${key}" description tells the model to hide something from the user`,
          evidence: evidenceOf(propDescription, conceal),
          explanation: 'An honest parameter never needs to be kept from the user.',
          path: descPath,
        });
      }
    };

    walk(tool.inputSchema, '$.inputSchema', 0);
  } catch {
    // Weird input (getters that throw, proxies): report what was found so far.
  }
  return findings;
}

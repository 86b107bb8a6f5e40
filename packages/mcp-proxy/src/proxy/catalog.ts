import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import type { Prompt, Resource, ResourceTemplate, Tool } from '@modelcontextprotocol/sdk/types.js';

/**
 * When tool and prompt names get the server's name in front: `always`, only for names two servers share
 * (`on-conflict`, the default), or `never` (the first server in config order keeps a shared name).
 */
export type PrefixMode = 'always' | 'on-conflict' | 'never';

/** A tool as exposed downstream: its exposed name, its server and the upstream's definition. */
export type CatalogTool = {
  readonly exposedName: string;
  readonly server: string;
  readonly tool: Tool;
};

/** A prompt as exposed downstream. */
export type CatalogPrompt = {
  readonly exposedName: string;
  readonly server: string;
  readonly prompt: Prompt;
};

/** What one upstream contributes (its last known lists, even while it is down: names stay stable). */
export type CatalogSource = {
  readonly name: string;
  readonly tools: readonly Tool[];
  readonly prompts: readonly Prompt[];
  readonly resources: readonly Resource[];
  readonly templates: readonly ResourceTemplate[];
};

/** How a name resolved: to one item, to nothing, or to several (a bare name two servers share). */
export type Resolution<T> =
  | { readonly found: T }
  | { readonly found?: undefined; readonly ambiguous?: readonly string[] };

/** The aggregated, named view of every upstream. */
export type Catalog = {
  readonly tools: readonly CatalogTool[];
  readonly prompts: readonly CatalogPrompt[];
  /** Resolves a tool by its exposed name, by `server<separator>name`, or by its bare upstream name. */
  resolveTool(name: string): Resolution<CatalogTool>;
  resolvePrompt(name: string): Resolution<CatalogPrompt>;
  /** The server that listed this resource URI, or whose resource template matches it. */
  resourceServer(uri: string): string | undefined;
  /** The server that listed this resource template. */
  templateServer(uriTemplate: string): string | undefined;
};

/**
 * Names every upstream's tools and prompts for downstream use and indexes resources by URI.
 *
 * @example
 * const catalog = buildCatalog({ sources: upstreams, prefix: 'on-conflict', separator: '__' });
 * catalog.resolveTool('github__search')?.found?.server; // 'github'
 */
export function buildCatalog({
  sources,
  prefix,
  separator,
}: {
  sources: readonly CatalogSource[];
  prefix: PrefixMode;
  separator: string;
}): Catalog {
  const toolNames = exposedNames(
    sources.flatMap((source) =>
      source.tools.map((tool) => ({ server: source.name, name: tool.name })),
    ),
    prefix,
    separator,
  );
  const tools: CatalogTool[] = [];
  let index = 0;
  for (const source of sources) {
    for (const tool of source.tools) {
      const exposedName = toolNames[index++];
      if (exposedName !== undefined) tools.push({ exposedName, server: source.name, tool });
    }
  }
  const promptNames = exposedNames(
    sources.flatMap((source) =>
      source.prompts.map((prompt) => ({ server: source.name, name: prompt.name })),
    ),
    prefix,
    separator,
  );
  const prompts: CatalogPrompt[] = [];
  index = 0;
  for (const source of sources) {
    for (const prompt of source.prompts) {
      const exposedName = promptNames[index++];
      if (exposedName !== undefined) prompts.push({ exposedName, server: source.name, prompt });
    }
  }

  const resourceServers = new Map<string, string>();
  const templates: { server: string; uriTemplate: string; matcher: UriTemplate | undefined }[] = [];
  for (const source of sources) {
    for (const resource of source.resources)
      if (!resourceServers.has(resource.uri)) resourceServers.set(resource.uri, source.name);
    for (const template of source.templates) {
      templates.push({
        server: source.name,
        uriTemplate: template.uriTemplate,
        matcher: compileTemplate(template.uriTemplate),
      });
    }
  }
  const servers = new Set(sources.map((source) => source.name));

  return {
    tools,
    prompts,
    resolveTool: (name) => resolve(tools, name, servers, separator, (item) => item.tool.name),
    resolvePrompt: (name) => resolve(prompts, name, servers, separator, (item) => item.prompt.name),
    resourceServer(uri) {
      const listed = resourceServers.get(uri);
      if (listed !== undefined) return listed;
      for (const template of templates) {
        if (template.matcher?.match(uri) != null) return template.server;
      }
      return undefined;
    },
    templateServer: (uriTemplate) =>
      templates.find((template) => template.uriTemplate === uriTemplate)?.server,
  };
}

// --- internal ---

/** Exposed names in input order; `undefined` for an item that loses a name it cannot share. */
function exposedNames(
  items: readonly { server: string; name: string }[],
  prefix: PrefixMode,
  separator: string,
): (string | undefined)[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  const servers = new Set(items.map((item) => item.server));
  const taken = new Set<string>();
  return items.map((item) => {
    const shared = (counts.get(item.name) ?? 0) > 1;
    // A bare name shaped like `<server><separator>…` would pass for that server's tool (shadowing): it
    // always gets its own server's prefix, in every mode.
    const impersonates = [...servers].some((server) =>
      item.name.startsWith(`${server}${separator}`),
    );
    const name =
      prefix === 'always' || (prefix === 'on-conflict' && shared) || impersonates
        ? `${item.server}${separator}${item.name}`
        : item.name;
    // Never two tools under one name (`never` mode, or a bare name equal to another's prefixed one).
    if (taken.has(name)) return undefined;
    taken.add(name);
    return name;
  });
}

function resolve<T extends { exposedName: string; server: string }>(
  items: readonly T[],
  name: string,
  servers: ReadonlySet<string>,
  separator: string,
  upstreamName: (item: T) => string,
): Resolution<T> {
  const exact = items.find((item) => item.exposedName === name);
  if (exact !== undefined) return { found: exact };
  // `server__tool` even when the tool is exposed bare (an alias cannot dodge a policy on either name).
  for (let at = name.indexOf(separator); at > 0; at = name.indexOf(separator, at + 1)) {
    const server = name.slice(0, at);
    if (!servers.has(server)) continue;
    const rest = name.slice(at + separator.length);
    const aliased = items.find((item) => item.server === server && upstreamName(item) === rest);
    if (aliased !== undefined) return { found: aliased };
  }
  const bare = items.filter((item) => upstreamName(item) === name);
  if (bare.length === 1) return { found: bare[0] as T };
  return bare.length === 0 ? {} : { ambiguous: bare.map((item) => item.exposedName) };
}

function compileTemplate(uriTemplate: string): UriTemplate | undefined {
  try {
    return new UriTemplate(uriTemplate);
  } catch {
    // A malformed template from an upstream matches nothing.
    return undefined;
  }
}

import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type {
  Prompt,
  Resource,
  ResourceTemplate,
  ServerCapabilities,
  Tool,
} from '@modelcontextprotocol/sdk/types.js';

/** A list an upstream may announce as changed. */
export type ListKind = 'tools' | 'prompts' | 'resources';

/** What an upstream lists, by kind (resources come with their templates). */
export type UpstreamLists = {
  tools: Tool[];
  prompts: Prompt[];
  resources: Resource[];
  templates: ResourceTemplate[];
};

/** Pages an upstream list may have; a server that pages beyond this is cut off (bounded work). */
const MAX_PAGES = 100;

/**
 * Follows `nextCursor` until the last page, so every item of an upstream list is seen. Stops when a
 * server repeats a cursor or exceeds {@link MAX_PAGES} pages, so a hostile server cannot loop the proxy.
 */
export async function listAll<T, R extends { nextCursor?: string | undefined }>(
  fetchPage: (cursor: string | undefined) => Promise<R>,
  itemsOf: (page: R) => readonly T[],
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...itemsOf(result));
    cursor = result.nextCursor;
    if (cursor === undefined || seen.has(cursor)) break;
    seen.add(cursor);
  }
  return items;
}

/** Fetches one kind of list, every page, or an empty list when the server lacks the capability. */
export async function fetchLists(
  client: Client,
  capabilities: ServerCapabilities,
  kind: ListKind,
  timeoutMs: number,
): Promise<Partial<UpstreamLists>> {
  const options = { timeout: timeoutMs };
  const at = (cursor: string | undefined) => (cursor === undefined ? {} : { cursor });
  if (kind === 'tools') {
    if (capabilities.tools === undefined) return { tools: [] };
    return {
      tools: await listAll(
        (cursor) => client.listTools(at(cursor), options),
        (page) => page.tools,
      ),
    };
  }
  if (kind === 'prompts') {
    if (capabilities.prompts === undefined) return { prompts: [] };
    return {
      prompts: await listAll(
        (cursor) => client.listPrompts(at(cursor), options),
        (page) => page.prompts,
      ),
    };
  }
  if (capabilities.resources === undefined) return { resources: [], templates: [] };
  const [resources, templates] = await Promise.all([
    listAll(
      (cursor) => client.listResources(at(cursor), options),
      (page) => page.resources,
    ),
    listAll(
      (cursor) => client.listResourceTemplates(at(cursor), options),
      (page) => page.resourceTemplates,
    ),
  ]);
  return { resources, templates };
}

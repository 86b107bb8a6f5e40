import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  CompleteRequestSchema,
  type CompleteResult,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  type Progress,
  ReadResourceRequestSchema,
  type Resource,
  type ResourceTemplate,
  type ServerNotification,
  type ServerRequest,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { GuardContext, Verdict } from '@portcullis/core';
import type { CatalogTool } from './catalog.ts';
import { McpProxyError } from './mcp-proxy-error.ts';
import type { DownstreamSession, ProxyRuntime } from './proxy-runtime.ts';
import { RESOURCE_NOT_FOUND, resourceUpstream } from './resource-routing.ts';
import { rpcError, safeName } from './rpc-error.ts';
import {
  isBlocking,
  noticeOf,
  screenPromptResult,
  screenResourceResult,
  screenToolResult,
} from './screen-result.ts';
import { handleSubscriptions } from './session-subscriptions.ts';
import type { Upstream } from './upstream.ts';

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** The answer to a completion no server can give. */
const NO_COMPLETION: CompleteResult = { completion: { values: [], total: 0, hasMore: false } };

/**
 * One low-level MCP `Server` for one downstream session (a `Server` serves one transport), answering from
 * the shared upstreams through the guard.
 */
export function createSessionServer(
  runtime: ProxyRuntime,
  session: { sessionId: string; ip?: string },
): Server {
  const server = new Server(
    { name: runtime.serverInfo.name, version: runtime.serverInfo.version },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { listChanged: true, subscribe: true },
        prompts: { listChanged: true },
        completions: {},
        // The upstreams' log messages, relayed (log-relay.ts); `logging/setLevel` filters them.
        logging: {},
      },
    },
  );
  const { guard } = runtime;
  /** The latest description verdict per tool definition (by object: a refreshed list re-inspects). */
  const described = new Map<string, { tool: Tool; verdict: Verdict }>();

  const contextOf = (extra: Extra): GuardContext => {
    const clientInfo = server.getClientVersion();
    const downstream: DownstreamSession = {
      sessionId: extra.sessionId ?? session.sessionId,
      ...(clientInfo === undefined ? {} : { clientInfo }),
      ...(session.ip === undefined ? {} : { ip: session.ip }),
    };
    return runtime.sessionContext(downstream);
  };
  const toolContext = (base: GuardContext, entry: CatalogTool): GuardContext => ({
    ...base,
    server: runtime.serverContext(entry.server),
    exposedName: entry.exposedName,
  });
  const describe = async (
    entry: CatalogTool,
    context: GuardContext,
    { fresh = false } = {},
  ): Promise<Verdict> => {
    const key = `${entry.server}\u0000${entry.tool.name}`;
    const known = described.get(key);
    // Listing always asks the guard again (trust, policies and pins may have changed). For calls, a
    // definition allowed at the last listing stays allowed (the call itself is checked next); a blocked
    // one is looked at again, since an approval may have come since.
    if (!fresh && known?.tool === entry.tool && !isBlocking(known.verdict)) return known.verdict;
    const verdict = await runtime.inspectDescription(entry, context);
    described.set(key, { tool: entry.tool, verdict });
    return verdict;
  };
  const ready = (name: string) => runtime.upstream(name)?.state === 'ready';

  server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
    await runtime.startup();
    await runtime.refreshTools();
    const base = contextOf(extra);
    const entries = runtime.catalog().tools.filter((entry) => ready(entry.server));
    const verdicts = new Map<CatalogTool, Verdict>();
    await Promise.all(
      entries.map(async (entry) => {
        verdicts.set(entry, await describe(entry, toolContext(base, entry), { fresh: true }));
      }),
    );
    return {
      tools: entries
        .filter((entry) => {
          const verdict = verdicts.get(entry);
          return verdict !== undefined && !isBlocking(verdict);
        })
        .map((entry) => ({ ...entry.tool, name: entry.exposedName })),
    };
  });

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    await runtime.startup();
    const { name, arguments: args } = request.params;
    const resolution = runtime.catalog().resolveTool(name);
    const entry = resolution.found;
    if (entry === undefined) {
      throw rpcError(
        ErrorCode.InvalidParams,
        resolution.ambiguous === undefined
          ? `[portcullis] Unknown tool "${safeName(name)}".`
          : `[portcullis] Tool name "${safeName(name)}" is ambiguous; call one of: ${resolution.ambiguous.join(', ')}.`,
      );
    }
    const upstream = runtime.upstream(entry.server) as Upstream;
    if (upstream.state !== 'ready') return errorResult(upstream.unavailableError().message);
    const context = toolContext(contextOf(extra), entry);
    const description = await describe(entry, context);
    if (isBlocking(description)) return errorResult(noticeOf(description));
    const call = await guard.inspect(
      { surface: 'tool_call', name: entry.tool.name, arguments: args ?? {} },
      context,
    );
    if (isBlocking(call)) {
      runtime.recordRuntime(entry.server, [call]);
      return errorResult(noticeOf(call));
    }
    let result: CallToolResult;
    try {
      result = (await upstream.request(
        `tools/call "${safeName(entry.tool.name)}"`,
        (client, options) =>
          client.callTool(
            { name: entry.tool.name, ...(args === undefined ? {} : { arguments: args }) },
            undefined,
            options,
          ),
        { signal: extra.signal, ...progressOf(request.params._meta?.progressToken, extra) },
      )) as CallToolResult;
    } catch (error) {
      if (McpProxyError.isInstance(error)) return errorResult(error.message);
      throw await screenedUpstreamError(error, context, entry.tool.name);
    }
    const screened = await screenToolResult(result, { guard, context, name: entry.tool.name });
    runtime.recordRuntime(entry.server, screened.verdicts);
    return screened.result;
  });

  server.setRequestHandler(ListResourcesRequestSchema, async () => {
    await runtime.startup();
    const seen = new Set<string>();
    const resources: Resource[] = [];
    for (const upstream of runtime.upstreams()) {
      if (upstream.state !== 'ready') continue;
      for (const resource of upstream.resources) {
        if (seen.has(resource.uri)) continue;
        seen.add(resource.uri);
        resources.push(resource);
      }
    }
    return { resources };
  });

  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => {
    await runtime.startup();
    const resourceTemplates: ResourceTemplate[] = runtime
      .upstreams()
      .filter((upstream) => upstream.state === 'ready')
      .flatMap((upstream) => upstream.templates);
    return { resourceTemplates };
  });

  server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
    await runtime.startup();
    const { uri } = request.params;
    const upstream = resourceUpstream(runtime, uri);
    if (upstream === undefined) {
      throw rpcError(RESOURCE_NOT_FOUND, `[portcullis] Unknown resource "${safeName(uri)}".`);
    }
    if (upstream.state !== 'ready')
      throw rpcError(ErrorCode.InternalError, upstream.unavailableError().message);
    const context: GuardContext = {
      ...contextOf(extra),
      server: runtime.serverContext(upstream.name),
    };
    let result: Awaited<ReturnType<typeof readResource>>;
    const readResource = () =>
      upstream.request(
        'resources/read',
        (client, options) => client.readResource({ uri }, options),
        {
          signal: extra.signal,
        },
      );
    try {
      result = await readResource();
    } catch (error) {
      if (McpProxyError.isInstance(error)) throw rpcError(ErrorCode.InternalError, error.message);
      throw await screenedUpstreamError(error, context, undefined);
    }
    const screened = await screenResourceResult(result, uri, { guard, context });
    runtime.recordRuntime(upstream.name, screened.verdicts);
    return screened.result;
  });

  server.setRequestHandler(ListPromptsRequestSchema, async () => {
    await runtime.startup();
    return {
      prompts: runtime
        .catalog()
        .prompts.filter((entry) => ready(entry.server))
        .map((entry) => ({ ...entry.prompt, name: entry.exposedName })),
    };
  });

  server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
    await runtime.startup();
    const { name, arguments: args } = request.params;
    const entry = runtime.catalog().resolvePrompt(name).found;
    if (entry === undefined) {
      throw rpcError(ErrorCode.InvalidParams, `[portcullis] Unknown prompt "${safeName(name)}".`);
    }
    const upstream = runtime.upstream(entry.server) as Upstream;
    if (upstream.state !== 'ready')
      throw rpcError(ErrorCode.InternalError, upstream.unavailableError().message);
    const context: GuardContext = {
      ...contextOf(extra),
      server: runtime.serverContext(entry.server),
    };
    let result: Awaited<ReturnType<typeof getPrompt>>;
    const getPrompt = () =>
      upstream.request(
        'prompts/get',
        (client, options) =>
          client.getPrompt(
            { name: entry.prompt.name, ...(args === undefined ? {} : { arguments: args }) },
            options,
          ),
        { signal: extra.signal },
      );
    try {
      result = await getPrompt();
    } catch (error) {
      if (McpProxyError.isInstance(error)) throw rpcError(ErrorCode.InternalError, error.message);
      throw await screenedUpstreamError(error, context, undefined);
    }
    const screened = await screenPromptResult(result, { guard, context });
    runtime.recordRuntime(entry.server, screened.verdicts);
    return screened.result;
  });

  const endSubscriptions = handleSubscriptions(server, runtime);

  server.setRequestHandler(CompleteRequestSchema, async (request, extra) => {
    await runtime.startup();
    const { ref } = request.params;
    let upstream: Upstream | undefined;
    let upstreamRef = ref;
    if (ref.type === 'ref/prompt') {
      const entry = runtime.catalog().resolvePrompt(ref.name).found;
      if (entry === undefined) {
        throw rpcError(
          ErrorCode.InvalidParams,
          `[portcullis] Unknown prompt "${safeName(ref.name)}".`,
        );
      }
      upstream = runtime.upstream(entry.server);
      upstreamRef = { ...ref, name: entry.prompt.name };
    } else {
      upstream =
        runtime
          .upstreams()
          .find((candidate) =>
            candidate.templates.some((template) => template.uriTemplate === ref.uri),
          ) ?? resourceUpstream(runtime, ref.uri);
    }
    // A server that does not complete has nothing to offer: no suggestions, not an error.
    if (upstream === undefined || upstream.capabilities.completions === undefined)
      return NO_COMPLETION;
    if (upstream.state !== 'ready')
      throw rpcError(ErrorCode.InternalError, upstream.unavailableError().message);
    const context: GuardContext = {
      ...contextOf(extra),
      server: runtime.serverContext(upstream.name),
    };
    let result: CompleteResult;
    try {
      result = (await upstream.request(
        'completion/complete',
        (client, options) => client.complete({ ...request.params, ref: upstreamRef }, options),
        { signal: extra.signal },
      )) as CompleteResult;
    } catch (error) {
      if (McpProxyError.isInstance(error)) throw rpcError(ErrorCode.InternalError, error.message);
      throw await screenedUpstreamError(error, context, undefined);
    }
    const { values } = result.completion;
    if (values.length === 0) return result;
    // Suggestions are text from the server that the client may put in front of a model: screened as such.
    const verdict = await guard.inspect(
      { surface: 'tool_output', output: values.join('\n') },
      context,
    );
    runtime.recordRuntime(upstream.name, [verdict]);
    return isBlocking(verdict) ? NO_COMPLETION : result;
  });

  const unsubscribe = runtime.subscribe((kind) => {
    // Only a connected, initialised session can be told; a failed send is the session's problem alone.
    if (server.transport === undefined || server.getClientCapabilities() === undefined) return;
    const sent =
      kind === 'tools'
        ? server.sendToolListChanged()
        : kind === 'prompts'
          ? server.sendPromptListChanged()
          : server.sendResourceListChanged();
    sent.catch(() => {});
  });
  const previousOnClose = server.onclose;
  server.onclose = () => {
    unsubscribe();
    endSubscriptions();
    previousOnClose?.();
  };

  /** An error the upstream answered: passed on with its code, its text screened like any output. */
  async function screenedUpstreamError(
    error: unknown,
    context: GuardContext,
    toolName: string | undefined,
  ): Promise<unknown> {
    if (!(error instanceof McpError)) return error;
    const text = error.message.replace(/^MCP error -?\d+: /, '');
    const verdict = await guard.inspect(
      {
        surface: 'tool_output',
        ...(toolName === undefined ? {} : { name: toolName }),
        output: text,
      },
      context,
    );
    return rpcError(error.code, isBlocking(verdict) ? noticeOf(verdict) : text);
  }

  return server;
}

// --- internal ---

function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/** Relays upstream progress to the downstream client under the token the client chose. */
function progressOf(
  token: string | number | undefined,
  extra: Extra,
): { onprogress?: (progress: Progress) => void } {
  if (token === undefined) return {};
  return {
    onprogress: (progress) => {
      extra
        .sendNotification({
          method: 'notifications/progress',
          params: {
            progressToken: token,
            progress: progress.progress,
            ...(progress.total === undefined ? {} : { total: progress.total }),
            ...(progress.message === undefined ? {} : { message: progress.message }),
          },
        })
        .catch(() => {});
    },
  };
}

/** The upstream that serves a resource URI: the one that listed it or whose template matches it. */

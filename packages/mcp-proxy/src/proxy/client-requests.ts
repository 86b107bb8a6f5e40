import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  type ClientCapabilities,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ErrorCode,
  ListRootsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import type { GuardContext, Verdict } from '@portcullis/core';
import { isBlocking, noticeOf } from './screen-result.ts';

/**
 * What the proxy tells upstream servers it can ask its clients for. Roots only to the servers whose config
 * says `roots: true`: the client's folders are not for every server behind the proxy to learn (and
 * server-everything, offered roots, no longer exits promptly when its stdin closes).
 */
export const RELAYED_CLIENT_CAPABILITIES: ClientCapabilities = {
  sampling: {},
  elicitation: {},
};

/** The capabilities offered to one server: roots too when it may ask for them. */
export function relayedCapabilitiesFor({ roots }: { roots?: boolean }): ClientCapabilities {
  return roots === true
    ? { ...RELAYED_CLIENT_CAPABILITIES, roots: { listChanged: true } }
    : RELAYED_CLIENT_CAPABILITIES;
}

/** A capability a server request needs from the client. */
export type ClientCapability = 'sampling' | 'elicitation' | 'roots';

/** What relaying a server's requests to a client needs. */
export type ClientRequestRelay = {
  /** The session to ask: the one connected session whose client has the capability, else why not. */
  readonly sessionFor: (
    capability: ClientCapability,
    server: string,
  ) => { server: Server; context: GuardContext } | string;
  /** Inspects what a server's request would show a model or a person; the verdict is audited. */
  readonly inspect: (text: string, server: string, context: GuardContext) => Promise<Verdict>;
};

/**
 * Answers an upstream server's requests of the client — `sampling/createMessage`, `elicitation/create` and,
 * when `roots` is set, `roots/list` — by asking the downstream client. Upstreams are shared, so a request can go only
 * where there is no doubt who should answer: the one connected session whose client has the capability
 * (a stdio proxy has exactly one). Otherwise the server gets an error that says why.
 *
 * What a server asks a client's model to read (sampling messages and system prompt) or a person to answer
 * (the elicitation message) is text the server wrote: it is inspected like a tool output first. A blocked
 * sampling request is refused with an error; a blocked elicitation is declined. Roots are the client's own
 * answer (folder URIs it chose), passed back as they are.
 */
export function relayClientRequests(
  client: Client,
  server: string,
  relay: ClientRequestRelay,
  { roots = false }: { roots?: boolean } = {},
): void {
  const target = (capability: ClientCapability) => {
    const session = relay.sessionFor(capability, server);
    if (typeof session === 'string')
      throw new McpError(ErrorCode.InvalidRequest, `[portcullis] ${session}`);
    return session;
  };

  client.setRequestHandler(CreateMessageRequestSchema, async (request, extra) => {
    const session = target('sampling');
    const { messages, systemPrompt } = request.params;
    const text = [systemPrompt ?? '', ...messages.flatMap((message) => textsOf(message.content))]
      .filter((part) => part !== '')
      .join('\n\n');
    if (text !== '') {
      const verdict = await relay.inspect(text, server, session.context);
      if (isBlocking(verdict)) throw new McpError(ErrorCode.InvalidRequest, noticeOf(verdict));
    }
    return session.server.createMessage(request.params, { signal: extra.signal });
  });

  client.setRequestHandler(ElicitRequestSchema, async (request, extra) => {
    const session = target('elicitation');
    const verdict = await relay.inspect(request.params.message, server, session.context);
    if (isBlocking(verdict)) return { action: 'decline' };
    return session.server.elicitInput(request.params, { signal: extra.signal });
  });

  if (roots) {
    client.setRequestHandler(ListRootsRequestSchema, async (request, extra) =>
      target('roots').server.listRoots(request.params, { signal: extra.signal }),
    );
  }
}

// --- internal ---

/** The text parts of a sampling message's content (one block or a list of them). */
function textsOf(content: unknown): string[] {
  const blocks = Array.isArray(content) ? content : [content];
  return blocks.flatMap((block) =>
    typeof block === 'object' &&
    block !== null &&
    (block as { type?: unknown }).type === 'text' &&
    typeof (block as { text?: unknown }).text === 'string'
      ? [(block as { text: string }).text]
      : [],
  );
}

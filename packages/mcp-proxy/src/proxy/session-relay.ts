import type { GuardContext, Verdict } from '@portcullis/core';
import type { ClientRequestRelay } from './client-requests.ts';
import type { ProxySession } from './create-proxy.ts';
import type { ProxyRuntime } from './proxy-runtime.ts';

/**
 * Where a server's sampling, elicitation or roots request goes: the one connected session whose client supports
 * it, asked in that session's guard context; and how what the server wrote is inspected first.
 */
export function sessionRelay(
  sessions: ReadonlySet<ProxySession>,
  runtime: ProxyRuntime,
): ClientRequestRelay {
  return {
    sessionFor(capability, server) {
      const able = [...sessions].filter(
        (session) => session.server.getClientCapabilities()?.[capability] !== undefined,
      );
      if (able.length !== 1) {
        return able.length === 0
          ? `No connected client supports ${capability}.`
          : `${able.length} connected clients support ${capability}; a server's ${capability} request is relayed only when one is (for example over stdio).`;
      }
      const [session] = able as [ProxySession];
      return { server: session.server, context: relayContext(session, runtime, server) };
    },
    inspect: (text, server, context) => inspectServerText(runtime, text, server, context),
  };
}

/** The guard context of something `server` sends to `session`: the session's, with the server's. */
export function relayContext(
  session: ProxySession,
  runtime: ProxyRuntime,
  server: string,
): GuardContext {
  const clientInfo = session.server.getClientVersion();
  return {
    ...runtime.sessionContext({
      sessionId: session.sessionId,
      ...(clientInfo === undefined ? {} : { clientInfo }),
    }),
    server: runtime.serverContext(server),
  };
}

/** Inspects text a server wants a client (or its model) to see, as a tool output; counted in its trust. */
export async function inspectServerText(
  runtime: ProxyRuntime,
  text: string,
  server: string,
  context: GuardContext,
): Promise<Verdict> {
  const verdict = await runtime.guard.inspect({ surface: 'tool_output', output: text }, context);
  runtime.recordRuntime(server, [verdict]);
  return verdict;
}

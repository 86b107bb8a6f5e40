import type { ClientRequestRelay } from './client-requests.ts';
import type { ProxySession } from './create-proxy.ts';
import type { ProxyRuntime } from './proxy-runtime.ts';

/**
 * Where a server's sampling or elicitation request goes: the one connected session whose client supports
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
      const clientInfo = session.server.getClientVersion();
      return {
        server: session.server,
        context: {
          ...runtime.sessionContext({
            sessionId: session.sessionId,
            ...(clientInfo === undefined ? {} : { clientInfo }),
          }),
          server: runtime.serverContext(server),
        },
      };
    },
    async inspect(text, server, context) {
      const verdict = await runtime.guard.inspect(
        { surface: 'tool_output', output: text },
        context,
      );
      runtime.recordRuntime(server, [verdict]);
      return verdict;
    },
  };
}

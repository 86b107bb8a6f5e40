import type { LoggingMessageNotification } from '@modelcontextprotocol/sdk/types.js';
import type { ProxySession } from './create-proxy.ts';
import type { ProxyRuntime } from './proxy-runtime.ts';
import { isBlocking, noticeOf } from './screen-result.ts';
import { inspectServerText, relayContext } from './session-relay.ts';

/** What an upstream server logged (`notifications/message`). */
export type LogMessage = LoggingMessageNotification['params'];

/**
 * Passes an upstream server's log messages on to the client, under a logger named after the server
 * (`everything`, or `everything/<its logger>`); the client's `logging/setLevel` filters them as for any
 * server. Upstreams are shared, so a log may speak of another session's calls: messages go to the one
 * connected session only (as over stdio), like sampling, and are dropped when several are connected.
 * What a server logs can reach a model too (clients show logs beside the conversation), so it is
 * inspected like a tool output first and, when blocked, replaced by a notice that never quotes it.
 */
export function createLogRelay(
  sessions: ReadonlySet<ProxySession>,
  runtime: ProxyRuntime,
): (server: string, message: LogMessage) => Promise<void> {
  return async (server, message) => {
    try {
      await relay(sessions, runtime, server, message);
    } catch (error) {
      runtime.log(
        `server "${server}": a log message was not relayed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}

// --- internal ---

async function relay(
  sessions: ReadonlySet<ProxySession>,
  runtime: ProxyRuntime,
  server: string,
  message: LogMessage,
): Promise<void> {
  const [session] = sessions;
  if (session === undefined || sessions.size !== 1) return;
  const text =
    typeof message.data === 'string' ? message.data : (JSON.stringify(message.data) ?? '');
  const verdict = await inspectServerText(
    runtime,
    text,
    server,
    relayContext(session, runtime, server),
  );
  const logger = message.logger === undefined ? server : `${server}/${message.logger}`;
  await session.server
    .sendLoggingMessage({
      level: message.level,
      logger,
      data: isBlocking(verdict) ? noticeOf(verdict) : message.data,
    })
    // A session that closed meanwhile has no one to tell.
    .catch(() => {});
}

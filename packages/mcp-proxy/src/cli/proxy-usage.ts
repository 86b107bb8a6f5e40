/** The text of `portcullis proxy --help` (also covers `pins` and `trust`). */
export const PROXY_USAGE = `Usage:
  portcullis proxy --config portcullis.json [--http HOST:PORT]
  portcullis proxy [options] -- <command> [args...]
  portcullis pins list|approve|reject [SERVER TOOL] [--config PATH | --server NAME] [--state PATH]
  portcullis trust [--config PATH | -- <command> [args...]] [--json] [--fail-below N]

proxy: one MCP server in front of the config's mcpServers (stdio commands and Streamable HTTP URLs).
Every tool definition is scanned and pinned, every call checked, every result scanned. Serves stdio
(default) or Streamable HTTP at http://HOST:PORT/mcp. Only protocol messages go to stdout; logs go to
stderr.

Proxy options:
  --config PATH          Portcullis config (JSON or YAML) with mcpServers and policies
  --http HOST:PORT       Serve Streamable HTTP instead of stdio (e.g. 127.0.0.1:8808)
  --name NAME            Server name for "-- <command>" (default: derived from the command)
  --prefix MODE          on-conflict (default) | always | never: server name before tool names
  --separator SEP        Between server and tool name (default "__")
  --state PATH|memory    Where pins and policies persist (SQLite file). Default: the config's
                         storage, else $PORTCULLIS_STATE, else ~/.portcullis/state.db
  --shared-sessions      Keep session state (risk, transcripts, rate counters) in the state file
                         too, shared with other processes (slower); default: in memory
  --connect-timeout MS   Start and initialize an upstream (default 30000)
  --call-timeout MS      One call, read or prompt (default 60000)
  --quiet                No log lines on stderr

pins: tool definitions are pinned on first sight; a changed one is held back until approved.
  list                   Every pin of the servers (--config or --server NAME, repeatable)
  approve SERVER TOOL    Accept the pending definition
  reject SERVER TOOL     Keep the pinned definition and drop the pending one
  --json                 Machine-readable output

trust: connects to every server, scans its tool definitions and prints its 0-100 trust score signal
by signal. --fail-below N exits with status 2 when a server scores below N.

Exit status: 0 success, 2 (trust) a server below --fail-below, 1 usage or runtime error.
`;

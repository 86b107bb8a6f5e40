/** The text of `portcullis --help`. */
export const USAGE = `Usage: portcullis <command> [options]

Commands:
  scan [TEXT]            Scan TEXT, or --file PATH, or standard input
  train                  Train a model bundle on your own labelled JSONL
  audit verify FILE      Check an audit file's hash chain (see \`portcullis audit --help\`)
  audit export FILE      Print an audit file as --format ndjson | cloudevents | siem
  report --session ID    Write the HTML report of a session (see \`portcullis report --help\`)
  serve                  Run the HTTP service: scan and admin API (see \`portcullis serve --help\`)
  proxy                  Security proxy in front of MCP servers (see \`portcullis proxy --help\`)
  pins list|approve|reject  Pinned MCP tool definitions and changes awaiting approval
  trust                  Trust score of each MCP server, signal by signal

Scan options:
  --surface SURFACE      prompt (default) | tool_output | tool_description | tool_call | model_output
  --profile PROFILE      consumer-chat | copilot (default) | autonomous-agent | internal-tools
  --file PATH            Read the input from PATH
  --json                 Print the whole result as JSON
  --jsonl                Batch mode: read {"id","text","surface"} per line from stdin (or --file),
                         write {"id","decision","riskScore","findings"} per line, in order
  --fail-on DECISION     block (default) | review: the decision that makes the exit status 2
  --model PATH           Use a model bundle written by \`portcullis train\` instead of the built-in one
  --no-model             Rules only

Train options:
  --data PATH            JSONL with {"text","label":0|1,"surface"} per line (repeatable)
  --out PATH             Where to write the model bundle (JSON)
  --seed N               Seed (same data and seed: identical bundle)

Exit status:
  0  allowed (or sent for review, unless --fail-on review)
  2  blocked (in --jsonl mode: at least one line was blocked)
  1  usage or runtime error
`;

// Run by file-audit-sink.sigkill.test.ts as a real child process (Node strips the types):
// appends audit entries forever, a few in flight at once, and prints each seq once `append` resolved.
import { createFileAuditSink } from '../file-audit-sink.ts';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: sigkill-writer.ts FILE');
const sink = createFileAuditSink({ path });
const IN_FLIGHT = 8;
let next = 1;

async function writer(): Promise<never> {
  for (;;) {
    const seq = next++;
    const appended = sink.append({
      type: 'verdict',
      timestamp: Date.now(),
      sessionId: `session-${seq % 5}`,
      data: { seq, decision: 'allow', note: `token AKIAZ7QXW3RTY2PLM4NB ${'x'.repeat(seq % 300)}` },
    });
    await appended;
    // Appends resolve in the order they were made, so this is the record's seq in a fresh file.
    process.stdout.write(`${seq}\n`);
  }
}

for (let index = 0; index < IN_FLIGHT; index++) void writer();

// Test support: one process of shared-guard.test.ts. Builds a guard on the storage given in argv[2] with a
// rate limit, prints `ready`, waits for a line on stdin (so both processes start together), makes `calls`
// tool calls and prints how many the guard let through, as JSON.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { StorageConfig } from '../../config/config-types.ts';
import { createGuard } from '../create-guard.ts';

const { storage, limit, windowMs, calls, agentId } = JSON.parse(process.argv[2] ?? '') as {
  storage: StorageConfig;
  limit: number;
  windowMs: number;
  calls: number;
  agentId: string;
};
const guard = createGuard(
  {
    mode: 'strict',
    storage,
    policies: [
      {
        id: 'rate',
        name: 'Shared limit',
        type: 'rate_limit',
        conditions: { max: limit, windowMs, per: ['agent'] },
      },
      { id: 'loop', name: 'No loop check', type: 'loop', enabled: false },
    ],
  },
  { model: false },
);
await guard.status();
const lines = createInterface({ input: process.stdin });
const go = once(lines, 'line');
process.stdout.write('ready\n');
await go;
lines.close();
let allowed = 0;
for (let index = 0; index < calls; index += 1) {
  const verdict = await guard.inspect(
    { surface: 'tool_call', name: 'search', arguments: { q: `query ${index}` } },
    { agentId, sessionId: `${process.pid}` },
  );
  if (verdict.decision !== 'block') allowed += 1;
}
const status = await guard.status();
await guard.close();
process.stdout.write(`${JSON.stringify({ allowed, killSwitch: status.killSwitch })}\n`);

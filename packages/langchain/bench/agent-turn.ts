// node packages/langchain/bench/agent-turn.ts — what Portcullis adds to one LangChain agent turn.
//
// A turn is what a user waits for: their message → the model asks for a tool → the tool answers → the
// model answers. The model is `fakeModel()` (no network), so the turn is LangChain's own work: the agent
// graph, its nodes and middleware, message handling. Four agents run it, interleaved round by round in the
// same process: without Portcullis; with a no-op middleware that has the same hooks as ours (what LangChain
// itself charges for `wrapModelCall` and `wrapToolCall`); with `portcullisMiddleware`; and with
// `portcullisCallbacks`. Every turn
// has its own texts (the guard caches scans of identical text, and real turns differ), so each guarded turn
// scans five fresh events: the prompt, two answers, the tool call and the tool output. The guard is strict,
// keeps its state in memory and writes its audit trail to an in-memory sink.
//
// Prints numbers only; it never fails on time. The machines are shared and noisy: speed drifts by tens of
// percent over seconds, so the variants take turns in short blocks (rotating which goes first) and each is
// reported by its mean over all its blocks; drift then hits all of them alike. The median, over block
// cycles, of each variant's time relative to the baseline's in the same cycle is printed beside it.
// Target: ≤ 5 % added.
// Options: --turns 1500 (per agent)   --block 10 (turns per block)
import { parseArgs } from 'node:util';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { type AuditEntry, createGuard, type Guard } from '@portcullis/core';
import { createAgent, createMiddleware, tool } from 'langchain';
import { portcullisCallbacks, portcullisMiddleware } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '1500' },
    block: { type: 'string', default: '10' },
  },
});
const turns = Number(values.turns);
const block = Number(values.block);
const cycles = Math.ceil(turns / block);
const WARMUP_TURNS = 100;

const CITIES = [
  'Paris',
  'Lyon',
  'Nice',
  'Lille',
  'Nantes',
  'Brest',
  'Dijon',
  'Metz',
  'Caen',
  'Tours',
];
let serial = 0;
/** A fresh, honest turn: the texts differ from every other turn. */
function nextTurn() {
  serial += 1;
  const city = `${CITIES[serial % CITIES.length]}`;
  return {
    prompt: `What will the weather be like in ${city} on day ${serial} of the trip? I want to plan a walk.`,
    forecast: `${city}, day ${serial}: ${10 + (serial % 15)}°C, light rain after ${12 + (serial % 6)}:00, wind ${5 + (serial % 20)} km/h from the west.`,
    answer: `In ${city} on day ${serial} expect light rain in the afternoon; a morning walk is best (ref ${serial}).`,
  };
}

type Variant = 'baseline' | 'no-op hooks' | 'middleware' | 'callbacks';

const NO_OP_HOOKS = createMiddleware({
  name: 'no-op',
  wrapModelCall: async (request, handler) => handler(request),
  wrapToolCall: async (request, handler) => handler(request),
});

/** One agent whose fake model has `count` turns queued, and a function that runs the next turn. */
function agentFor(variant: Variant, count: number) {
  const audit: AuditEntry[] = [];
  const inspected = { ms: 0, events: 0 };
  const realGuard = createGuard(
    { mode: 'strict' },
    {
      audit: {
        append: async (entry) => {
          audit.push(entry);
        },
      },
    },
  );
  // The same guard, timing its own work: what Portcullis costs, whatever LangChain does around it.
  const guard: Guard = {
    ...realGuard,
    async inspect(event, context) {
      const start = performance.now();
      const verdict = await realGuard.inspect(event, context);
      inspected.ms += performance.now() - start;
      inspected.events += 1;
      return verdict;
    },
  };
  const scripted = Array.from({ length: count }, nextTurn);
  let forecast = '';
  let model = fakeModel();
  for (const turn of scripted) {
    model = model
      .respondWithTools([{ name: 'get_weather', args: { city: turn.forecast.split(',')[0] } }])
      .respond(new AIMessage(turn.answer));
  }
  const getWeather = tool(async () => forecast, {
    name: 'get_weather',
    description: 'Returns the weather forecast for a city.',
    schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  });
  const agent = createAgent({
    model,
    tools: [getWeather],
    middleware:
      variant === 'middleware'
        ? [portcullisMiddleware(guard)]
        : variant === 'no-op hooks'
          ? [NO_OP_HOOKS]
          : [],
  });
  const callbacks = variant === 'callbacks' ? [portcullisCallbacks(guard)] : [];
  let next = 0;
  return {
    audit,
    inspected,
    async turn() {
      const turn = scripted[next];
      next += 1;
      if (turn === undefined) throw new Error('no turn left');
      forecast = turn.forecast;
      const result = await agent.invoke(
        { messages: [new HumanMessage(turn.prompt)] },
        { callbacks },
      );
      if (result.messages.at(-1)?.text !== turn.answer) throw new Error(`${variant}: wrong answer`);
    },
  };
}

async function timeTurns(run: () => Promise<void>, count: number): Promise<number> {
  const start = performance.now();
  for (let index = 0; index < count; index += 1) await run();
  return performance.now() - start;
}

const variants: Variant[] = ['baseline', 'no-op hooks', 'middleware', 'callbacks'];
const agents = Object.fromEntries(
  variants.map((variant) => [variant, agentFor(variant, WARMUP_TURNS + cycles * block)]),
) as Record<Variant, ReturnType<typeof agentFor>>;
for (const variant of variants) await timeTurns(() => agents[variant].turn(), WARMUP_TURNS);
for (const variant of variants) {
  agents[variant].inspected.ms = 0;
  agents[variant].inspected.events = 0;
}

const total: Record<Variant, number> = {
  baseline: 0,
  'no-op hooks': 0,
  middleware: 0,
  callbacks: 0,
};
const ratios: Record<Variant, number[]> = {
  baseline: [],
  'no-op hooks': [],
  middleware: [],
  callbacks: [],
};
for (let cycle = 0; cycle < cycles; cycle += 1) {
  const times = {} as Record<Variant, number>;
  // Rotate the order so no variant always runs first (GC and JIT drift).
  for (let offset = 0; offset < variants.length; offset += 1) {
    const variant = variants[(cycle + offset) % variants.length] as Variant;
    times[variant] = await timeTurns(() => agents[variant].turn(), block);
    total[variant] += times[variant];
  }
  for (const variant of variants) ratios[variant].push(times[variant] / times.baseline);
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const measured = cycles * block;
const perTurn = (variant: Variant) => total[variant] / measured;
const baseline = perTurn('baseline');
console.log(
  `agent turn (fakeModel, 1 tool call, 2 model calls): ${measured} turns per agent, in blocks of ${block}, interleaved`,
);
for (const variant of variants) {
  const ms = perTurn(variant);
  const added =
    variant === 'baseline'
      ? ''
      : `  ${(((ms - baseline) / baseline) * 100).toFixed(1)} % added (${((ms - baseline) * 1000).toFixed(0)} µs; median of block cycles ${((median(ratios[variant]) - 1) * 100).toFixed(1)} %)`;
  console.log(`  ${variant.padEnd(11)} ${ms.toFixed(3)} ms/turn${added}`);
}
const hooks = perTurn('no-op hooks');
const middleware = perTurn('middleware');
const callbacks = perTurn('callbacks');
console.log(
  `  middleware minus no-op hooks: ${((middleware - hooks) * 1000).toFixed(0)} µs/turn, ${(((middleware - hooks) / baseline) * 100).toFixed(1)} % of a baseline turn`,
);
for (const modelMs of [100, 500]) {
  const turn = baseline + 2 * modelMs;
  console.log(
    `  with a model taking ${modelMs} ms per call: middleware adds ${(((middleware - baseline) / turn) * 100).toFixed(2)} %, callbacks ${(((callbacks - baseline) / turn) * 100).toFixed(2)} %`,
  );
}
for (const variant of ['middleware', 'callbacks'] as const) {
  const { inspected, audit } = agents[variant];
  const audited = audit.filter((entry) => entry.type === 'verdict').length;
  console.log(
    `  ${variant}: guard.inspect ${((inspected.ms / measured) * 1000).toFixed(0)} µs/turn for ${(inspected.events / measured).toFixed(1)} events (${((inspected.ms / measured / baseline) * 100).toFixed(1)} % of a baseline turn); ${audited} verdicts audited`,
  );
}

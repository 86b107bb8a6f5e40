/**
 * What Portcullis adds to a multi-step AI SDK agent run: the same `generateText` tool loop on a mock model,
 * measured in the same process without and with `portcullisMiddleware` + `guardTools`, interleaved in
 * rounds so machine noise hits both alike. Each run is a new conversation with its own content (no cache
 * can answer for it): a user question, three tool calls (a JSON API, a web page, a search), a final answer.
 * Per run the guard inspects 8 events: the prompt, 3 tool calls, 3 tool outputs and the answer.
 *
 *   node packages/ai-sdk/bench/multi-step.ts [--major 7] [--latency 0,20] [--runs 200] [--rounds 8]
 *
 * `--latency` lists simulated model latencies (ms per model call), one scenario each: 0 is the pure CPU
 * cost (the mock answers at once, so the AI SDK's own work is the whole baseline); 20 is a very fast hosted
 * model (real ones usually take hundreds of ms per call). With a latency, runs are scaled down to keep the
 * benchmark short.
 */
import { parseArgs } from 'node:util';
import { createGuard } from '@portcullis/core';
import { z } from 'zod';
import { guardTools, portcullisMiddleware } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '8' },
    latency: { type: 'string', default: '0,20' },
    major: { type: 'string', default: '7' },
  },
});
const latencies = values.latency.split(',').map(Number);
let runs = Number(values.runs);
const rounds = Number(values.rounds);
let latency = 0;
const ai = values.major === '6' ? await import('ai6') : await import('ai7');
const { MockLanguageModelV3 } =
  values.major === '6' ? await import('ai6/test') : await import('ai7/test');

const usage = {
  inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 50, text: 50, reasoning: undefined },
};
const CITIES = ['Berlin', 'Lisbon', 'Osaka', 'Quito', 'Nairobi', 'Oslo', 'Perth', 'Lima'];

/** The model's answers for run `n`: three tool calls, one per step, then a final text. */
function answers(n: number) {
  const city = CITIES[n % CITIES.length] as string;
  const call = (id: number, toolName: string, input: unknown) => ({
    content: [
      { type: 'tool-call', toolCallId: `call-${n}-${id}`, toolName, input: JSON.stringify(input) },
    ],
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  });
  return [
    call(1, 'weather', { city }),
    call(2, 'fetchPage', { url: `https://travel.example/${city.toLowerCase()}/${n}` }),
    call(3, 'search', { query: `museums in ${city} open on Monday ${n}` }),
    {
      content: [
        {
          type: 'text',
          text: `In ${city} (run ${n}) it will be mild tomorrow. The city museum and the botanical garden are open on Monday; take the tram from the central station. Enjoy your trip!`,
        },
      ],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage,
      warnings: [],
    },
  ];
}

function tools(n: number) {
  const city = CITIES[n % CITIES.length] as string;
  return {
    weather: ai.tool({
      description: 'Weather forecast for a city',
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city: name }: { city: string }) => ({
        city: name,
        forecast: [
          { day: 'tomorrow', summary: 'Partly cloudy', high: 18 + (n % 7), low: 9 + (n % 5) },
        ],
        humidity: 40 + (n % 30),
      }),
    }),
    fetchPage: ai.tool({
      description: 'Fetches a web page as text',
      inputSchema: z.object({ url: z.string() }),
      execute: async ({ url }: { url: string }) =>
        `${city} travel guide (${url}). ${city} is known for its old town, its markets and its museums. ` +
        `Opening hours: most museums open 10:00-18:00, closed on Tuesdays. Public transport: trams and buses run every ${5 + (n % 10)} minutes. ` +
        'Tickets can be bought at machines in every station or in the official app.',
    }),
    search: ai.tool({
      description: 'Searches the web',
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }: { query: string }) => ({
        query,
        results: [
          { title: `${city} City Museum`, snippet: 'Open Monday to Sunday, 10:00 to 18:00.' },
          {
            title: `${city} Botanical Garden`,
            snippet: `Free entry on the first Sunday. Visitors in ${2020 + (n % 6)}: many.`,
          },
        ],
      }),
    }),
  };
}

function mockModel(n: number) {
  const results = answers(n);
  let call = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => {
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      return results[call++] as never;
    },
  });
}

const guard = createGuard({ mode: 'strict' });
const middleware = portcullisMiddleware(guard);

// Time spent inside guard.inspect (called through, same guard object), to tell the guard's own cost from
// the adapter's.
let inspections = 0;
let inspectMs = 0;
const inspect = guard.inspect;
guard.inspect = async (event, context) => {
  const begin = performance.now();
  try {
    return await inspect(event, context);
  } finally {
    inspections += 1;
    inspectMs += performance.now() - begin;
  }
};

async function run(n: number, guarded: boolean): Promise<void> {
  const model = guarded ? ai.wrapLanguageModel({ model: mockModel(n), middleware }) : mockModel(n);
  const result = await ai.generateText({
    model,
    system: 'You are a travel assistant. Use the tools.',
    prompt: `I am visiting ${CITIES[n % CITIES.length]} next week (trip ${n}). What is the weather and which museums are open on Monday?`,
    tools: guarded ? guardTools(tools(n), guard) : tools(n),
    stopWhen: ai.stepCountIs(6),
  });
  if (result.steps.length !== 4 || !result.text.startsWith('In '))
    throw new Error('unexpected run');
}

async function batch(start: number, guarded: boolean): Promise<number> {
  const begin = performance.now();
  for (let index = 0; index < runs; index += 1) await run(start + index, guarded);
  return (performance.now() - begin) / runs;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0
    ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
    : (sorted[middle] as number);
};
const format = (ms: number) => (ms >= 10 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`);

console.log(
  `@portcullis/ai-sdk on ai@${values.major}: generateText, 4 model calls + 3 tool calls per run (mock model)`,
);
for (const scenario of latencies) {
  latency = scenario;
  runs = scenario === 0 ? Number(values.runs) : Math.max(5, Math.round(Number(values.runs) / 10));
  // Warm up both paths (JIT, module caches).
  await batch(1_000_000, false);
  await batch(2_000_000, true);
  const baseline: number[] = [];
  const withGuard: number[] = [];
  inspections = 0;
  inspectMs = 0;
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which goes first, so drift does not favour one side.
    const offset = 10_000 * (round + 1) + 1000 * scenario;
    if (round % 2 === 0) {
      baseline.push(await batch(offset, false));
      withGuard.push(await batch(offset, true));
    } else {
      withGuard.push(await batch(offset, true));
      baseline.push(await batch(offset, false));
    }
  }
  const base = median(baseline);
  const guarded = median(withGuard);
  console.log(
    `\n  model latency ${scenario} ms per call (${rounds} rounds x ${runs} runs, medians of rounds)`,
  );
  console.log(`    without Portcullis            ${format(base)} per run`);
  console.log(`    with middleware + guardTools  ${format(guarded)} per run`);
  console.log(
    `    added                         ${format(guarded - base)} per run = ${(((guarded - base) / base) * 100).toFixed(1)} % (target <= 5 %)`,
  );
  const guardedRuns = rounds * runs;
  console.log(
    `    of which in guard.inspect     ${format(inspectMs / guardedRuns)} per run (${(inspections / guardedRuns).toFixed(0)} inspections, ${format(inspectMs / inspections)} each)`,
  );
}
await guard.close();

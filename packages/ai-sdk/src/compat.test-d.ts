/**
 * Compile-time proof that the public types fit both AI SDK majors without casts (checked by
 * `pnpm typecheck`; nothing here runs).
 */
import { createGuard } from '@portcullis/core';
import * as ai6 from 'ai6';
import { MockLanguageModelV3 as MockModel6 } from 'ai6/test';
import * as ai7 from 'ai7';
import { MockLanguageModelV4, MockLanguageModelV3 as MockModel7 } from 'ai7/test';
import { z } from 'zod';
import { type GuardBlockedError, guardTools, portcullisMiddleware } from './index.ts';

const guard = createGuard();
const middleware = portcullisMiddleware(guard, { onBlockedPrompt: 'refuse' });

// ai 6: `LanguageModelMiddleware` is `LanguageModelV3Middleware` and requires `specificationVersion: 'v3'`.
export const middleware6: ai6.LanguageModelMiddleware = middleware;
export const model6: ai6.LanguageModel = ai6.wrapLanguageModel({
  model: new MockModel6(),
  middleware,
});
const tools6 = guardTools(
  {
    weather: ai6.tool({
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => ({ city, forecast: 'sunny' }),
    }),
  },
  guard,
);
export const run6 = (): Promise<unknown> =>
  ai6.generateText({ model: model6, tools: tools6, prompt: 'Weather in Berlin?' });

// ai 7: `LanguageModelMiddleware` is the V4 middleware with an optional version; V3 and V4 models.
export const middleware7: ai7.LanguageModelMiddleware = middleware;
export const model7: ai7.LanguageModel = ai7.wrapLanguageModel({
  model: new MockModel7(),
  middleware,
});
export const model7v4: ai7.LanguageModel = ai7.wrapLanguageModel({
  model: new MockLanguageModelV4(),
  middleware: [middleware],
});
const tools7 = guardTools(
  {
    weather: ai7.tool({
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => ({ city, forecast: 'sunny' }),
    }),
  },
  guard,
);
export const run7 = (): Promise<unknown> =>
  ai7.generateText({ model: model7, tools: tools7, prompt: 'Weather in Berlin?' });

// The error is an AISDKError of the provider version ai 7 uses (ai 6 recognises it at run time).
export const isAiError = (error: GuardBlockedError): ai7.AISDKError => error;

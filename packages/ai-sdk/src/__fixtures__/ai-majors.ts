/**
 * The two AI SDK majors the tests run against, behind one loosely typed face so each suite is written once
 * and run on both. (`compat.test-d.ts` checks the public types against each major's own types.)
 */
import * as ai6 from 'ai6';
import * as ai6Test from 'ai6/test';
import * as ai7 from 'ai7';
import * as ai7Test from 'ai7/test';
import type { z } from 'zod';

/** One model call as the mock recorded it. */
export type RecordedCall = { readonly prompt: readonly PromptMessage[] };
/** A prompt message as the model receives it. */
export type PromptMessage = { readonly role: string; readonly content: unknown };

/** A `MockLanguageModelV3` of either major. */
export type MockModel = {
  readonly doGenerateCalls: readonly RecordedCall[];
  readonly doStreamCalls: readonly RecordedCall[];
};

/** The parts of `generateText` / `streamText` the tests use. */
export type TextOptions = {
  readonly model: unknown;
  readonly prompt?: string;
  readonly system?: string;
  readonly messages?: readonly unknown[];
  readonly tools?: Record<string, unknown>;
  readonly stopWhen?: unknown;
  readonly providerOptions?: Record<string, Record<string, unknown>>;
  readonly onError?: (event: { error: unknown }) => void;
};

/** What the tests read of a `generateText` result. */
export type GenerateOutcome = {
  readonly text: string;
  readonly finishReason: string;
  readonly steps: readonly {
    readonly toolResults: readonly { toolName: string; output: unknown }[];
    readonly toolCalls: readonly { toolName: string }[];
  }[];
};

/** What the tests read of a `streamText` result. */
export type StreamOutcome = {
  readonly fullStream: AsyncIterable<{ type: string; [key: string]: unknown }>;
  readonly text: PromiseLike<string>;
  readonly finishReason: PromiseLike<string>;
};

/** One AI SDK major. */
export type AiMajor = {
  readonly name: 'ai@6' | 'ai@7';
  readonly generateText: (options: TextOptions) => Promise<GenerateOutcome>;
  readonly streamText: (options: TextOptions) => StreamOutcome;
  readonly wrapLanguageModel: (options: { model: unknown; middleware: unknown }) => unknown;
  readonly tool: (options: {
    description?: string;
    inputSchema: z.ZodType;
    execute: (input: never, options: { toolCallId: string }) => unknown;
  }) => unknown;
  readonly stepCountIs: (count: number) => unknown;
  readonly mockModel: (options: {
    doGenerate?: readonly unknown[];
    doStream?: readonly unknown[];
  }) => MockModel;
  readonly isAISDKError: (error: unknown) => boolean;
};

export const MAJORS: readonly AiMajor[] = [
  {
    name: 'ai@6',
    generateText: ai6.generateText as unknown as AiMajor['generateText'],
    streamText: ai6.streamText as unknown as AiMajor['streamText'],
    wrapLanguageModel: ai6.wrapLanguageModel as unknown as AiMajor['wrapLanguageModel'],
    tool: ai6.tool as unknown as AiMajor['tool'],
    stepCountIs: ai6.stepCountIs,
    mockModel: (options) =>
      new ai6Test.MockLanguageModelV3(
        options as ConstructorParameters<typeof ai6Test.MockLanguageModelV3>[0],
      ) as unknown as MockModel,
    isAISDKError: (error) => ai6.AISDKError.isInstance(error),
  },
  {
    name: 'ai@7',
    generateText: ai7.generateText as unknown as AiMajor['generateText'],
    streamText: ai7.streamText as unknown as AiMajor['streamText'],
    wrapLanguageModel: ai7.wrapLanguageModel as unknown as AiMajor['wrapLanguageModel'],
    tool: ai7.tool as unknown as AiMajor['tool'],
    stepCountIs: ai7.isStepCount,
    mockModel: (options) =>
      new ai7Test.MockLanguageModelV3(
        options as ConstructorParameters<typeof ai7Test.MockLanguageModelV3>[0],
      ) as unknown as MockModel,
    isAISDKError: (error) => ai7.AISDKError.isInstance(error),
  },
];

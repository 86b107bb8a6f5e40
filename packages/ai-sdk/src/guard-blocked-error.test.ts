import { AISDKError as ProviderAISDKError } from '@ai-sdk/provider';
import { createGuard, PortcullisBlockedError, PortcullisError } from '@portcullis/core';
import { AISDKError as AISDKError6, APICallError as APICallError6 } from 'ai6';
import { AISDKError as AISDKError7 } from 'ai7';
import { describe, expect, it } from 'vitest';
import { PROMPT_INJECTION } from './__fixtures__/attacks.ts';
import { GuardBlockedError } from './guard-blocked-error.ts';

describe('GuardBlockedError', () => {
  const blocked = async () => {
    const verdict = await createGuard().inspect({ surface: 'prompt', text: PROMPT_INJECTION });
    return new GuardBlockedError({ verdict });
  };

  it('is an AISDKError for ai 6 (provider v3) and ai 7 (provider v4) alike', async () => {
    const error = await blocked();
    expect(error).toBeInstanceOf(ProviderAISDKError);
    expect(AISDKError6.isInstance(error)).toBe(true);
    expect(AISDKError7.isInstance(error)).toBe(true);
    expect(APICallError6.isInstance(error)).toBe(false);
    expect(error.name).toBe('AI_GuardBlockedError');
  });

  it('is a blocked Portcullis error too, with the verdict and code BLOCKED', async () => {
    const error = await blocked();
    expect(PortcullisError.isInstance(error)).toBe(true);
    expect(PortcullisBlockedError.isInstance(error)).toBe(true);
    expect(error.code).toBe('BLOCKED');
    expect(error.verdict.decision).toBe('block');
    expect(error.data).toEqual({ eventId: error.verdict.eventId });
  });

  it('names the findings in its message and never quotes the blocked text', async () => {
    const error = await blocked();
    expect(error.message).toMatch(/^\[portcullis\] prompt blocked: instruction override/);
    expect(error.message).not.toContain('Ignore all previous');
  });

  it('recognises its own kind only', async () => {
    expect(GuardBlockedError.isInstance(await blocked())).toBe(true);
    expect(GuardBlockedError.isInstance(new AISDKError7({ name: 'AI_Other', message: 'x' }))).toBe(
      false,
    );
    expect(GuardBlockedError.isInstance(new Error('x'))).toBe(false);
    expect(GuardBlockedError.isInstance(undefined)).toBe(false);
  });
});

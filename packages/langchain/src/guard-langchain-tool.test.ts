import { ToolMessage } from '@langchain/core/messages';
import { DynamicStructuredTool } from '@langchain/core/tools';
import { PortcullisBlockedError } from '@portcullis/core';
import { tool } from 'langchain';
import { describe, expect, it } from 'vitest';
import { auditedGuard } from './__fixtures__/audited-guard.ts';
import { carriesAttack, HONEST_WEATHER, INJECTED_PAGE } from './__fixtures__/texts.ts';
import { testTools } from './__fixtures__/tools.ts';
import { guardLangChainTool } from './guard-langchain-tool.ts';

describe('guardLangChainTool', () => {
  it('returns honest output unchanged, as a ToolMessage when called with a tool call', async () => {
    const { guard, verdicts } = auditedGuard({ mode: 'strict' });
    const { getWeather } = testTools({ weather: HONEST_WEATHER });
    const guarded = guardLangChainTool(getWeather, guard);

    const plain = await guarded.invoke({ city: 'Paris' });
    const message = await guarded.invoke({
      name: 'get_weather',
      args: { city: 'Paris' },
      id: 'call_1',
      type: 'tool_call',
    });

    expect(plain).toBe(HONEST_WEATHER);
    expect(ToolMessage.isInstance(message)).toBe(true);
    expect(message).toMatchObject({ tool_call_id: 'call_1', content: HONEST_WEATHER });
    expect(guarded.name).toBe('get_weather');
    expect(guarded).toBeInstanceOf(DynamicStructuredTool);
    expect((await verdicts()).map((verdict) => `${verdict.surface}:${verdict.decision}`)).toEqual([
      'tool_call:allow',
      'tool_output:allow',
      'tool_call:allow',
      'tool_output:allow',
    ]);
  });

  it('replaces an injected output by a notice and leaves the original tool untouched', async () => {
    const { guard } = auditedGuard({ mode: 'strict' });
    const { fetchPage } = testTools({ page: INJECTED_PAGE });
    const guarded = guardLangChainTool(fetchPage, guard);

    const output = await guarded.invoke({ url: 'https://recipes.example' });
    const unguarded = await fetchPage.invoke({ url: 'https://recipes.example' });

    expect(typeof output).toBe('string');
    expect(carriesAttack(String(output))).toBe(false);
    expect(output).toMatch(/^\[portcullis\] This tool output was withheld \(tool "fetch_page"\)/);
    expect(unguarded).toBe(INJECTED_PAGE);
  });

  it('throws on a refused call and never runs the tool', async () => {
    const { guard } = auditedGuard({
      mode: 'strict',
      policies: [
        {
          id: 'no-delete',
          name: 'No deletes',
          type: 'tool_access',
          conditions: { deny: ['delete_*'] },
        },
      ],
    });
    const tools = testTools();
    const guarded = guardLangChainTool(tools.deleteAccount, guard);

    const error = await guarded.invoke({ userId: 'u-1' }).catch((caught: unknown) => caught);

    expect(PortcullisBlockedError.isInstance(error)).toBe(true);
    expect((error as PortcullisBlockedError).verdict).toMatchObject({
      surface: 'tool_call',
      action: 'refuse',
    });
    expect(tools.calls).toEqual([]);
  });

  it('checks the arguments LangChain validated (SSRF to cloud metadata)', async () => {
    const { guard } = auditedGuard({ mode: 'strict' });
    const tools = testTools({ page: 'ok' });
    const guarded = guardLangChainTool(tools.fetchPage, guard);

    const error = await guarded
      .invoke({ url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' })
      .catch((caught: unknown) => caught);

    expect(PortcullisBlockedError.isInstance(error)).toBe(true);
    expect(tools.calls).toEqual([]);
  });

  it('scans the content of a content-and-artifact tool and keeps its artifact', async () => {
    const { guard } = auditedGuard({ mode: 'strict' });
    const search = tool(async () => [INJECTED_PAGE, { hits: 1 }], {
      name: 'search',
      description: 'Searches the web.',
      schema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      responseFormat: 'content_and_artifact',
    });
    const guarded = guardLangChainTool(search, guard);

    const message: unknown = await guarded.invoke({
      name: 'search',
      args: { query: 'pasta' },
      id: 'call_2',
      type: 'tool_call',
    });

    expect(ToolMessage.isInstance(message)).toBe(true);
    if (!ToolMessage.isInstance(message)) return;
    expect(carriesAttack(String(message.content))).toBe(false);
    expect(message.artifact).toEqual({ hits: 1 });
  });

  it('scans what a streaming tool returns and passes its progress events through', async () => {
    const { guard } = auditedGuard({ mode: 'strict' });
    const events: unknown[] = [];
    const crawl = tool(
      async function* crawl() {
        yield { progress: 0.5 };
        return INJECTED_PAGE;
      },
      {
        name: 'crawl',
        description: 'Crawls a site.',
        schema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
      },
    );
    const guarded = guardLangChainTool(crawl, guard);

    const output = await guarded.invoke(
      { url: 'https://recipes.example' },
      { callbacks: [{ handleToolEvent: (chunk: unknown) => void events.push(chunk) }] },
    );

    expect(events).toEqual([{ progress: 0.5 }]);
    expect(carriesAttack(String(output))).toBe(false);
    expect(output).toMatch(/^\[portcullis\]/);
  });

  it('rejects something that is not a LangChain tool', () => {
    const { guard } = auditedGuard();
    expect(() =>
      guardLangChainTool({ name: 'x' } as unknown as DynamicStructuredTool, guard),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_CONFIG' }));
  });
});

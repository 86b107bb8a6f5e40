import { createGuard } from '@portcullis/core';
import { describe, expect, it } from 'vitest';
import { DOUBTFUL_REVIEW, HONEST_PAGE, POISONED_PAGE } from './__fixtures__/attacks.ts';
import { portcullisMiddleware } from './portcullis-middleware.ts';

/** Runs `transformParams` on a prompt with one tool result (or one user message) and returns the result. */
async function transformed(prompt: unknown[], guard = createGuard()) {
  const middleware = portcullisMiddleware(guard);
  const params = await middleware.transformParams({
    type: 'generate',
    params: { prompt },
    model: {},
  });
  return params.prompt as { role: string; content: { type: string; output?: unknown }[] }[];
}

const toolMessage = (output: unknown) => ({
  role: 'tool',
  content: [{ type: 'tool-result', toolCallId: 'call-1', toolName: 'fetchPage', output }],
});
const outputOf = async (output: unknown, guard = createGuard()) =>
  (
    await transformed(
      [
        { role: 'user', content: [{ type: 'text', text: 'Summarise the page' }] },
        toolMessage(output),
      ],
      guard,
    )
  )[1]?.content[0]?.output;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const WITHHELD = expect.stringContaining(
  '[portcullis] This tool output was withheld (tool "fetchPage")',
);

describe('tool-result outputs of every type', () => {
  it('text and error-text: replaced by a notice of the same kind', async () => {
    expect(await outputOf({ type: 'text', value: POISONED_PAGE })).toEqual({
      type: 'text',
      value: WITHHELD,
    });
    expect(await outputOf({ type: 'error-text', value: POISONED_PAGE })).toEqual({
      type: 'error-text',
      value: WITHHELD,
    });
  });

  it('json and error-json: the value is walked, an injection deep inside is found', async () => {
    const nested = {
      results: [
        { title: 'Pasta', snippet: 'Tasty.' },
        { title: 'Page', html: POISONED_PAGE },
      ],
    };
    expect(await outputOf({ type: 'json', value: nested })).toEqual({
      type: 'text',
      value: WITHHELD,
    });
    expect(await outputOf({ type: 'error-json', value: { error: POISONED_PAGE } })).toEqual({
      type: 'error-text',
      value: WITHHELD,
    });
  });

  it('execution-denied: an injected reason is replaced', async () => {
    expect(await outputOf({ type: 'execution-denied', reason: POISONED_PAGE })).toEqual({
      type: 'execution-denied',
      reason: WITHHELD,
    });
    expect(await outputOf({ type: 'execution-denied' })).toEqual({ type: 'execution-denied' });
  });

  it('content (V3): text parts and textual file data (base64) are read', async () => {
    expect(
      await outputOf({
        type: 'content',
        value: [
          { type: 'text', text: 'Page 1 of 2' },
          { type: 'text', text: POISONED_PAGE },
        ],
      }),
    ).toEqual({ type: 'text', value: WITHHELD });
    expect(
      await outputOf({
        type: 'content',
        value: [{ type: 'file-data', data: base64(POISONED_PAGE), mediaType: 'text/html' }],
      }),
    ).toEqual({ type: 'text', value: WITHHELD });
  });

  it('content (V4): inline text files and textual bytes are read; binary images are passed as they are', async () => {
    expect(
      await outputOf({
        type: 'content',
        value: [
          { type: 'file', mediaType: 'text/markdown', data: { type: 'text', text: POISONED_PAGE } },
        ],
      }),
    ).toEqual({ type: 'text', value: WITHHELD });
    expect(
      await outputOf({
        type: 'content',
        value: [
          {
            type: 'file',
            mediaType: 'text',
            data: { type: 'data', data: new TextEncoder().encode(POISONED_PAGE) },
          },
        ],
      }),
    ).toEqual({ type: 'text', value: WITHHELD });
    const image = {
      type: 'content',
      value: [
        {
          type: 'file',
          mediaType: 'image/png',
          data: { type: 'data', data: new Uint8Array([137, 80, 78, 71]) },
        },
      ],
    };
    expect(await outputOf(image)).toBe(image);
  });

  it('an honest output of any type is passed on as the same object', async () => {
    for (const output of [
      { type: 'text', value: HONEST_PAGE },
      { type: 'json', value: { page: HONEST_PAGE, links: ['https://berlin.example'] } },
      { type: 'content', value: [{ type: 'text', text: HONEST_PAGE }] },
    ]) {
      expect(await outputOf(output)).toBe(output);
    }
  });

  it('a doubtful output is annotated as untrusted data', async () => {
    const output = (await outputOf({ type: 'text', value: DOUBTFUL_REVIEW })) as {
      type: string;
      value: string;
    };
    expect(output.type).toBe('text');
    expect(output.value).toContain(`<untrusted-data>\n${DOUBTFUL_REVIEW}\n</untrusted-data>`);
  });

  it('redaction keeps each content part in place', async () => {
    const guard = createGuard({
      policies: [
        {
          id: 'pii',
          name: 'Personal data',
          type: 'data_protection',
          mode: 'block',
          conditions: { action: 'redact' },
        },
      ],
    });
    const output = await outputOf(
      {
        type: 'content',
        value: [
          { type: 'text', text: 'Customer: Jane Roe' },
          { type: 'text', text: 'Email: jane.roe@example.com' },
          { type: 'image-data', data: 'iVBORw0KGgo=', mediaType: 'image/png' },
        ],
      },
      guard,
    );
    expect(output).toEqual({
      type: 'content',
      value: [
        { type: 'text', text: 'Customer: Jane Roe' },
        { type: 'text', text: 'Email: [REDACTED:email]' },
        { type: 'image-data', data: 'iVBORw0KGgo=', mediaType: 'image/png' },
      ],
    });
  });
});

describe('files a user attaches', () => {
  it('are scanned as untrusted content: an injected document becomes the notice (V4 inline text, V3 base64)', async () => {
    for (const file of [
      {
        type: 'file',
        mediaType: 'text/html',
        filename: 'recipe.html',
        data: { type: 'text', text: POISONED_PAGE },
      },
      { type: 'file', mediaType: 'text/plain', data: base64(POISONED_PAGE) },
    ]) {
      const [user] = await transformed([
        { role: 'user', content: [{ type: 'text', text: 'Summarise this file' }, file] },
      ]);
      expect(user?.content[0]).toEqual({ type: 'text', text: 'Summarise this file' });
      expect(user?.content[1]).toEqual({
        type: 'text',
        text: expect.stringContaining('This tool output was withheld'),
      });
    }
  });

  it('a provider-executed tool result in an assistant message is guarded too', async () => {
    const [, assistant] = await transformed([
      { role: 'user', content: [{ type: 'text', text: 'Search the web' }] },
      {
        role: 'assistant',
        content: [
          {
            type: 'tool-call',
            toolCallId: 'ws-1',
            toolName: 'web_search',
            input: {},
            providerExecuted: true,
          },
          {
            type: 'tool-result',
            toolCallId: 'ws-1',
            toolName: 'web_search',
            output: { type: 'text', value: POISONED_PAGE },
          },
        ],
      },
    ]);
    expect(assistant?.content[1]?.output).toEqual({
      type: 'text',
      value: expect.stringContaining('withheld (tool "web_search")'),
    });
  });
});

import { describe, expect, it } from 'vitest';

describe('@portcullis/langchain', () => {
  it('exposes exactly the documented runtime API', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual([
      'PortcullisCallbackHandler',
      'guardLangChainTool',
      'portcullisCallbacks',
      'portcullisMiddleware',
    ]);
  });
});

import { describe, expect, it } from 'vitest';

describe('@portcullis/ai-sdk', () => {
  it('exposes exactly the documented runtime API', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toMatchInlineSnapshot(`
      [
        "GuardBlockedError",
        "guardTools",
        "portcullisMiddleware",
      ]
    `);
  });
});

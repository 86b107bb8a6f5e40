import { describe, expect, it } from 'vitest';

describe('@portcullis/core public API', () => {
  it('exposes exactly the documented runtime API', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toMatchSnapshot();
  });
});

import { describe, expect, it } from 'vitest';
import { connectClient, SERVERS, textOf } from '../__fixtures__/proxy-test-kit.ts';
import { createProxy } from './create-proxy.ts';

describe('createProxy default policies', () => {
  it('blocks a whole server once its trust score falls below 30, and only that server', async () => {
    const proxy = createProxy({
      config: { mcpServers: { everything: SERVERS.everything, poison: SERVERS.poisoned } },
    });
    const { client } = await connectClient(proxy);
    try {
      const listed = (await client.listTools()).tools.map((tool) => tool.name);
      expect(listed).toContain('get_weather');
      const start = proxy.trust().find((report) => report.server === 'poison')?.score ?? 0;
      expect(start).toBeGreaterThanOrEqual(30);

      // Every injected page the server returns costs it trust.
      const scoreOf = () =>
        proxy.trust().find((report) => report.server === 'poison')?.score ?? 100;
      for (let page = 1; page <= 8 && scoreOf() >= 30; page += 1) {
        const result = await client.callTool({
          name: 'fetch_page',
          arguments: { url: `https://acme.example/pricing/${page}` },
        });
        expect(result.isError).toBe(true);
      }
      expect(scoreOf()).toBeLessThan(30);

      const honest = await client.callTool({ name: 'get_weather', arguments: { city: 'Faro' } });
      expect(honest.isError).toBe(true);
      expect(textOf(honest)).toContain('policy "Server trust"');
      const names = (await client.listTools()).tools.map((tool) => tool.name);
      expect(names).not.toContain('get_weather');
      expect(names).toContain('echo');
      expect(textOf(await client.callTool({ name: 'echo', arguments: { message: 'ok' } }))).toBe(
        'Echo: ok',
      );
    } finally {
      await client.close();
      await proxy.close();
    }
  });
});

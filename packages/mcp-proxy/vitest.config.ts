import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'mcp-proxy', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});

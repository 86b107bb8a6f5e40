import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '__fixtures__', 'without-keyv-redis.ts');

describe('createRedisStores', () => {
  it('throws INVALID_CONFIG saying to install @keyv/redis when it is missing', async () => {
    // A real child process whose module resolver cannot find @keyv/redis, as after an install without it.
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT]);
    const result = JSON.parse(stdout) as { code: string; message: string };
    expect(result.code).toBe('INVALID_CONFIG');
    expect(result.message).toContain('install @keyv/redis');
  });
});

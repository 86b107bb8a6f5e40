// Test support: runs createStores({ type: 'redis' }) in a process where `@keyv/redis` cannot be resolved,
// as if the optional peer were not installed, and prints the error's code and message as JSON.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === '@keyv/redis') {
      throw Object.assign(new Error(`Cannot find package '@keyv/redis'`), {
        code: 'ERR_MODULE_NOT_FOUND',
      });
    }
    return nextResolve(specifier, context);
  },
});

const { createStores } = await import('../create-stores.ts');
try {
  await createStores({ type: 'redis', url: 'redis://127.0.0.1:6379' });
  process.stdout.write(`${JSON.stringify({ code: 'NO_ERROR' })}\n`);
} catch (error) {
  const { code, message } = error as { code?: unknown; message?: unknown };
  process.stdout.write(`${JSON.stringify({ code, message })}\n`);
}

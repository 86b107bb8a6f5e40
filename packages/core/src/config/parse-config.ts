import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ErrorCode } from '../errors/error-code.ts';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { configSchema, type PortcullisConfig } from './config-schema.ts';

/**
 * Validates a config object (any part of it: every field has a default).
 *
 * @throws {PortcullisError} `INVALID_CONFIG` whose message names each bad field path and what was expected;
 * `error.data.issues` lists them as `{ path, message }`.
 */
export function parseConfig(value: unknown): PortcullisConfig {
  const result = configSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw configError(result.error);
}

/**
 * Parses a config from JSON or YAML text (JSON is YAML, so both parse; `source` only names the file in
 * errors).
 */
export function parseConfigText(text: string, source = 'config'): PortcullisConfig {
  return parseConfig(parseConfigDocument(text, source));
}

/**
 * Parses JSON or YAML config text without validating it, for tools that add sections of their own (the
 * HTTP service's `auth` and `server`) before handing the rest to {@link parseConfig}.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` when the text is neither JSON nor YAML.
 */
export function parseConfigDocument(text: string, source = 'config'): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message: `${source} is neither valid JSON nor YAML: ${(error as Error).message}`,
      cause: error,
    });
  }
}

/** Reads and validates a JSON or YAML config file. */
export async function loadConfigFile(path: string): Promise<PortcullisConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message: `cannot read config file ${path}: ${(error as Error).message}`,
      cause: error,
    });
  }
  return parseConfigText(text, path);
}

// --- internal ---

function configError(error: z.ZodError): PortcullisError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
  const lines = issues.map(
    (issue) => `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`,
  );
  return new PortcullisError({
    code: ErrorCode.InvalidConfig,
    message: `invalid config at ${lines.join('; ')}`,
    data: { issues },
  });
}

import { readFile } from 'node:fs/promises';
import {
  ErrorCode,
  type PortcullisConfig,
  PortcullisError,
  parseConfig,
  parseConfigDocument,
  safeParseJson,
} from '@portcullis/core';
import { type ServeConfig, splitServeConfig } from './serve-config.ts';

/** A config file read for `portcullis serve`: the service's sections and the guard's config. */
export type LoadedServeConfig = {
  readonly serve: ServeConfig;
  /** Validated by `@portcullis/core` (defaults filled in). */
  readonly guardConfig: PortcullisConfig;
};

/**
 * Reads a JSON or YAML config file: `auth` and `server` are the service's own sections (validated here),
 * everything else is the guard's config (validated by `parseConfig`). The two are split before the guard
 * sees the file because the guard's schema rejects keys it does not know.
 *
 * @throws {PortcullisError} `INVALID_CONFIG` naming the file or each bad field.
 *
 * @example
 * const { serve, guardConfig } = await loadServeConfigFile('portcullis.yaml');
 */
export async function loadServeConfigFile(path: string): Promise<LoadedServeConfig> {
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
  return parseServeConfigText(text, path);
}

/** Same as {@link loadServeConfigFile} for text already read (`source` names it in errors). */
export function parseServeConfigText(text: string, source = 'config'): LoadedServeConfig {
  const { serve, guardConfig } = splitServeConfig(parseRaw(text, source));
  return { serve, guardConfig: parseConfig(guardConfig) };
}

// --- internal ---

function parseRaw(text: string, source: string): unknown {
  const json = safeParseJson(text);
  return json.success ? json.value : parseConfigDocument(text, source);
}

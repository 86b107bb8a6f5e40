import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  ErrorCode,
  type PortcullisConfig,
  PortcullisError,
  parseConfig,
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
  if (json.success) return json.value;
  try {
    return yamlParser().parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new PortcullisError({
      code: ErrorCode.InvalidConfig,
      message: `${source} is neither valid JSON nor YAML: ${(error as Error).message}`,
      cause: error,
    });
  }
}

type YamlParser = { parse(text: string, options?: { maxAliasCount?: number }): unknown };
let yaml: YamlParser | undefined;

/**
 * The YAML parser `@portcullis/core` itself uses, resolved from core's location: this package adds no
 * dependency of its own, and YAML configs read exactly as the rest of Portcullis reads them.
 */
function yamlParser(): YamlParser {
  if (yaml !== undefined) return yaml;
  const require = createRequire(import.meta.url);
  yaml = createRequire(require.resolve('@portcullis/core'))('yaml') as YamlParser;
  return yaml;
}

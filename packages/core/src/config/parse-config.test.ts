import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PortcullisError } from '../errors/portcullis-error.ts';
import { loadConfigFile, parseConfig, parseConfigText } from './parse-config.ts';

const YAML = `
mode: strict
profile: autonomous-agent
policies:
  - id: no-delete
    name: No deletes
    type: tool_access
    conditions:
      deny: ["*delete*"]
storage:
  type: sqlite
  path: ./portcullis.db
mcpServers:
  everything:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-everything"]
  remote:
    url: https://mcp.example.com/mcp
`;

describe('config', () => {
  it('fills every default from an empty config', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      mode: 'strict',
      profile: 'copilot',
      policies: [],
      storage: { type: 'memory' },
    });
    expect(config.enforcement.onBlock).toEqual({
      prompt: 'throw',
      tool_output: 'replace',
      model_output: 'throw',
    });
  });

  it('reads the same config from YAML and JSON files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'portcullis-config-'));
    const yamlPath = join(folder, 'portcullis.yaml');
    const jsonPath = join(folder, 'portcullis.json');
    writeFileSync(yamlPath, YAML);
    const fromYaml = await loadConfigFile(yamlPath);
    writeFileSync(jsonPath, JSON.stringify(fromYaml));
    expect(await loadConfigFile(jsonPath)).toEqual(fromYaml);
    expect(fromYaml.policies[0]).toMatchObject({
      id: 'no-delete',
      enabled: true,
      mode: 'block',
      severity: 'medium',
    });
    expect(fromYaml.mcpServers?.everything).toEqual({
      command: 'npx',
      args: ['-y', '@modelcontextprotocol/server-everything'],
    });
  });

  it('names every bad field path and what was expected', () => {
    try {
      parseConfigText(
        'mode: strict\npolicies:\n  - id: a\n    name: A\n    type: loop\n    conditions: { window: "eight" }\nstorage: { type: redis }\ntypo: 1\n',
      );
      expect.unreachable();
    } catch (error) {
      expect(PortcullisError.isInstance(error)).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('policies.0.conditions.window');
      expect(message).toContain('storage.url');
      expect(message).toContain('typo');
      expect((error as PortcullisError).data).toMatchObject({ issues: expect.any(Array) });
    }
  });

  it('reports unreadable files and unparsable text as config errors', async () => {
    await expect(loadConfigFile('/nonexistent/portcullis.json')).rejects.toThrow(
      /cannot read config file/,
    );
    expect(() => parseConfigText('{ "mode": ', 'bad.json')).toThrow(
      /bad\.json is neither valid JSON nor YAML/,
    );
  });
});

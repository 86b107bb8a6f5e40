import type { DynamicStructuredTool } from '@langchain/core/tools';
import { tool } from 'langchain';

/** The tools of {@link testTools} and the calls they received. */
export type TestTools = {
  readonly calls: { name: string; args: unknown }[];
  readonly fetchPage: DynamicStructuredTool;
  readonly readInbox: DynamicStructuredTool;
  readonly getWeather: DynamicStructuredTool;
  readonly deleteAccount: DynamicStructuredTool;
};

/** Real LangChain tools whose calls are counted, for the adapter tests. */
export function testTools({
  page = '',
  inbox = [],
  weather = '',
}: {
  page?: string;
  inbox?: readonly unknown[];
  weather?: string;
} = {}): TestTools {
  const calls: { name: string; args: unknown }[] = [];
  const record = (name: string, args: unknown) => calls.push({ name, args });
  const fetchPage = structured(
    tool(
      async (args: { url: string }) => {
        record('fetch_page', args);
        return page;
      },
      {
        name: 'fetch_page',
        description: 'Downloads a web page and returns its text.',
        schema: {
          type: 'object',
          properties: { url: { type: 'string' } },
          required: ['url'],
        },
      },
    ),
  );
  const readInbox = structured(
    tool(
      async (args: { folder: string }) => {
        record('read_inbox', args);
        return JSON.stringify(inbox);
      },
      {
        name: 'read_inbox',
        description: "Lists the user's recent emails.",
        schema: {
          type: 'object',
          properties: { folder: { type: 'string' } },
          required: ['folder'],
        },
      },
    ),
  );
  const getWeather = structured(
    tool(
      async (args: { city: string }) => {
        record('get_weather', args);
        return weather;
      },
      {
        name: 'get_weather',
        description: 'Returns the weather forecast for a city.',
        schema: {
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
        },
      },
    ),
  );
  const deleteAccount = structured(
    tool(
      async (args: { userId: string }) => {
        record('delete_account', args);
        return 'deleted';
      },
      {
        name: 'delete_account',
        description: 'Deletes a user account.',
        schema: {
          type: 'object',
          properties: { userId: { type: 'string' } },
          required: ['userId'],
        },
      },
    ),
  );
  return { calls, fetchPage, readInbox, getWeather, deleteAccount };
}

/** `tool()` with a JSON schema is typed as a union with `DynamicTool`; these tools are structured. */
function structured(value: unknown): DynamicStructuredTool {
  return value as DynamicStructuredTool;
}

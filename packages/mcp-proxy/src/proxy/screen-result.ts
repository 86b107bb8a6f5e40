import type {
  CallToolResult,
  ContentBlock,
  GetPromptResult,
  ReadResourceResult,
} from '@modelcontextprotocol/sdk/types.js';
import {
  blockedNotice,
  type Guard,
  type GuardContext,
  PortcullisBlockedError,
  type Verdict,
} from '@portcullis/core';

/** A result after the guard looked at every piece of it. */
export type Screened<T> = {
  /** The result to pass on: the original, with items annotated or redacted, or a notice. */
  readonly result: T;
  /** One verdict per inspected item, in order. */
  readonly verdicts: readonly Verdict[];
  /** The verdict that withheld the whole result, if one did. */
  readonly blocked?: Verdict;
};

/** What the screening functions need: the guard, who is asking, and the tool's upstream name. */
export type ScreenOptions = {
  readonly guard: Guard;
  readonly context: GuardContext;
  /** The tool's upstream name (policies also see `context.exposedName`); absent for resources and prompts. */
  readonly name?: string;
};

/** True when the verdict withholds the content (and is enforced). */
export function isBlocking(verdict: Verdict): boolean {
  return (
    verdict.enforced &&
    (verdict.action === 'replace' || verdict.action === 'refuse' || verdict.action === 'throw')
  );
}

/** The notice that stands in for withheld content: names what was found, never quotes it. */
export function noticeOf(verdict: Verdict): string {
  return typeof verdict.replacement === 'string' ? verdict.replacement : blockedNotice(verdict);
}

/**
 * Scans every content item of a `tools/call` result (text, embedded resources, resource links) and its
 * structured content as `tool_output` events. One blocked item withholds the whole result, which comes back
 * as a normal result holding the notice with `isError: true`; annotated or redacted items are replaced in
 * place.
 *
 * @throws {PortcullisBlockedError} when the config asks blocked tool outputs to throw
 * (`enforcement.onBlock.tool_output: 'throw'`).
 */
export async function screenToolResult(
  result: CallToolResult,
  options: ScreenOptions,
): Promise<Screened<CallToolResult>> {
  const verdicts: Verdict[] = [];
  // One item after the other: the guard's session state is read-modify-write.
  const content: ContentBlock[] = [];
  for (const item of result.content ?? []) {
    const screened = await screenBlock(item, options, verdicts);
    if (screened === BLOCKED) return blockedToolResult(verdicts);
    content.push(screened);
  }
  let structuredContent = result.structuredContent;
  if (structuredContent !== undefined) {
    const verdict = await inspect(structuredContent, options, verdicts);
    if (isBlocking(verdict)) return blockedToolResult(verdicts);
    // Structured content must keep its schema's shape: masked values are, an annotation string is not.
    if (verdict.enforced && verdict.action === 'redact')
      structuredContent = verdict.replacement as typeof structuredContent;
  }
  // Results of the 2024-10 protocol carry `toolResult` instead of content.
  const legacy = (result as { toolResult?: unknown }).toolResult;
  if (legacy !== undefined) {
    const verdict = await inspect(legacy, options, verdicts);
    if (isBlocking(verdict)) return blockedToolResult(verdicts);
  }
  return {
    result: {
      ...result,
      content,
      ...(structuredContent === undefined ? {} : { structuredContent }),
    },
    verdicts,
  };
}

/** Scans the text (and text-typed blobs) of a `resources/read` result; a blocked one becomes a notice. */
export async function screenResourceResult(
  result: ReadResourceResult,
  uri: string,
  options: ScreenOptions,
): Promise<Screened<ReadResourceResult>> {
  const verdicts: Verdict[] = [];
  const contents: ReadResourceResult['contents'] = [];
  for (const item of result.contents) {
    if ('text' in item && typeof item.text === 'string') {
      const verdict = await inspect(item.text, options, verdicts);
      if (isBlocking(verdict)) return blockedResource(uri, verdicts);
      contents.push({ ...item, text: replaced(verdict, item.text) });
      continue;
    }
    const decoded = 'blob' in item ? textOfBlob(item.blob, item.mimeType) : undefined;
    if (decoded !== undefined) {
      const verdict = await inspect(decoded, options, verdicts);
      if (isBlocking(verdict)) return blockedResource(uri, verdicts);
    }
    contents.push(item);
  }
  return { result: { ...result, contents }, verdicts };
}

/** Scans every message of a `prompts/get` result; a blocked one replaces the messages by a notice. */
export async function screenPromptResult(
  result: GetPromptResult,
  options: ScreenOptions,
): Promise<Screened<GetPromptResult>> {
  const verdicts: Verdict[] = [];
  const messages: GetPromptResult['messages'] = [];
  for (const message of result.messages) {
    const screened = await screenBlock(message.content, options, verdicts);
    if (screened === BLOCKED) {
      const blocked = verdicts.at(-1) as Verdict;
      return {
        result: {
          messages: [{ role: 'user', content: { type: 'text', text: noticeOf(blocked) } }],
        },
        verdicts,
        blocked,
      };
    }
    messages.push({ ...message, content: screened });
  }
  return { result: { ...result, messages }, verdicts };
}

// --- internal ---

const BLOCKED = Symbol('blocked');

async function inspect(output: unknown, options: ScreenOptions, verdicts: Verdict[]) {
  const verdict = await options.guard.inspect(
    {
      surface: 'tool_output',
      ...(options.name === undefined ? {} : { name: options.name }),
      output,
    },
    options.context,
  );
  verdicts.push(verdict);
  if (verdict.enforced && verdict.action === 'throw') throw new PortcullisBlockedError({ verdict });
  return verdict;
}

/** One content block, screened; {@link BLOCKED} when it withholds the whole result. */
async function screenBlock(
  item: ContentBlock,
  options: ScreenOptions,
  verdicts: Verdict[],
): Promise<ContentBlock | typeof BLOCKED> {
  switch (item.type) {
    case 'text': {
      const verdict = await inspect(item.text, options, verdicts);
      if (isBlocking(verdict)) return BLOCKED;
      return { ...item, text: replaced(verdict, item.text) };
    }
    case 'resource': {
      const { resource } = item;
      if ('text' in resource && typeof resource.text === 'string') {
        const verdict = await inspect(resource.text, options, verdicts);
        if (isBlocking(verdict)) return BLOCKED;
        return { ...item, resource: { ...resource, text: replaced(verdict, resource.text) } };
      }
      const decoded = 'blob' in resource ? textOfBlob(resource.blob, resource.mimeType) : undefined;
      if (decoded === undefined) return item;
      const verdict = await inspect(decoded, options, verdicts);
      return isBlocking(verdict) ? BLOCKED : item;
    }
    case 'resource_link': {
      // Names and descriptions of links reach the model as text too.
      const { uri, name, title, description } = item;
      const verdict = await inspect({ uri, name, title, description }, options, verdicts);
      return isBlocking(verdict) ? BLOCKED : item;
    }
    default:
      // Images and audio carry no text the guard can read.
      return item;
  }
}

/** The text to pass on for a string the guard let through: annotated or redacted when enforced. */
function replaced(verdict: Verdict, original: string): string {
  if (!verdict.enforced) return original;
  if (
    (verdict.action === 'annotate' || verdict.action === 'redact') &&
    typeof verdict.replacement === 'string'
  )
    return verdict.replacement;
  return original;
}

function blockedToolResult(verdicts: readonly Verdict[]): Screened<CallToolResult> {
  const blocked = verdicts.at(-1) as Verdict;
  return {
    result: { content: [{ type: 'text', text: noticeOf(blocked) }], isError: true },
    verdicts,
    blocked,
  };
}

function blockedResource(uri: string, verdicts: readonly Verdict[]): Screened<ReadResourceResult> {
  const blocked = verdicts.at(-1) as Verdict;
  return {
    result: { contents: [{ uri, mimeType: 'text/plain', text: noticeOf(blocked) }] },
    verdicts,
    blocked,
  };
}

/** Blobs with a textual MIME type (up to 1 MB) are decoded and scanned; others are binary. */
function textOfBlob(blob: string, mimeType: string | undefined): string | undefined {
  if (mimeType === undefined || blob.length > 1_400_000) return undefined;
  const textual =
    mimeType.startsWith('text/') ||
    /^application\/(?:json|xml|javascript|x-yaml|yaml|[\w.+-]+\+(?:json|xml))\b/.test(mimeType);
  return textual ? Buffer.from(blob, 'base64').toString('utf8') : undefined;
}

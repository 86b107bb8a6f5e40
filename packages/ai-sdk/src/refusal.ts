import { CONTENT_FILTER, emptyUsage } from './model-shapes.ts';

/** A generate result that answers with `text` and finish reason `content-filter`; the model was not called. */
export function refusalResult(text: string): {
  content: { type: 'text'; text: string }[];
  finishReason: typeof CONTENT_FILTER;
  usage: ReturnType<typeof emptyUsage>;
  warnings: never[];
} {
  return {
    content: [{ type: 'text', text }],
    finishReason: CONTENT_FILTER,
    usage: emptyUsage(),
    warnings: [],
  };
}

/** A model stream that answers with `text` and finishes with `content-filter`; the model was not called. */
export function refusalStream(text: string): ReadableStream<unknown> {
  const id = 'portcullis-refusal';
  const parts: unknown[] = [
    { type: 'stream-start', warnings: [] },
    ...textBlock(id, text),
    { type: 'finish', finishReason: CONTENT_FILTER, usage: emptyUsage() },
  ];
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

/** The stream parts of one complete text block. */
export function textBlock(id: string, text: string): unknown[] {
  return [
    { type: 'text-start', id },
    { type: 'text-delta', id, delta: text },
    { type: 'text-end', id },
  ];
}

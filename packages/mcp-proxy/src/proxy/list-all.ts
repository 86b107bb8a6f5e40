/** Pages an upstream list may have; a server that pages beyond this is cut off (bounded work). */
const MAX_PAGES = 100;

/**
 * Follows `nextCursor` until the last page, so every item of an upstream list is seen. Stops when a
 * server repeats a cursor or exceeds {@link MAX_PAGES} pages, so a hostile server cannot loop the proxy.
 */
export async function listAll<T, R extends { nextCursor?: string | undefined }>(
  fetchPage: (cursor: string | undefined) => Promise<R>,
  itemsOf: (page: R) => readonly T[],
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(cursor);
    items.push(...itemsOf(result));
    cursor = result.nextCursor;
    if (cursor === undefined || seen.has(cursor)) break;
    seen.add(cursor);
  }
  return items;
}

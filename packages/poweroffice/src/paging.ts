export interface Page {
  pageNumber: number;
  pageSize: number;
}

export interface ListAllOptions {
  firstPageNumber: number;
  pageSize: number;
  /** A guard against a server that ignores PageNumber and repeats the same page forever. */
  maxPages?: number;
}

/**
 * Fetches pages until a short page or an empty one (PowerOffice answers 204 past the end).
 * No total count is documented, so a full page always means "ask for the next one".
 */
export async function listAll<T>(
  fetchPage: (page: Page) => Promise<T[]>,
  options: ListAllOptions,
): Promise<T[]> {
  const all: T[] = [];
  const maxPages = options.maxPages ?? 10_000;
  for (let i = 0; i < maxPages; i += 1) {
    const items = await fetchPage({ pageNumber: options.firstPageNumber + i, pageSize: options.pageSize });
    all.push(...items);
    if (items.length < options.pageSize) return all;
  }
  throw new Error(`Listing stopped after ${maxPages} pages; PowerOffice kept returning full pages`);
}

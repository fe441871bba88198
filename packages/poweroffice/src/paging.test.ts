import { describe, expect, it } from 'vitest';
import { listAll, type Page } from './paging.js';

describe('listAll', () => {
  it('asks for pages from the first page number until a short page', async () => {
    const asked: Page[] = [];
    const data = Array.from({ length: 7 }, (_, i) => i);
    const all = await listAll(
      async (page) => {
        asked.push(page);
        const start = (page.pageNumber - 1) * page.pageSize;
        return data.slice(start, start + page.pageSize);
      },
      { firstPageNumber: 1, pageSize: 3 },
    );
    expect(all).toEqual(data);
    expect(asked.map((p) => p.pageNumber)).toEqual([1, 2, 3]);
  });

  it('stops on an empty page (204) after an exactly full one', async () => {
    const pages = [[1, 2], [3, 4], []];
    const all = await listAll(async ({ pageNumber }) => pages[pageNumber - 1] ?? [], {
      firstPageNumber: 1,
      pageSize: 2,
    });
    expect(all).toEqual([1, 2, 3, 4]);
  });

  it('refuses to loop forever when the server ignores PageNumber', async () => {
    await expect(
      listAll(async () => [1, 2], { firstPageNumber: 1, pageSize: 2, maxPages: 5 }),
    ).rejects.toThrow(/5 pages/);
  });
});

import { z } from 'zod';
import type { Call, CallSpec } from '../http/call.js';
import { listAll, type Page } from '../paging.js';

/** `page` fetches that one page; without it every page is fetched. */
export interface ListOptions {
  page?: Page;
}

export type ListSpec<T> = Omit<CallSpec<T[]>, 'method' | 'retry' | 'schema'> & { itemSchema: z.ZodType<T> };

export interface OperationContext {
  call: Call;
  list: <T>(spec: ListSpec<T>, page?: Page) => Promise<T[]>;
}

export function createOperationContext(
  call: Call,
  paging: { firstPageNumber: number; pageSize: number },
): OperationContext {
  const list = async <T>(spec: ListSpec<T>, page?: Page): Promise<T[]> => {
    const { itemSchema, ...rest } = spec;
    const schema = z.array(itemSchema);
    const fetchPage = async ({ pageNumber, pageSize }: Page): Promise<T[]> => {
      const result = await call({
        ...rest,
        method: 'GET',
        retry: 'read',
        schema,
        query: { ...rest.query, PageNumber: pageNumber, PageSize: pageSize },
      });
      // 204 No Content is PowerOffice's empty list.
      return result.data ?? [];
    };
    return page ? fetchPage(page) : listAll(fetchPage, paging);
  };
  return { call, list };
}

/** Data an operation cannot do without; a 2xx without it is not the documented answer. */
export function required<T>(value: T | undefined, operation: string): T {
  if (value === undefined) throw new Error(`PowerOffice answered ${operation} without a body`);
  return value;
}

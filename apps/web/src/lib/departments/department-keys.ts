import { queryRoots } from '@/lib/query-keys';

/** Query keys of the departments resource; mutations invalidate `all`. */
export const departmentKeys = {
  all: queryRoots.departments,
  list: () => [...departmentKeys.all, 'list'] as const,
  detail: (id: string) => [...departmentKeys.all, 'detail', id] as const,
};

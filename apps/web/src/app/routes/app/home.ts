import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { homePathFor } from '@/config/paths';
import { meQueryOptions } from '@/features/auth';

/** "/" has no page of its own: each role starts where its work is. */
export const createLoader = (queryClient: QueryClient) => async () => {
  const user = await queryClient.ensureQueryData(meQueryOptions());
  return user ? redirect(homePathFor(user.role)) : null;
};

import type { ReactNode } from 'react';
import { NoAccess } from '@/components/errors/no-access';
import { useMe } from '@/features/auth';
import { canAccess, type Area } from '@/lib/authorization';

/** A page of an area the user's role may not open shows a friendly refusal instead of the page. */
export function AreaGuard({ area, children }: { area: Area; children: ReactNode }) {
  const { data: user } = useMe();
  if (!user) return null; // The layout redirects to the login page.
  if (!canAccess(user.role, area)) return <NoAccess role={user.role} />;
  return children;
}

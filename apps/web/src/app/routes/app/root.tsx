import type { QueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, redirect, useLocation, type LoaderFunctionArgs } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { loginPath, paths } from '@/config/paths';
import { meQueryOptions, useLogout, useMe } from '@/features/auth';

/** The auth guard: no session → the login page, remembering where the user wanted to go. */
export const createLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await queryClient.ensureQueryData(meQueryOptions());
    if (!user) {
      const url = new URL(request.url);
      throw redirect(loginPath(url.pathname + url.search));
    }
    return null;
  };

export function AppRoot() {
  const { data: user } = useMe();
  const logout = useLogout();
  const location = useLocation();

  if (!user) {
    // After logout the page stays in history, so Back leads here again and the loader sends the
    // user to the login page. A session that ended otherwise remembers where the user was.
    if (logout.isPending || logout.isSuccess) return <Navigate to={paths.login} />;
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }

  return (
    <AppLayout
      user={user}
      companyName={user.companyName}
      isLoggingOut={logout.isPending}
      onLogout={() => logout.mutate()}
    >
      <Outlet />
    </AppLayout>
  );
}

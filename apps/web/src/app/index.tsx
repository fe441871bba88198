import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { AppErrorBoundary } from '@/components/errors/app-error-boundary';
import { meQueryOptions } from '@/features/auth';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { createRouter } from './router';
import { forgetUserOnUnauthorized } from './session-expiry';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Every page asks who is logged in first: asked now, before the router fetches the page's code,
    // it is not queued behind those files on the browser's few connections (docs/performance.md, case 5).
    void client.prefetchQuery(meQueryOptions());
    return client;
  });
  const [router] = useState(() => createRouter(queryClient));
  useEffect(() => forgetUserOnUnauthorized(queryClient), [queryClient]);

  return (
    <AppErrorBoundary>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>
    </AppErrorBoundary>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunction } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { RouteError } from '@/components/errors/route-error';
import { FullPageSpinner } from '@/components/ui/spinner';
import { paths, routePatterns } from '@/config/paths';
import { createLoader as createRootLoader, AppRoot } from './routes/app/root';
import { createLoader as createHomeLoader } from './routes/app/home';

type PageModule = {
  Component: React.ComponentType;
  createLoader?: (queryClient: QueryClient) => LoaderFunction;
};

/** Pages are separate chunks: the login page and the shell load without any feature page. */
function lazyPage(queryClient: QueryClient, load: () => Promise<PageModule>) {
  return async () => {
    const { Component, createLoader } = await load();
    return { Component, loader: createLoader?.(queryClient) };
  };
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: paths.login,
      lazy: lazyPage(queryClient, () => import('./routes/login')),
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
    },
    {
      path: paths.home,
      loader: createRootLoader(queryClient),
      element: <AppRoot />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      children: [
        {
          // Pathless: a failing page shows its error inside the layout, navigation stays usable.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: createHomeLoader(queryClient), element: null },
            { path: paths.overview, lazy: lazyPage(queryClient, () => import('./routes/app/overview')) },
            { path: paths.setup, lazy: lazyPage(queryClient, () => import('./routes/app/setup')) },
            {
              path: paths.integrations,
              lazy: lazyPage(queryClient, () => import('./routes/app/integrations')),
            },
            {
              path: paths.productTypes,
              lazy: lazyPage(queryClient, () => import('./routes/app/product-types')),
            },
            { path: paths.vatCodes, lazy: lazyPage(queryClient, () => import('./routes/app/vat-codes')) },
            {
              path: paths.paymentTypes,
              lazy: lazyPage(queryClient, () => import('./routes/app/payment-types')),
            },
            { path: paths.export, lazy: lazyPage(queryClient, () => import('./routes/app/export')) },
            {
              path: paths.reconciliation,
              lazy: lazyPage(queryClient, () => import('./routes/app/reconciliation')),
            },
            { path: paths.customers, lazy: lazyPage(queryClient, () => import('./routes/app/customers')) },
            { path: paths.alerts, lazy: lazyPage(queryClient, () => import('./routes/app/alerts')) },
            {
              path: routePatterns.customerOrders,
              lazy: lazyPage(queryClient, () => import('./routes/app/customer-orders')),
            },
            { path: routePatterns.order, lazy: lazyPage(queryClient, () => import('./routes/app/order')) },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}

import { lazy, Suspense } from 'react';

// Not part of the shell's first load (the popover library and the strings come with it), as the
// layout does with the drawer and the toaster.
const Bell = lazy(() => import('./alert-bell'));

/** The header's bell, loaded once the shell is up. */
export function LazyAlertBell() {
  return (
    <Suspense fallback={null}>
      <Bell />
    </Suspense>
  );
}

import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After a navigation to another page, focus moves to that page's heading (a screen reader reads where
 * the user is; Tab continues from there), unless the page already put focus somewhere inside itself
 * (a row it was asked to show). Pages that load lazily get a moment to render their heading.
 */
export function useFocusHeadingOnNavigate(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    let timer: number | undefined;
    const focusHeading = () => {
      const main = mainRef.current;
      if (!main) return;
      const active = document.activeElement;
      if (active && active !== main && main.contains(active)) return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) {
        if (tries++ < 20) timer = window.setTimeout(focusHeading, 50);
        return;
      }
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    };
    focusHeading();
    return () => window.clearTimeout(timer);
  }, [pathname, mainRef]);
}

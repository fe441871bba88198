import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { FOCUS_PARAM } from '@/config/paths';

/**
 * `?focus=<row id>`: once that row is on the page, it is scrolled into view and the field that needs
 * the fix (or, read-only, the row's heading cell) gets the focus. Answers the id, for the row's highlight.
 */
export function useFocusRow(ready: boolean): string | null {
  const [params] = useSearchParams();
  const focus = params.get(FOCUS_PARAM);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !focus || done.current === focus) return;
    const row = document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focus)}"]`);
    if (!row) return;
    done.current = focus;
    // The field that needs the fix: one marked invalid, else the first empty picker, else the first control.
    const fields = [
      ...row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[role="combobox"], select'),
    ];
    const control =
      row.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      fields.find((field) => !field.disabled && field.value === '') ??
      row.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), button:not([disabled])');
    const target = control ?? row.querySelector<HTMLElement>('th') ?? row;
    if (!control) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }, [ready, focus]);
  return focus;
}

/** The address's query with `?focus=<id>`, to show a row just added. */
export function withFocusParam(params: URLSearchParams, id: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(FOCUS_PARAM, id);
  return next;
}

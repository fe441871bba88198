import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '@/lib/periods';
import { formatDateInput, parseDate } from './date-field';

/**
 * The from/to days of a period form (Eksport, Avstemming), typed as dd.mm.åååå in two `DateField`s
 * with the given ids. `read()` checks them when the form is applied: each field's error in words,
 * focus on the first wrong field, the period as YYYY-MM-DD when both are right.
 */
export function useDayRangeFields(initial: DayRange, ids: { from: string; to: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(formatDateInput(initial.from));
  const [to, setTo] = useState(formatDateInput(initial.to));
  const [errors, setErrors] = useState<{ from?: string | undefined; to?: string | undefined }>({});

  const read = (): DayRange | null => {
    const fromDay = parseDate(from);
    const toDay = parseDate(to);
    const found = {
      from: fromDay ? undefined : t('ui.dateInvalid'),
      to: !toDay ? t('ui.dateInvalid') : fromDay && toDay < fromDay ? t('ui.toBeforeFrom') : undefined,
    };
    setErrors(found);
    if (found.from || found.to || !fromDay || !toDay) {
      document.getElementById(found.from ? ids.from : ids.to)?.focus();
      return null;
    }
    return { from: fromDay, to: toDay };
  };

  /** Fills both fields (a shortcut such as "Forrige måned") and clears their errors. */
  const setRange = (range: DayRange) => {
    setFrom(formatDateInput(range.from));
    setTo(formatDateInput(range.to));
    setErrors({});
  };

  return {
    from: { id: ids.from, value: from, onChange: setFrom, error: errors.from },
    to: { id: ids.to, value: to, onChange: setTo, error: errors.to },
    read,
    setRange,
  };
}

import type { ChartAccount } from '@qo/contracts';
import { useId, useMemo, useState } from 'react';
import { useMappingsTranslation } from '../locales';

export type AccountPreference = 'income' | 'liability' | 'asset' | 'expense';

const RANGES: Record<AccountPreference, [number, number]> = {
  asset: [1000, 1999],
  liability: [2000, 2999],
  income: [3000, 3999],
  expense: [4000, 8999],
};

/** Active accounts only, the preferred class first (3xxx for revenue, 2xxx for gift cards, 15xx/19xx for payments). */
export function orderAccounts(accounts: readonly ChartAccount[], prefer: AccountPreference): ChartAccount[] {
  const [from, to] = RANGES[prefer];
  const inRange = (a: ChartAccount) => a.accountNo >= from && a.accountNo <= to;
  const active = accounts.filter((a) => a.isActive);
  return [...active.filter(inRange), ...active.filter((a) => !inRange(a))];
}

export const accountText = (a: ChartAccount) => `${a.accountNo} ${a.name}`;

/** "3010 Salgsinntekt …" → 3010; "" → null; anything else → NaN, which the schema reports. */
export function parseAccountInput(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4,8})\b/.exec(trimmed);
  return match ? Number(match[1]) : Number.NaN;
}

type AccountPickerProps = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  accounts: readonly ChartAccount[];
  prefer: AccountPreference;
  error?: string | undefined;
  disabled?: boolean;
};

/**
 * A searchable account field: type a number or part of a name, pick from the connected client's
 * active accounts (the browser's list filters as you type). Shows the chosen account's name, or
 * why the number is not usable.
 */
export function AccountPicker({ label, value, onChange, onBlur, accounts, prefer, error, disabled }: AccountPickerProps) {
  const { t } = useMappingsTranslation();
  const id = useId();
  const options = useMemo(() => orderAccounts(accounts, prefer), [accounts, prefer]);
  const current = value === null ? undefined : accounts.find((a) => a.accountNo === value);
  const [text, setText] = useState(() => (current ? accountText(current) : value === null ? '' : String(value)));

  // A new value from outside (reset after save, a chart that arrives later) replaces what is shown,
  // unless it is what the typed text already says (adjusting state during render, not in an effect).
  const [shown, setShown] = useState({ value, name: current?.name });
  if (!Object.is(shown.value, value) || shown.name !== current?.name) {
    setShown({ value, name: current?.name });
    const typed = parseAccountInput(text);
    if (typed !== value && !(Number.isNaN(typed) && value !== null && Number.isNaN(value))) {
      setText(current ? accountText(current) : value === null ? '' : String(value));
    } else if (current && typed === value && text.trim() === String(value)) {
      setText(accountText(current));
    }
  }

  let hint: string | undefined;
  if (value !== null && !Number.isNaN(value) && accounts.length > 0) {
    if (!current) hint = t('mappings.picker.unknown');
    else if (!current.isActive) hint = t('mappings.picker.inactive');
  }
  const message = error ?? hint;

  return (
    <div className="field account-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="search"
        list={`${id}-list`}
        autoComplete="off"
        placeholder={t('mappings.picker.placeholder')}
        value={text}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseAccountInput(event.target.value));
        }}
        onBlur={() => {
          const match = accounts.find((a) => a.accountNo === parseAccountInput(text));
          if (match) setText(accountText(match));
          onBlur?.();
        }}
      />
      <datalist id={`${id}-list`}>
        {options.map((a) => (
          <option key={a.accountNo} value={accountText(a)} />
        ))}
      </datalist>
      {message && (
        <p id={`${id}-error`} className="field__error">
          {message}
        </p>
      )}
    </div>
  );
}

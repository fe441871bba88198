import type { ChartAccount } from '@qo/contracts';
import { useId, useMemo, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
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

const MAX_OPTIONS = 60;

/**
 * The accounts matching typed text: a number matches accounts starting with it, words match the name
 * (every word, any case). The chosen account's own text shows it first, then the whole list.
 */
export function matchAccounts(
  options: readonly ChartAccount[],
  text: string,
  chosen?: ChartAccount,
): ChartAccount[] {
  const query = text.trim().toLowerCase();
  if (chosen && query === accountText(chosen).toLowerCase()) {
    // The chosen account first (Enter keeps it), then the others to change to.
    return [chosen, ...options.filter((a) => a.accountNo !== chosen.accountNo)].slice(0, MAX_OPTIONS);
  }
  if (query === '') return options.slice(0, MAX_OPTIONS);
  const words = query.split(/\s+/);
  return options
    .filter((a) => {
      const haystack = accountText(a).toLowerCase();
      return /^\d/.test(query) ? haystack.startsWith(query) : words.every((w) => haystack.includes(w));
    })
    .slice(0, MAX_OPTIONS);
}

type AccountPickerProps = {
  label: string;
  /** In a table the column names the field; the label is then read by screen readers only. */
  hideLabel?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  accounts: readonly ChartAccount[];
  prefer: AccountPreference;
  error?: string | undefined;
  disabled?: boolean;
};

/**
 * A searchable account field (combobox): type a number or part of a name, arrows and Enter pick from
 * the connected client's active accounts, a typed number counts as chosen. Shows why a number is not
 * usable (not in the chart, deactivated).
 */
export function AccountPicker({
  label,
  hideLabel,
  value,
  onChange,
  onBlur,
  accounts,
  prefer,
  error,
  disabled,
}: AccountPickerProps) {
  const { t } = useMappingsTranslation();
  const id = useId();
  const options = useMemo(() => orderAccounts(accounts, prefer), [accounts, prefer]);
  const current = value === null ? undefined : accounts.find((a) => a.accountNo === value);
  const [text, setText] = useState(() =>
    current ? accountText(current) : value === null ? '' : String(value),
  );

  // A new value from outside (discarded changes, a chart that arrives later) replaces what is shown,
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
  const items = useMemo(() => matchAccounts(options, text, current), [options, text, current]);

  return (
    <div className={hideLabel ? 'account-picker' : 'field account-picker'}>
      <Combobox<ChartAccount>
        id={id}
        label={label}
        hideLabel={hideLabel}
        items={items}
        itemKey={(a) => String(a.accountNo)}
        itemText={accountText}
        inputValue={text}
        onInputValueChange={(typed) => {
          setText(typed);
          onChange(parseAccountInput(typed));
        }}
        selected={current ?? null}
        onSelect={(account) => {
          if (!account) return;
          setText(accountText(account));
          onChange(account.accountNo);
        }}
        onBlur={() => {
          const match = accounts.find((a) => a.accountNo === parseAccountInput(text));
          if (match) setText(accountText(match));
          onBlur?.();
        }}
        placeholder={t('mappings.picker.placeholder')}
        disabled={disabled}
        invalid={Boolean(message)}
        describedBy={message ? `${id}-error` : undefined}
        emptyText={t('mappings.picker.noMatch')}
      />
      {message && (
        <p id={`${id}-error`} className="field__error">
          {message}
        </p>
      )}
    </div>
  );
}

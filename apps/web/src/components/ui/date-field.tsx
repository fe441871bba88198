import { useId } from 'react';

/**
 * "24.11.2026", "24.11.26", "24/11/2026", "2026-11-24" → "2026-11-24"; anything that is not a real
 * calendar day → null. Two-digit years are 2000–2099.
 */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const nordic = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : nordic
      ? [Number(nordic[3]) + (nordic[3]!.length === 2 ? 2000 : 0), Number(nordic[2]), Number(nordic[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-11-24" → "24.11.2026" (the glossary's date form). */
export function formatDateInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

type DateFieldProps = {
  id?: string;
  label: string;
  /** What the user typed (shown as is while typing). */
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
};

/**
 * A calendar day as dd.mm.åååå, whatever the browser's language: a text field rather than
 * `<input type="date">`, which shows 11/24/2026 in an English browser.
 */
export function DateField({ id: givenId, label, value, onChange, error }: DateFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="date-field"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd.mm.åååå"
        maxLength={10}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

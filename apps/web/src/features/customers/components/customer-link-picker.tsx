import type { PowerOfficeCustomerOption } from '@qo/contracts';
import { useId, useMemo, useState } from 'react';
import { getErrorMessage } from '@/lib/problem-message';
import { useLinkCustomer } from '../api/link-customer';
import { useCustomersTranslation } from '../locales';

/** Text search narrows the choices by name, customer number or org. number. */
export function filterPowerOfficeCustomers(items: readonly PowerOfficeCustomerOption[], query: string): PowerOfficeCustomerOption[] {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\s/g, '');
  if (!q) return [...items];
  return items.filter(
    (c) => c.name.toLowerCase().includes(q) || String(c.number ?? '').includes(digits) || (c.orgNo ?? '').replace(/\s/g, '').includes(digits),
  );
}

export function CustomerLinkPicker({
  customerId,
  customerName,
  options,
  onDone,
}: {
  customerId: string;
  customerName: string;
  options: readonly PowerOfficeCustomerOption[];
  onDone: () => void;
}) {
  const { t } = useCustomersTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');
  const link = useLinkCustomer();
  const matches = useMemo(() => filterPowerOfficeCustomers(options, query), [options, query]);

  return (
    <form
      className="form"
      aria-label={t('invoicing.linkFor', { name: customerName })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!selected) return;
        link.mutate({ customerId, powerOfficeCustomerId: Number(selected) }, { onSuccess: onDone });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('invoicing.search')}</label>
        <input id={`${id}-search`} type="search" value={query} placeholder={t('invoicing.searchHint')} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t('invoicing.choose')}</label>
        <select id={`${id}-choice`} value={selected} onChange={(e) => setSelected(e.target.value)} required>
          <option value="">{matches.length ? t('invoicing.chooseEmpty') : t('invoicing.noMatches')}</option>
          {matches.map((c) => (
            <option key={c.id} value={c.id} disabled={!c.isActive}>
              {[c.number, c.name, c.orgNo ? `org.nr. ${c.orgNo}` : null, c.isActive ? null : `(${t('invoicing.inactive')})`].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </div>
      {link.isError && (
        <p className="alert alert--error" role="alert">
          {getErrorMessage(link.error, t)}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={link.isPending || !selected}>
          {t('invoicing.save')}
        </button>{' '}
        <button type="button" className="button" onClick={onDone}>
          {t('invoicing.cancel')}
        </button>
      </div>
    </form>
  );
}

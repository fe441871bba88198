import type { PowerOfficeCustomerOption } from '@qo/contracts';
import { useId, useMemo, useState } from 'react';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Combobox } from '@/components/ui/combobox';
import { notify } from '@/components/ui/toast';
import { useLinkCustomer } from '../api/link-customer';
import { useCustomersTranslation } from '../locales';
import { filterPowerOfficeCustomers, optionText, orgNoDiffers } from './customer-search';

/**
 * Linking a POS customer: one searchable combobox over the client's active customers (type a name,
 * a customer number or an org. number), a warning when the chosen one's org. number is not the POS
 * customer's, then "Lagre".
 */
export function CustomerLinkPicker({
  customerId,
  customerName,
  customerOrgNo = null,
  options,
  onDone,
}: {
  customerId: string;
  customerName: string;
  customerOrgNo?: string | null;
  options: readonly PowerOfficeCustomerOption[];
  onDone: () => void;
}) {
  const { t } = useCustomersTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<PowerOfficeCustomerOption | null>(null);
  const link = useLinkCustomer();
  const active = useMemo(() => options.filter((c) => c.isActive), [options]);
  const matches = useMemo(() => filterPowerOfficeCustomers(active, query).slice(0, 50), [active, query]);
  const differs = orgNoDiffers(customerOrgNo, selected);

  return (
    <form
      className="form"
      aria-label={t('invoicing.linkFor', { name: customerName })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!selected) return;
        link.mutate(
          { customerId, powerOfficeCustomerId: selected.id },
          {
            onSuccess: () => {
              notify.success(t('invoicing.linkedToast', { name: customerName, powerOffice: selected.name }));
              onDone();
            },
          },
        );
      }}
    >
      <div className="field">
        <Combobox
          id={`${id}-customer`}
          label={t('invoicing.choose')}
          items={matches}
          itemKey={(c) => String(c.id)}
          itemText={optionText}
          inputValue={query}
          onInputValueChange={(text) => {
            setQuery(text);
            if (selected && text !== optionText(selected)) setSelected(null);
          }}
          selected={selected}
          onSelect={(c) => {
            setSelected(c);
            if (c) setQuery(optionText(c));
          }}
          placeholder={t('invoicing.searchHint')}
          emptyText={t('invoicing.noMatches')}
          describedBy={differs ? `${id}-orgno` : undefined}
        />
      </div>
      {differs && selected && (
        <p id={`${id}-orgno`} className="alert alert--warning" role="status">
          {t('invoicing.orgNoDiffers', {
            pos: customerOrgNo,
            powerOffice: selected.orgNo,
            name: selected.name,
          })}
        </p>
      )}
      {link.isError && <ErrorAlert error={link.error} />}
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

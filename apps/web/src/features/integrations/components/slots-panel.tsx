import type { IntegrationSlot } from '@qo/contracts';
import type { ColumnDef } from '@tanstack/react-table';
import { Collapsible } from '@/components/ui/collapsible';
import { DataTable } from '@/components/ui/data-table';
import { useIntegrationsTranslation } from '../locales';
import { CopyButton } from './copy-button';

/**
 * "Appnøkler", collapsed: the guide's "Sammenkobling" in the owner's words and the ten application
 * keys with which department uses which.
 */
export function SlotsPanel({
  slots,
  departmentNames,
}: {
  slots: IntegrationSlot[];
  departmentNames: Map<string, string>;
}) {
  const { t } = useIntegrationsTranslation();
  const steps = t('integrations.whereSteps', { returnObjects: true }) as string[];
  const columns: ColumnDef<IntegrationSlot, never>[] = [
    {
      id: 'slot',
      header: t('integrations.slotColumns.slot'),
      meta: { rowHeader: true },
      cell: ({ row }) => row.original.name,
    },
    {
      id: 'key',
      header: t('integrations.slotColumns.key'),
      cell: ({ row: { original: slot } }) => (
        <span className="slot-key">
          <code>{slot.applicationKey}</code>
          <CopyButton text={slot.applicationKey} label={t('integrations.copyKey', { name: slot.name })} />
        </span>
      ),
    },
    {
      id: 'usedBy',
      header: t('integrations.slotColumns.usedBy'),
      cell: ({ row: { original: slot } }) =>
        slot.usedBy.length ? (
          slot.usedBy.map((id) => departmentNames.get(id) ?? id).join(', ')
        ) : (
          <span className="muted">{t('integrations.slotFree')}</span>
        ),
    },
  ];
  return (
    <section className="card" aria-label={t('integrations.keysTitle')}>
      <Collapsible title={t('integrations.keysTitle')}>
        <div className="slots-panel">
          <h3>{t('integrations.whyTitle')}</h3>
          <p>{t('integrations.why')}</p>
          <h3>{t('integrations.whereTitle')}</h3>
          <ol>
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <DataTable
            label={t('integrations.keysTitle')}
            columns={columns}
            data={slots}
            getRowId={(s) => String(s.slot)}
          />
        </div>
      </Collapsible>
    </section>
  );
}

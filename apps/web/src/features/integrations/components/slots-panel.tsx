import type { IntegrationSlot } from '@qo/contracts';
import { CopyButton } from './copy-button';
import { useIntegrationsTranslation } from '../locales';

/** The guide's "Sammenkobling" in the owner's words, and which department uses which key slot. */
export function SlotsPanel({ slots, departmentNames }: { slots: IntegrationSlot[]; departmentNames: Map<string, string> }) {
  const { t } = useIntegrationsTranslation();
  const steps = t('integrations.whereSteps', { returnObjects: true }) as string[];
  return (
    <section className="card" aria-labelledby="slots-title">
      <h2 id="slots-title">{t('integrations.keysTitle')}</h2>
      <h3>{t('integrations.whyTitle')}</h3>
      <p>{t('integrations.why')}</p>
      <h3>{t('integrations.whereTitle')}</h3>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <table className="table">
        <caption className="muted">{t('integrations.keysTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('integrations.slotColumns.slot')}</th>
            <th scope="col">{t('integrations.slotColumns.key')}</th>
            <th scope="col">{t('integrations.slotColumns.usedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.slot}>
              <th scope="row">{slot.name}</th>
              <td>
                <code>{slot.applicationKey}</code> <CopyButton text={slot.applicationKey} label={t('integrations.copyKey', { name: slot.name })} />
              </td>
              <td>{slot.usedBy.length ? slot.usedBy.map((id) => departmentNames.get(id) ?? id).join(', ') : <span className="muted">{t('integrations.slotFree')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

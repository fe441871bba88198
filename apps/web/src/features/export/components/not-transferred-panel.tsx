import type { NotTransferred } from '@qo/contracts';
import { formatNok } from '@/lib/format';
import { useExportTranslation } from '../locales';

/**
 * Tips, cash movements and excluded payment types of the period: shown so nothing is silently left out.
 * `partial` while a long period is still arriving: the sums are of the months read so far.
 */
export function NotTransferredPanel({
  total,
  partial = false,
}: {
  total: NotTransferred;
  partial?: boolean;
}) {
  const { t } = useExportTranslation();
  const nothing = total.tips === 0 && total.cashMovements.length === 0 && total.excludedPayments.length === 0;
  return (
    <section className="card" aria-labelledby="export-not-transferred">
      <h2 id="export-not-transferred">{t('export.notTransferred.title')}</h2>
      <p className="muted">{t('export.notTransferred.lead')}</p>
      {partial && <p className="export-partial">{t('export.notTransferred.partial')}</p>}
      {nothing ? (
        <p>{t('export.notTransferred.none')}</p>
      ) : (
        <dl className="export-dl">
          <div className="export-dl__row">
            <dt>{t('export.notTransferred.tips')}</dt>
            <dd>{formatNok(total.tips)}</dd>
          </div>
          {total.cashMovements.map((m) => (
            <div key={m.kind} className="export-dl__row">
              <dt>
                {t('export.notTransferred.cashMovements')}:{' '}
                {t(`export.notTransferred.kinds.${m.kind}`, { defaultValue: m.kind })}
              </dt>
              <dd>{formatNok(m.amount)}</dd>
            </div>
          ))}
          {total.excludedPayments.map((e) => (
            <div key={e.paymentTypeId} className="export-dl__row">
              <dt>{t('export.notTransferred.excluded', { name: e.name, count: e.orders })}</dt>
              <dd>{formatNok(e.amount)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

import type { NotTransferred } from '@qo/contracts';
import { useTranslation } from 'react-i18next';
import { formatNok } from '@/lib/format';

/** Tips, cash movements and excluded payment types of the period: shown so nothing is silently left out. */
export function NotTransferredPanel({ total }: { total: NotTransferred }) {
  const { t } = useTranslation();
  const nothing = total.tips === 0 && total.cashMovements.length === 0 && total.excludedPayments.length === 0;
  return (
    <section className="card" aria-labelledby="export-not-transferred">
      <h2 id="export-not-transferred">{t('export.notTransferred.title')}</h2>
      <p className="muted">{t('export.notTransferred.lead')}</p>
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
                {t('export.notTransferred.cashMovements')}: {t(`export.notTransferred.kinds.${m.kind}`, { defaultValue: m.kind })}
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

/** Sums several departments' "not transferred" into one. */
export function sumNotTransferred(parts: readonly NotTransferred[]): NotTransferred {
  const total: NotTransferred = { tips: 0, cashMovements: [], excludedPayments: [] };
  for (const part of parts) {
    total.tips += part.tips;
    for (const m of part.cashMovements) {
      const same = total.cashMovements.find((c) => c.kind === m.kind);
      if (same) same.amount += m.amount;
      else total.cashMovements.push({ ...m });
    }
    for (const e of part.excludedPayments) {
      const same = total.excludedPayments.find((x) => x.paymentTypeId === e.paymentTypeId);
      if (same) {
        same.amount += e.amount;
        same.orders += e.orders;
      } else total.excludedPayments.push({ ...e });
    }
  }
  return total;
}

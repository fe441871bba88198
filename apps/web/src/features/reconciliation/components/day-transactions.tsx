import type { ClearingDay } from '@qo/contracts';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { useReconciliationTranslation } from '../locales';

/** A business day opened: the voucher that debited it, what settled it, the fee, and what could belong to it. */
export function DayTransactions({ day, accountNo }: { day: ClearingDay; accountNo: number }) {
  const { t } = useReconciliationTranslation();
  const date = formatBusinessDay(day.businessDay);
  const candidates = day.transactions.filter((x) => x.role === 'candidate');
  const booked = day.transactions.filter((x) => x.role !== 'candidate');
  const id = `recon-day-${accountNo}-${day.businessDay}`;
  const table = (rows: typeof day.transactions, label: string) => (
    <table className="table recon-transactions" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('reconciliation.transactions.columns.voucher')}</th>
          <th scope="col">{t('reconciliation.transactions.columns.date')}</th>
          <th scope="col">{t('reconciliation.transactions.columns.account')}</th>
          <th scope="col">{t('reconciliation.transactions.columns.text')}</th>
          <th scope="col" className="num">
            {t('reconciliation.transactions.columns.amount')}
          </th>
          <th scope="col">{t('reconciliation.transactions.columns.role')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((x) => (
          <tr key={`${x.role}-${x.id}`}>
            <td>{x.voucherNo}</td>
            <td>{formatBusinessDay(x.postingDate)}</td>
            <td>{x.accountNo}</td>
            <td className="recon-transactions__text">{x.description ?? ''}</td>
            <td className="num">{formatNok(x.amount)}</td>
            <td>
              {t(`reconciliation.transactions.roles.${x.role}`)}
              {x.matchedBy && (
                <span className="muted"> {t(`reconciliation.transactions.matchedBy.${x.matchedBy}`)}</span>
              )}
              {x.allocated !== null && x.allocated !== -x.amount && (
                <div className="muted">
                  {t('reconciliation.transactions.allocated', { amount: formatNok(x.allocated) })}
                </div>
              )}
              {x.sharedWith.length > 0 && (
                <div className="muted">
                  {t('reconciliation.transactions.shared', {
                    days: x.sharedWith.map(formatBusinessDay).join(', '),
                  })}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div
      className="recon-day"
      id={id}
      role="region"
      aria-label={t('reconciliation.transactions.title', { date })}
    >
      <h4>{t('reconciliation.transactions.title', { date })}</h4>
      <p className="muted recon-day__reference">
        {t('reconciliation.transactions.reference', { reference: day.reference })}
      </p>
      {table(booked, t('reconciliation.transactions.title', { date }))}
      {day.flagged && (
        <>
          <p>{t('reconciliation.transactions.candidatesHint')}</p>
          {candidates.length > 0 ? (
            table(candidates, t('reconciliation.transactions.candidatesHint'))
          ) : (
            <p className="muted">{t('reconciliation.transactions.noCandidates')}</p>
          )}
        </>
      )}
    </div>
  );
}

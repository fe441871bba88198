import type { ClearingAccount, ClearingDay, ClearingDayStatus } from '@qo/contracts';
import { Fragment, useState } from 'react';
import { StatusBadge, type StatusTone } from '@/components/ui/status-badge';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { useReconciliationTranslation } from '../locales';
import { DayTransactions } from './day-transactions';

const TONE: Record<ClearingDayStatus, StatusTone> = {
  settled: 'ok',
  within_tolerance: 'warning',
  pending: 'neutral',
  missing: 'danger',
  short: 'danger',
  over: 'danger',
};
const COLUMNS = 8;

export function percentOf(bp: number): string {
  return (bp / 100).toLocaleString('nb-NO', { maximumFractionDigits: 2 });
}

/** One clearing account: its summary, and per business day what was debited, settled and is open. */
export function AccountSection({ account }: { account: ClearingAccount }) {
  const { t } = useReconciliationTranslation();
  const [onlyFlagged, setOnlyFlagged] = useState(account.flaggedDays > 0);
  const [openDay, setOpenDay] = useState<string | null>(null);
  const types = account.paymentTypes.map((p) => p.name).join(', ');
  const days = onlyFlagged ? account.days.filter((d) => d.flagged) : account.days;
  const headingId = `recon-account-${account.accountNo}`;
  return (
    <section className="recon-account" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('reconciliation.account.heading', { types, accountNo: account.accountNo })}
        {account.accountName ? ` ${account.accountName}` : ''}
      </h3>
      <p>
        {account.flaggedDays > 0 ? (
          <StatusBadge tone="danger">
            {t('reconciliation.account.flagged', { count: account.flaggedDays })}
          </StatusBadge>
        ) : (
          <StatusBadge tone="ok">{t('reconciliation.account.allGood')}</StatusBadge>
        )}{' '}
        {t('reconciliation.account.summary', {
          open: formatNok(account.openTotal),
          movement: formatNok(account.periodMovement),
        })}
      </p>
      <p className="muted">
        {t('reconciliation.account.settingsLine', {
          days: account.openAfterBankingDays,
          tolerance: percentOf(account.feeToleranceBp),
        })}
      </p>
      {account.days.length === 0 ? (
        <p className="muted">{t('reconciliation.account.empty')}</p>
      ) : (
        <>
          <label className="field--checkbox">
            <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />{' '}
            {t('reconciliation.account.onlyFlagged')}
          </label>
          <TableScroll label={t('reconciliation.account.scrollLabel', { accountNo: account.accountNo })}>
            <table
              className="table recon-table"
              aria-label={t('reconciliation.account.tableLabel', { accountNo: account.accountNo })}
            >
              <thead>
                <tr>
                  <th scope="col">{t('reconciliation.columns.day')}</th>
                  <th scope="col">{t('reconciliation.columns.status')}</th>
                  <th scope="col" className="num">
                    {t('reconciliation.columns.debit')}
                  </th>
                  <th scope="col" className="num">
                    {t('reconciliation.columns.credited')}
                  </th>
                  <th scope="col" className="num">
                    {t('reconciliation.columns.fee')}
                  </th>
                  <th scope="col" className="num">
                    {t('reconciliation.columns.open')}
                  </th>
                  <th scope="col" className="num">
                    {t('reconciliation.columns.balance')}
                  </th>
                  <th scope="col">{t('reconciliation.columns.due')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <Fragment key={day.businessDay}>
                    <DayRow
                      day={day}
                      accountNo={account.accountNo}
                      open={openDay === day.businessDay}
                      onToggle={() => setOpenDay(openDay === day.businessDay ? null : day.businessDay)}
                    />
                    {openDay === day.businessDay && (
                      <tr className="recon-table__detail">
                        <td colSpan={COLUMNS}>
                          <DayTransactions day={day} accountNo={account.accountNo} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="field__hint">{t('reconciliation.account.balanceHint')}</p>
        </>
      )}
      {account.unmatchedCredits.length > 0 && (
        <details className="recon-unmatched">
          <summary>{t('reconciliation.unmatched.title', { count: account.unmatchedCredits.length })}</summary>
          <p className="muted">{t('reconciliation.unmatched.lead')}</p>
          <ul>
            {account.unmatchedCredits.map((c) => (
              <li key={c.id}>
                {formatBusinessDay(c.postingDate)} · {t('reconciliation.transactions.columns.voucher')}{' '}
                {c.voucherNo} · {formatNok(-c.amount)} · {c.description ?? ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function DayRow({
  day,
  accountNo,
  open,
  onToggle,
}: {
  day: ClearingDay;
  accountNo: number;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useReconciliationTranslation();
  const date = formatBusinessDay(day.businessDay);
  return (
    <tr className={day.flagged ? 'recon-table__flagged' : undefined}>
      <th scope="row">
        <button
          type="button"
          className="recon-table__day"
          aria-expanded={open}
          aria-controls={open ? `recon-day-${accountNo}-${day.businessDay}` : undefined}
          aria-label={t('reconciliation.showDay', { date })}
          onClick={onToggle}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {date}
        </button>
      </th>
      <td>
        <StatusBadge tone={TONE[day.status]}>{t(`reconciliation.status.${day.status}`)}</StatusBadge>
        {day.late && day.settledOn && (
          <div className="muted">{t('reconciliation.late', { date: formatBusinessDay(day.settledOn) })}</div>
        )}
      </td>
      <td className="num">{formatNok(day.debit)}</td>
      <td className="num">{formatNok(day.credited)}</td>
      <td className="num">{day.fee === null ? '–' : formatNok(day.fee)}</td>
      <td className="num">{formatNok(day.open)}</td>
      <td className="num">{formatNok(day.balanceAfter)}</td>
      <td>{formatBusinessDay(day.dueDate)}</td>
    </tr>
  );
}

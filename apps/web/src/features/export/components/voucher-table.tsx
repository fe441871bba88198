import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { fixTargetPath } from '@/config/paths';
import { formatBusinessDay, formatNok } from '@/lib/format';
import { StatusBadge } from './status-badge';
import { rowsOfMonths, type DepartmentVouchers, type Row } from './voucher-rows';
import { useExportTranslation } from '../locales';

const COLUMNS = 7;

/**
 * The vouchers in journal form, month by month (each month the departments' vouchers of it). The
 * table scrolls with the page (its header sticks under the app header); only the rows in view are
 * in the DOM (a year over ten departments is tens of thousands of lines), with spacer rows keeping
 * the page's height right.
 */
export function VoucherTable({ months }: { months: readonly (readonly DepartmentVouchers[])[] }) {
  const { t } = useExportTranslation();
  const rows = useMemo(() => rowsOfMonths(months), [months]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Where the table starts on the page; what is above it (progress, problems) may grow or shrink.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const at = Math.round(el.getBoundingClientRect().top + window.scrollY);
    if (at !== margin) setMargin(at);
  }, [margin, rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? 44 : 34),
    overscan: 16,
    getItemKey: (i) => rows[i]!.key,
    scrollMargin: margin,
  });
  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0]!.start - margin : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;

  return (
    <div ref={scrollRef} className="export-table-scroll">
      <table className="table export-table" aria-label={t('export.preview.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('export.preview.columns.account')}</th>
            <th scope="col">{t('export.preview.columns.accountName')}</th>
            <th scope="col">{t('export.preview.columns.vat')}</th>
            <th scope="col" className="num">
              {t('export.preview.columns.debit')}
            </th>
            <th scope="col" className="num">
              {t('export.preview.columns.credit')}
            </th>
            <th scope="col">{t('export.preview.columns.department')}</th>
            <th scope="col">{t('export.preview.columns.text')}</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <VoucherRow key={row.key} row={row} index={item.index} measure={virtualizer.measureElement} />
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised: a row whose object and place are unchanged is not rendered again when a month arrives. */
const VoucherRow = memo(function VoucherRow({
  row,
  index,
  measure,
}: {
  row: Row;
  index: number;
  measure: (el: Element | null) => void;
}) {
  const { t } = useExportTranslation();
  switch (row.kind) {
    case 'day':
      return (
        <tr ref={measure} data-index={index} className="export-table__day">
          <th scope="rowgroup" colSpan={COLUMNS}>
            {/* In view of a phone's narrow table box, however far it is scrolled sideways. */}
            <span className="export-table__sticky">
              <span className="export-table__day-title">
                {t('export.preview.voucherOf', {
                  date: formatBusinessDay(row.voucher.businessDay),
                  department: row.departmentName,
                })}
              </span>{' '}
              <StatusBadge status={row.voucher.status} />{' '}
              <span className="muted">
                {t('export.preview.reference', { reference: row.voucher.externalReference })}
              </span>
            </span>
          </th>
        </tr>
      );
    case 'problem':
      return (
        <tr ref={measure} data-index={index} className="export-table__problem">
          <td colSpan={COLUMNS} role="alert">
            <span className="export-table__sticky">
              {row.problem.message}{' '}
              {row.problem.fix && <Link to={fixTargetPath(row.problem.fix)}>{t('export.preview.fix')}</Link>}
            </span>
          </td>
        </tr>
      );
    case 'empty':
      return (
        <tr ref={measure} data-index={index}>
          <td colSpan={COLUMNS} className="muted">
            {t('export.preview.nothingToPost')}
          </td>
        </tr>
      );
    case 'line': {
      const { line } = row;
      return (
        <tr
          ref={measure}
          data-index={index}
          className={line.accountNo === null ? 'export-table__missing' : undefined}
        >
          <td>{line.accountNo ?? t('export.preview.missingAccount')}</td>
          <td>{line.accountName ?? ''}</td>
          <td>{line.vatCode ?? ''}</td>
          <td className="num">{line.amount > 0 ? formatNok(line.amount) : ''}</td>
          <td className="num">{line.amount < 0 ? formatNok(-line.amount) : ''}</td>
          <td>{line.department ?? ''}</td>
          <td>
            {line.description}
            {line.matchingReference && (
              <div className="muted export-table__matching">
                {t('export.preview.matchingReference', { reference: line.matchingReference })}
              </div>
            )}
          </td>
        </tr>
      );
    }
    case 'sum':
      return (
        <tr ref={measure} data-index={index} className="export-table__sum">
          <th scope="row" colSpan={3}>
            {t('export.preview.sum')}
          </th>
          <td className="num">{formatNok(row.debit)}</td>
          <td className="num">{formatNok(-row.credit)}</td>
          <td colSpan={2} />
        </tr>
      );
  }
});

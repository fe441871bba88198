import type { ChartAccount, MappingProblem } from '@qo/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { getErrorMessage } from '@/lib/problem-message';
import { useMappingsTranslation } from '../locales';
import { MappingProblems } from './mapping-problems';

type Row = { id: string; name: string; problems: readonly MappingProblem[] };

type MappingListProps<Item extends Row> = {
  list: UseQueryResult<Item[]>;
  departmentId: string | undefined;
  canEdit: boolean;
  tableLabel: string;
  /** Headings of the read-only table from the name on, without the problems' column. */
  headings: readonly string[];
  problemsHeading?: string;
  /** A row's cells between its name and its problems. */
  cells: (item: Item) => ReactNode;
  /** A row's form; without an item, the form that adds one. */
  renderForm: (item?: Item) => ReactNode;
};

/** "3010 Salgsinntekt", the bare number when the chart lacks it, "—" when none is chosen. */
export function accountLabel(accounts: readonly ChartAccount[], accountNo: number | null): string {
  if (accountNo === null) return '—';
  const account = accounts.find((a) => a.accountNo === accountNo);
  return account ? `${accountNo} ${account.name}` : String(accountNo);
}

/** A company mapping's rows: a form per row and one to add, or a read-only table for roles that may not edit. */
export function MappingList<Item extends Row>({
  list,
  departmentId,
  canEdit,
  tableLabel,
  headings,
  problemsHeading,
  cells,
  renderForm,
}: MappingListProps<Item>) {
  const { t } = useMappingsTranslation();
  if (list.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError) return <p className="alert alert--error" role="alert">{getErrorMessage(list.error, t)}</p>;

  if (!canEdit) {
    return (
      <>
        <p className="muted">{t('mappings.readOnly')}</p>
        <table className="table" aria-label={tableLabel}>
          <thead>
            <tr>
              {headings.map((heading, i) => (
                <th key={i} scope="col">
                  {heading}
                </th>
              ))}
              <th scope="col">{problemsHeading}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                {cells(item)}
                <td>
                  <MappingProblems problems={item.problems} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  // Keyed by the department too: another department's chart starts each form afresh.
  return (
    <div className="mapping-forms">
      {list.data.map((item) => (
        <Fragment key={`${item.id}-${departmentId ?? ''}`}>{renderForm(item)}</Fragment>
      ))}
      <Fragment key="new">{renderForm()}</Fragment>
    </div>
  );
}

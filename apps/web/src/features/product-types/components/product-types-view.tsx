import type { ChartAccount } from '@qo/contracts';
import { MappingProblems } from '@/features/account-picker';
import { getErrorMessage } from '@/lib/problem-message';
import { useProductTypes } from '../api/product-types';
import { useProductTypesTranslation } from '../locales';
import { ProductTypeForm } from './product-type-form';

type ProductTypesViewProps = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

const label = (accounts: readonly ChartAccount[], no: number | null) => {
  if (no === null) return '—';
  const a = accounts.find((x) => x.accountNo === no);
  return a ? `${no} ${a.name}` : String(no);
};

/** The owner and the accountant edit each product type in place; any other role sees the mapping read-only. */
export function ProductTypesView({ accounts, departmentId, canEdit }: ProductTypesViewProps) {
  const { t } = useProductTypesTranslation();
  const list = useProductTypes(departmentId);
  if (list.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError) return <p className="alert alert--error" role="alert">{getErrorMessage(list.error, t)}</p>;

  if (!canEdit) {
    return (
      <>
        <p className="muted">{t('mappings.readOnly')}</p>
        <table className="table" aria-label={t('productTypes.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('productTypes.columns.name')}</th>
              <th scope="col">{t('productTypes.columns.kind')}</th>
              <th scope="col">{t('productTypes.columns.normal')}</th>
              <th scope="col">{t('productTypes.columns.reduced')}</th>
              <th scope="col">{t('productTypes.columns.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((pt) => (
              <tr key={pt.id}>
                <th scope="row">{pt.name}</th>
                <td>{t(`productTypes.kinds.${pt.kind}`)}</td>
                <td>{label(accounts, pt.normalAccountNo)}</td>
                <td>{pt.kind === 'gift_card' ? '—' : label(accounts, pt.reducedAccountNo)}</td>
                <td>
                  <MappingProblems problems={pt.problems} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <div className="mapping-forms">
      {list.data.map((pt) => (
        <ProductTypeForm key={`${pt.id}-${departmentId ?? ''}`} productType={pt} accounts={accounts} departmentId={departmentId} />
      ))}
      <ProductTypeForm key="new" accounts={accounts} departmentId={departmentId} />
    </div>
  );
}

import type { ChartAccount } from '@qo/contracts';
import { accountLabel, MappingList } from '@/features/account-picker';
import { useProductTypes } from '../api/product-types';
import { useProductTypesTranslation } from '../locales';
import { ProductTypeForm } from './product-type-form';

type ProductTypesViewProps = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

/** The owner and the accountant edit each product type in place; any other role sees the mapping read-only. */
export function ProductTypesView({ accounts, departmentId, canEdit }: ProductTypesViewProps) {
  const { t } = useProductTypesTranslation();
  const list = useProductTypes(departmentId);
  return (
    <MappingList
      list={list}
      departmentId={departmentId}
      canEdit={canEdit}
      tableLabel={t('productTypes.listLabel')}
      headings={[t('productTypes.columns.name'), t('productTypes.columns.kind'), t('productTypes.columns.normal'), t('productTypes.columns.reduced')]}
      problemsHeading={t('productTypes.columns.problems')}
      cells={(pt) => (
        <>
          <td>{t(`productTypes.kinds.${pt.kind}`)}</td>
          <td>{accountLabel(accounts, pt.normalAccountNo)}</td>
          <td>{pt.kind === 'gift_card' ? '—' : accountLabel(accounts, pt.reducedAccountNo)}</td>
        </>
      )}
      renderForm={(pt) => <ProductTypeForm productType={pt} accounts={accounts} departmentId={departmentId} />}
    />
  );
}

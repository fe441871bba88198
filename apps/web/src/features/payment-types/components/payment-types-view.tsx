import type { ChartAccount } from '@qo/contracts';
import { accountLabel, MappingList } from '@/features/account-picker';
import { usePaymentTypes } from '../api';
import { usePaymentTypesTranslation } from '../locales';
import { PaymentTypeForm } from './payment-type-form';

type Props = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

export function PaymentTypesView({ accounts, departmentId, canEdit }: Props) {
  const { t } = usePaymentTypesTranslation();
  const list = usePaymentTypes(departmentId);
  return (
    <MappingList
      list={list}
      departmentId={departmentId}
      canEdit={canEdit}
      tableLabel={t('pages.paymentTypes.title')}
      headings={[t('paymentTypes.name'), t('paymentTypes.kind'), t('paymentTypes.account'), t('paymentTypes.transfer')]}
      cells={(p) => (
        <>
          <td>{t(`paymentTypes.kinds.${p.kind}`)}</td>
          <td>{accountLabel(accounts, p.accountNo)}</td>
          <td>{p.transferToAccounting ? '✓' : '—'}</td>
        </>
      )}
      renderForm={(p) => <PaymentTypeForm paymentType={p} accounts={accounts} departmentId={departmentId} />}
    />
  );
}

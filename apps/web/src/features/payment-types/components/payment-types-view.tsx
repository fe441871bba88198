import type { ChartAccount } from '@qo/contracts';
import { MappingProblems } from '@/features/account-picker';
import { getErrorMessage } from '@/lib/problem-message';
import { usePaymentTypes } from '../api';
import { usePaymentTypesTranslation } from '../locales';
import { PaymentTypeForm } from './payment-type-form';

type Props = { accounts: readonly ChartAccount[]; departmentId: string | undefined; canEdit: boolean };

export function PaymentTypesView({ accounts, departmentId, canEdit }: Props) {
  const { t } = usePaymentTypesTranslation();
  const list = usePaymentTypes(departmentId);
  if (list.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (list.isError) return <p className="alert alert--error" role="alert">{getErrorMessage(list.error, t)}</p>;
  if (!canEdit) {
    return (
      <>
        <p className="muted">{t('mappings.readOnly')}</p>
        <table className="table" aria-label={t('pages.paymentTypes.title')}>
          <thead>
            <tr>
              <th scope="col">{t('paymentTypes.name')}</th>
              <th scope="col">{t('paymentTypes.kind')}</th>
              <th scope="col">{t('paymentTypes.account')}</th>
              <th scope="col">{t('paymentTypes.transfer')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.data.map((p) => {
              const account = accounts.find((a) => a.accountNo === p.accountNo);
              return (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`paymentTypes.kinds.${p.kind}`)}</td>
                  <td>{p.accountNo === null ? '—' : `${p.accountNo}${account ? ` ${account.name}` : ''}`}</td>
                  <td>{p.transferToAccounting ? '✓' : '—'}</td>
                  <td>
                    <MappingProblems problems={p.problems} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <div className="mapping-forms">
      {list.data.map((p) => (
        <PaymentTypeForm key={`${p.id}-${departmentId ?? ''}`} paymentType={p} accounts={accounts} departmentId={departmentId} />
      ))}
      <PaymentTypeForm key="new" accounts={accounts} departmentId={departmentId} />
    </div>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { paymentKindSchema, paymentTypeBodySchema, type ChartAccount, type PaymentType, type PaymentTypeBody } from '@qo/contracts';
import { Controller, useWatch } from 'react-hook-form';
import { AccountPicker, MappingFormShell, useMappingForm } from '@/features/account-picker';
import { useSavePaymentType } from '../api';
import { usePaymentTypesTranslation } from '../locales';

const EMPTY: PaymentTypeBody = { name: '', kind: 'card', accountNo: null, transferToAccounting: true };
const resolver = zodResolver(paymentTypeBodySchema);

type Props = { paymentType?: PaymentType; accounts: readonly ChartAccount[]; departmentId: string | undefined };

export function PaymentTypeForm({ paymentType, accounts, departmentId }: Props) {
  const { t } = usePaymentTypesTranslation();
  const save = useSavePaymentType(departmentId);
  const mapping = useMappingForm({ item: paymentType, empty: EMPTY, resolver, save });
  const { id, form } = mapping;
  const { register, control } = form;
  const kind = useWatch({ control, name: 'kind' });

  return (
    <MappingFormShell mapping={mapping} title={paymentType?.name ?? t('paymentTypes.newTitle')} nameLabel={t('paymentTypes.name')} createLabel={t('paymentTypes.create')}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('paymentTypes.kind')}</label>
        <select id={`${id}-kind`} {...register('kind')}>
          {paymentKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`paymentTypes.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <Controller
        control={control}
        name="accountNo"
        render={({ field, fieldState }) => (
          <AccountPicker
            label={t('paymentTypes.account')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            accounts={accounts}
            prefer={kind === 'gift_card' ? 'liability' : 'asset'}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="field field--checkbox">
        <input id={`${id}-transfer`} type="checkbox" {...register('transferToAccounting')} />
        <label htmlFor={`${id}-transfer`}>{t('paymentTypes.transfer')}</label>
      </div>
      {(kind === 'card' || kind === 'mobile') && <p className="muted">{t('paymentTypes.guide.clearing')}</p>}
      {kind === 'gift_card' && <p className="muted">{t('paymentTypes.guide.giftCard')}</p>}
      {kind === 'credit' && <p className="muted">{t('paymentTypes.guide.credit')}</p>}
    </MappingFormShell>
  );
}

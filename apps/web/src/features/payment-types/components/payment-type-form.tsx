import { zodResolver } from '@hookform/resolvers/zod';
import { paymentKindSchema, paymentTypeBodySchema, type ChartAccount, type PaymentType, type PaymentTypeBody } from '@qo/contracts';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { AccountPicker, MappingProblems } from '@/features/account-picker';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useSavePaymentType } from '../api';
import { usePaymentTypesTranslation } from '../locales';

const FIELDS = ['name', 'kind', 'accountNo', 'transferToAccounting'] as const;

type Props = { paymentType?: PaymentType; accounts: readonly ChartAccount[]; departmentId: string | undefined };

export function PaymentTypeForm({ paymentType, accounts, departmentId }: Props) {
  const { t } = usePaymentTypesTranslation();
  const id = useId();
  const save = useSavePaymentType(departmentId);
  const defaults: PaymentTypeBody = paymentType
    ? { name: paymentType.name, kind: paymentType.kind, accountNo: paymentType.accountNo, transferToAccounting: paymentType.transferToAccounting }
    : { name: '', kind: 'card', accountNo: null, transferToAccounting: true };
  const { register, control, handleSubmit, setError, reset, formState } = useForm<PaymentTypeBody>({
    resolver: zodResolver(paymentTypeBodySchema),
    defaultValues: defaults,
  });
  const kind = useWatch({ control, name: 'kind' });
  const title = paymentType?.name ?? t('paymentTypes.newTitle');

  const onSubmit = handleSubmit(async (body) => {
    try {
      const saved = await save.mutateAsync({ id: paymentType?.id, body });
      reset(paymentType ? { name: saved.name, kind: saved.kind, accountNo: saved.accountNo, transferToAccounting: saved.transferToAccounting } : defaults);
    } catch (error) {
      if (isApiError(error)) {
        for (const fe of error.fieldErrors) {
          const field = FIELDS.find((f) => f === fe.path);
          if (field) setError(field, { type: 'server', message: fe.message });
        }
      }
      setError('root.server', { type: 'server', message: getErrorMessage(error, t) });
    }
  });
  const errors = formState.errors;

  return (
    <form className="card form mapping-form" aria-label={title} onSubmit={onSubmit} noValidate>
      <h2>{title}</h2>
      {errors.root?.server && (
        <p className="alert alert--error" role="alert">
          {errors.root.server.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('paymentTypes.name')}</label>
        <input id={`${id}-name`} aria-invalid={errors.name ? true : undefined} {...register('name')} />
        {errors.name && <p className="field__error">{errors.name.message}</p>}
      </div>
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
      {paymentType && !formState.isDirty && <MappingProblems problems={paymentType.problems} />}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {save.isPending ? t('mappings.saving') : paymentType ? t('mappings.save') : t('paymentTypes.create')}
      </button>
    </form>
  );
}

import type { ChartAccount, ProductType, ProductTypeBody } from '@qo/contracts';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { AccountPicker, MappingProblems } from '@/features/account-picker';
import { isApiError } from '@/lib/api-error';
import { getErrorMessage } from '@/lib/problem-message';
import { useSaveProductType } from '../api/product-types';
import { useProductTypesTranslation } from '../locales';
import { productTypeResolver } from './product-type-resolver';

const FIELDS = ['name', 'kind', 'normalAccountNo', 'reducedAccountNo'] as const;

type ProductTypeFormProps = {
  productType?: ProductType;
  accounts: readonly ChartAccount[];
  departmentId: string | undefined;
};

/** One product type (or a new one): name, kind and its accounts, saved with the contract's rules. */
export function ProductTypeForm({ productType, accounts, departmentId }: ProductTypeFormProps) {
  const { t } = useProductTypesTranslation();
  const id = useId();
  const save = useSaveProductType(departmentId);
  const defaults: ProductTypeBody = productType
    ? { name: productType.name, kind: productType.kind, normalAccountNo: productType.normalAccountNo, reducedAccountNo: productType.reducedAccountNo }
    : { name: '', kind: 'sales', normalAccountNo: null, reducedAccountNo: null };
  const { register, control, handleSubmit, setValue, setError, reset, formState } = useForm<ProductTypeBody>({
    resolver: productTypeResolver,
    defaultValues: defaults,
  });
  const kind = useWatch({ control, name: 'kind' });
  const title = productType?.name ?? t('productTypes.newTitle');

  const onSubmit = handleSubmit(async (body) => {
    try {
      const saved = await save.mutateAsync({ id: productType?.id, body });
      reset(productType ? { name: saved.name, kind: saved.kind, normalAccountNo: saved.normalAccountNo, reducedAccountNo: saved.reducedAccountNo } : defaults);
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
        <label htmlFor={`${id}-name`}>{t('productTypes.name')}</label>
        <input id={`${id}-name`} aria-invalid={errors.name ? true : undefined} {...register('name')} />
        {errors.name && <p className="field__error">{errors.name.message}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('productTypes.kind')}</label>
        <select
          id={`${id}-kind`}
          {...register('kind', {
            // A gift card has one (liability) account: drop the reduced-rate one.
            onChange: (e: { target: { value: string } }) => e.target.value === 'gift_card' && setValue('reducedAccountNo', null),
          })}
        >
          <option value="sales">{t('productTypes.kinds.sales')}</option>
          <option value="gift_card">{t('productTypes.kinds.gift_card')}</option>
        </select>
      </div>
      {kind === 'gift_card' && <p className="muted">{t('productTypes.giftCardHint')}</p>}
      <Controller
        control={control}
        name="normalAccountNo"
        render={({ field, fieldState }) => (
          <AccountPicker
            label={kind === 'gift_card' ? t('productTypes.giftCardAccount') : t('productTypes.normalAccount')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            accounts={accounts}
            prefer={kind === 'gift_card' ? 'liability' : 'income'}
            error={fieldState.error?.message}
          />
        )}
      />
      {kind === 'sales' && (
        <Controller
          control={control}
          name="reducedAccountNo"
          render={({ field, fieldState }) => (
            <AccountPicker
              label={t('productTypes.reducedAccount')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              accounts={accounts}
              prefer="income"
              error={fieldState.error?.message}
            />
          )}
        />
      )}
      {productType && !formState.isDirty && <MappingProblems problems={productType.problems} />}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {save.isPending ? t('mappings.saving') : productType ? t('mappings.save') : t('productTypes.create')}
      </button>
      {save.isSuccess && !formState.isDirty && (
        <span role="status" className="muted">
          {' '}
          {t('mappings.saved')}
        </span>
      )}
    </form>
  );
}

import type { ChartAccount, ProductType, ProductTypeBody } from '@qo/contracts';
import { Controller, useWatch } from 'react-hook-form';
import { AccountPicker, MappingFormShell, useMappingForm } from '@/features/account-picker';
import { useSaveProductType } from '../api/product-types';
import { useProductTypesTranslation } from '../locales';
import { productTypeResolver } from './product-type-resolver';

const EMPTY: ProductTypeBody = { name: '', kind: 'sales', normalAccountNo: null, reducedAccountNo: null };

type ProductTypeFormProps = {
  productType?: ProductType;
  accounts: readonly ChartAccount[];
  departmentId: string | undefined;
};

/** One product type (or a new one): name, kind and its accounts, saved with the contract's rules. */
export function ProductTypeForm({ productType, accounts, departmentId }: ProductTypeFormProps) {
  const { t } = useProductTypesTranslation();
  const save = useSaveProductType(departmentId);
  const mapping = useMappingForm({ item: productType, empty: EMPTY, resolver: productTypeResolver, save });
  const { id, form } = mapping;
  const { register, control, setValue } = form;
  const kind = useWatch({ control, name: 'kind' });

  return (
    <MappingFormShell
      mapping={mapping}
      title={productType?.name ?? t('productTypes.newTitle')}
      nameLabel={t('productTypes.name')}
      createLabel={t('productTypes.create')}
      announceSaved
    >
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
    </MappingFormShell>
  );
}

import { TableScroll } from '@/components/ui/table-scroll';
import { notify } from '@/components/ui/toast';
import { getErrorMessage } from '@/lib/problem-message';
import { useCreatePowerOfficeProduct, useLinkProduct, useProductLinks } from '../api/product-links';
import { createProductErrorMessage } from './create-product-error';
import { useCustomersTranslation } from '../locales';

/**
 * Product type ↔ PowerOffice product (owners): link an existing product, or create the missing one
 * through the API (the BFF makes it once, even when an answer is lost).
 */
export function ProductLinks() {
  const { t } = useCustomersTranslation();
  const links = useProductLinks(true);
  const link = useLinkProduct();
  const create = useCreatePowerOfficeProduct();
  const busy = link.isPending || create.isPending;
  // After a link or a create the type's product field has the focus again (it is disabled meanwhile).
  const focusType = (productTypeId: string) =>
    setTimeout(() => document.getElementById(`product-${productTypeId}`)?.focus(), 0);
  const onLink = (productTypeId: string, name: string, value: string) => {
    const powerOfficeProductId = value ? Number(value) : null;
    link.mutate(
      { productTypeId, powerOfficeProductId },
      {
        onSuccess: (saved) => {
          notify.success(
            saved.powerOfficeProduct
              ? t('invoicing.products.linkedToast', { name, product: saved.powerOfficeProduct.name })
              : t('invoicing.products.unlinkedToast', { name }),
          );
          focusType(productTypeId);
        },
        onError: () => focusType(productTypeId),
      },
    );
  };
  const onCreate = (productTypeId: string, name: string) =>
    create.mutate(
      { productTypeId, name },
      {
        onSuccess: (saved) => {
          notify.success(
            t('invoicing.products.created', { name, code: saved.powerOfficeProduct?.code ?? '' }),
          );
          focusType(productTypeId);
        },
      },
    );
  return (
    <section className="card" aria-labelledby="product-links">
      <h2 id="product-links">{t('invoicing.products.title')}</h2>
      <p className="muted">{t('invoicing.products.lead')}</p>
      {links.isPending && <p className="muted">{t('app.loading')}</p>}
      {links.isError && (
        <p className="alert alert--error" role="alert">
          {getErrorMessage(links.error, t)}
        </p>
      )}
      {link.isError && (
        <p className="alert alert--error" role="alert">
          {getErrorMessage(link.error, t)}
        </p>
      )}
      {create.isError && (
        <p className="alert alert--error" role="alert">
          {createProductErrorMessage(create.error, create.variables.name, t)}
        </p>
      )}
      {create.isSuccess && (
        <p className="alert" role="status">
          {t('invoicing.products.created', {
            name: create.variables.name,
            code: create.data.powerOfficeProduct?.code ?? '',
          })}
        </p>
      )}
      {links.data && (
        <TableScroll label={t('invoicing.products.title')}>
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('invoicing.products.productType')}</th>
                <th scope="col">{t('invoicing.products.product')}</th>
              </tr>
            </thead>
            <tbody>
              {links.data.productTypes.map((type) => (
                <tr key={type.productTypeId}>
                  <th scope="row">
                    {type.name}
                    <div className="muted">
                      {t('invoicing.products.accounts', {
                        normal: type.normalAccountNo ?? '–',
                        reduced: type.reducedAccountNo ?? '–',
                      })}
                    </div>
                  </th>
                  <td data-label={t('invoicing.products.product')}>
                    <select
                      id={`product-${type.productTypeId}`}
                      aria-label={`${t('invoicing.products.product')}: ${type.name}`}
                      value={type.powerOfficeProduct?.id ?? ''}
                      disabled={busy}
                      onChange={(e) => onLink(type.productTypeId, type.name, e.target.value)}
                    >
                      <option value="">{t('invoicing.products.none')}</option>
                      {links.data.products.map((p) => (
                        <option key={p.id} value={p.id}>
                          {[p.code, p.name, `${p.standardAccountNo ?? '–'} / ${p.optionalAccountNo ?? '–'}`]
                            .filter(Boolean)
                            .join(' · ')}
                        </option>
                      ))}
                    </select>
                    {links.data.canCreate && !type.powerOfficeProduct && (
                      <button
                        type="button"
                        className="button"
                        aria-label={`${t('invoicing.products.create')}: ${type.name}`}
                        disabled={busy}
                        onClick={() => onCreate(type.productTypeId, type.name)}
                      >
                        {create.isPending && create.variables.productTypeId === type.productTypeId
                          ? t('invoicing.products.creating')
                          : t('invoicing.products.create')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

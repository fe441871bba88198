import { useTranslation } from 'react-i18next';
import { getErrorMessage } from '@/lib/problem-message';
import { useLinkProduct, useProductLinks } from '../api/product-links';

/** Product type ↔ PowerOffice product (owners). Products are created in PowerOffice GO, then linked here. */
export function ProductLinks() {
  const { t } = useTranslation();
  const links = useProductLinks(true);
  const link = useLinkProduct();
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
      {links.data && (
        <table className="table">
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
                  <div className="muted">{t('invoicing.products.accounts', { normal: type.normalAccountNo ?? '–', reduced: type.reducedAccountNo ?? '–' })}</div>
                </th>
                <td>
                  <select
                    id={`product-${type.productTypeId}`}
                    aria-label={`${t('invoicing.products.product')}: ${type.name}`}
                    value={type.powerOfficeProduct?.id ?? ''}
                    disabled={link.isPending}
                    onChange={(e) => link.mutate({ productTypeId: type.productTypeId, powerOfficeProductId: e.target.value ? Number(e.target.value) : null })}
                  >
                    <option value="">{t('invoicing.products.none')}</option>
                    {links.data.products.map((p) => (
                      <option key={p.id} value={p.id}>
                        {[p.code, p.name, `${p.standardAccountNo ?? '–'} / ${p.optionalAccountNo ?? '–'}`].filter(Boolean).join(' · ')}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

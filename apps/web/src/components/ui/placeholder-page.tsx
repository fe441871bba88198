import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PageKey =
  'setup' | 'integrations' | 'productTypes' | 'vatCodes' | 'paymentTypes' | 'export' | 'customers';

/** A page that a later part of the product fills: says what it will hold, shows no made-up data. */
export function PlaceholderPage({ page, children }: { page: PageKey; children?: ReactNode }) {
  const { t } = useTranslation();
  const coming = t(`pages.${page}.coming`, { returnObjects: true }) as string[];
  return (
    <article className="page">
      <h1>{t(`pages.${page}.title`)}</h1>
      <p className="page__lead">{t(`pages.${page}.description`)}</p>
      {children}
      <section className="card" aria-labelledby={`${page}-coming`}>
        <h2 id={`${page}-coming`}>{t('pages.comingTitle')}</h2>
        <ul>
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}

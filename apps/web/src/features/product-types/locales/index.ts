import { useMappingsTranslation } from '@/components/account-picker';
import { defineLocales } from '@/lib/i18n';

const nb = {
  productTypes: {
    listLabel: 'Produkttyper',
    name: 'Navn',
    kind: 'Type',
    kinds: { sales: 'Salg', gift_card: 'Gavekort (gjeld, uten mva)' },
    normalAccount: 'Konto normal mva (servering, 25 %)',
    reducedAccount: 'Konto redusert mva (takeaway, 15 %)',
    giftCardAccount: 'Gjeldskonto for gavekort',
    columns: {
      name: 'Produkttype',
      kind: 'Type',
      normal: 'Normal mva',
      reduced: 'Redusert mva',
      problems: 'Mangler / advarsler',
    },
    newTitle: 'Ny produkttype',
    nameOf: 'Navn – {{name}}',
    kindOf: 'Type – {{name}}',
    giftCardOneAccount: 'Ikke i bruk: et gavekort har én konto',
    created: 'Produkttypen «{{name}}» er lagt til. Velg kontoene i raden.',
    create: 'Legg til',
    giftCardHint:
      'Salg av gavekort er et forskudd fra kunden (gjeld, f.eks. 2901) og har ingen mva; mva beregnes når gavekortet brukes.',
  },
};
const en: typeof nb = {
  productTypes: {
    listLabel: 'Product types',
    name: 'Name',
    kind: 'Kind',
    kinds: { sales: 'Sales', gift_card: 'Gift card (liability, no VAT)' },
    normalAccount: 'Account normal VAT (dine-in, 25 %)',
    reducedAccount: 'Account reduced VAT (takeaway, 15 %)',
    giftCardAccount: 'Gift-card liability account',
    columns: {
      name: 'Product type',
      kind: 'Kind',
      normal: 'Normal VAT',
      reduced: 'Reduced VAT',
      problems: 'Missing / warnings',
    },
    newTitle: 'New product type',
    nameOf: 'Name – {{name}}',
    kindOf: 'Kind – {{name}}',
    giftCardOneAccount: 'Not used: a gift card has one account',
    created: 'Product type “{{name}}” added. Choose its accounts in the row.',
    create: 'Add',
    giftCardHint:
      'Selling a gift card is a prepayment (a liability, e.g. 2901) without VAT; VAT arises when the card is used.',
  },
};

const useOwnTranslation = defineLocales({ nb, en });

/** This page's strings and the shared mapping strings. */
export function useProductTypesTranslation() {
  useMappingsTranslation();
  return useOwnTranslation();
}

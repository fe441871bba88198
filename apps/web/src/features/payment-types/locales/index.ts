import { useMappingsTranslation } from '@/components/account-picker';
import { defineLocales } from '@/lib/i18n';

const nb = {
  paymentTypes: {
    name: 'Navn',
    kind: 'Type',
    kinds: {
      cash: 'Kontant',
      card: 'Kort',
      mobile: 'Mobil (Vipps)',
      gift_card: 'Gavekort',
      credit: 'Kreditt',
      other: 'Annet',
    },
    account: 'Konto',
    transfer: 'Overføres til regnskap',
    newTitle: 'Ny betalingstype',
    nameOf: 'Navn – {{name}}',
    kindOf: 'Type – {{name}}',
    problems: 'Mangler / advarsler',
    yes: 'Ja',
    no: 'Nei',
    created: 'Betalingstypen «{{name}}» er lagt til. Velg kontoen i raden.',
    create: 'Legg til',
    guide: {
      clearing:
        'En betaling på kortterminal eller Vipps skal inn over en mellomregningskonto, typisk i 15xx-serien, ikke rett i banken. 1900 er vanligvis kontanter.',
      giftCard:
        'Gavekort: «overføres til regnskap» må være på, ellers kommer gavekortsalg og bruk av gavekort ikke med i bilaget.',
      credit:
        'Kreditt: når automatisk fakturering er på, går kredittordrene til PowerOffice GO som ordre. Slå da av «overføres til regnskap» for Kreditt, ellers blir salget bokført to ganger.',
    },
  },
};
const en: typeof nb = {
  paymentTypes: {
    name: 'Name',
    kind: 'Kind',
    kinds: {
      cash: 'Cash',
      card: 'Card',
      mobile: 'Mobile (Vipps)',
      gift_card: 'Gift card',
      credit: 'Credit',
      other: 'Other',
    },
    account: 'Account',
    transfer: 'Transferred to accounting',
    newTitle: 'New payment type',
    nameOf: 'Name – {{name}}',
    kindOf: 'Kind – {{name}}',
    problems: 'Missing / warnings',
    yes: 'Yes',
    no: 'No',
    created: 'Payment type “{{name}}” added. Choose its account in the row.',
    create: 'Add',
    guide: {
      clearing:
        'Card-terminal and Vipps payments go through a clearing account, typically 15xx, never straight to the bank. 1900 is usually cash.',
      giftCard:
        'Gift card: "transferred to accounting" must be on, or gift-card sales and redemptions are left out of the voucher.',
      credit:
        'Credit: with automatic invoicing on, credit orders go to PowerOffice GO as orders. Then switch off "transferred to accounting" for Credit, or the sale is booked twice.',
    },
  },
};

const useOwnTranslation = defineLocales({ nb, en });

/** This page's strings and the shared mapping strings. */
export function usePaymentTypesTranslation() {
  useMappingsTranslation();
  return useOwnTranslation();
}

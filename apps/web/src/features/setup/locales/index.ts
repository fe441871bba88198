import { defineLocales } from '@/lib/i18n';

const nb = {
  setup: {
    badge: 'Oppsett {{done}}/{{total}}',
    badgeComplete: 'Oppsett fullført',
    badgeLabel: 'Oppsett {{done}}/{{total}}: {{done}} av {{total}} steg fullført',
    done: 'Fullført',
    notDone: 'Mangler',
    fix: 'Gå til {{page}}',
    complete: 'Alt er satt opp. Gjør en manuell overføring under Eksport før du slår på automatisk eksport.',
    loadError: 'Kunne ikke hente sjekklisten.',
    listLabel: 'Sjekkliste for oppsett',
    pages: {
      '/integrations': 'Integrasjoner',
      '/product-types': 'Produkttyper',
      '/vat-codes': 'Momskoder',
      '/payment-types': 'Betalingstyper',
      '/customers#product-links': 'Kunder → Produkter i PowerOffice',
    },
    steps: {
      department_connected: 'Avdeling koblet til PowerOffice GO',
      poweroffice_department: 'PowerOffice-avdeling valgt (hvis avdelinger brukes)',
      business_hours: 'Drifttid 05:00–05:00',
      product_types: 'Produkttyper koblet til inntektskonti',
      vat_codes: 'Momskoder valgt for 25, 15, 12 og 0 %',
      rounding_account: 'Konto for øreavrunding',
      payment_types: 'Betalingstyper koblet til konti',
      gift_cards: 'Gavekort overføres til regnskap',
      credit_vs_invoicing: 'Kreditt ikke overført når fakturering er på',
      product_links: 'Produkttyper koblet til produkter i PowerOffice (for automatisk fakturering)',
    },
  },
};
const en: typeof nb = {
  setup: {
    badge: 'Setup {{done}}/{{total}}',
    badgeComplete: 'Setup complete',
    badgeLabel: 'Setup {{done}}/{{total}}: {{done}} of {{total}} steps done',
    done: 'Done',
    notDone: 'Missing',
    fix: 'Go to {{page}}',
    complete:
      'Everything is set up. Make one manual transfer under Export before switching on automatic export.',
    loadError: 'Could not fetch the checklist.',
    listLabel: 'Setup checklist',
    pages: {
      '/integrations': 'Integrations',
      '/product-types': 'Product types',
      '/vat-codes': 'VAT codes',
      '/payment-types': 'Payment types',
      '/customers#product-links': 'Customers → Products in PowerOffice',
    },
    steps: {
      department_connected: 'Department connected to PowerOffice GO',
      poweroffice_department: 'PowerOffice department chosen (if departments are used)',
      business_hours: 'Business hours 05:00–05:00',
      product_types: 'Product types mapped to revenue accounts',
      vat_codes: 'VAT codes chosen for 25, 15, 12 and 0 %',
      rounding_account: 'Rounding account',
      payment_types: 'Payment types mapped to accounts',
      gift_cards: 'Gift cards transferred to accounting',
      credit_vs_invoicing: 'Credit not transferred while invoicing is on',
      product_links: 'Product types linked to products in PowerOffice (for automatic invoicing)',
    },
  },
};

export const useSetupTranslation = defineLocales({ nb, en });

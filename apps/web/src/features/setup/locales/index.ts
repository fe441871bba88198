import { defineLocales } from '@/lib/i18n';
import { setupStepWords } from '@/lib/setup-step-words';

export const nb = {
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
    steps: setupStepWords.nb,
  },
};
export const en: typeof nb = {
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
    steps: setupStepWords.en,
  },
};

export const useSetupTranslation = defineLocales({ nb, en });

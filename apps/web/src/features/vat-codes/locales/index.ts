import { useMappingsTranslation } from '@/components/account-picker';
import { defineLocales } from '@/lib/i18n';

const nb = {
  vatCodes: {
    tableTitle: 'Momskode per momssats',
    columns: {
      rate: 'Momssats i kassen',
      code: 'Momskode i PowerOffice GO',
      suggestion: 'Forslag',
      problems: 'Mangler / advarsler',
    },
    rateTitle: 'Momssats {{rate}} %',
    codeFor: 'PowerOffice-momskode for {{rate}} %',
    choose: 'Velg momskode',
    none: 'Ikke valgt',
    sameRate: 'Koder med sats {{rate}} %',
    otherRate: 'Andre satser (avvises)',
    suggestion: 'SAF-T foreslår {{code}}.',
    suggestionZero: 'Bruk 6 for omsetning utenfor mva-loven, 7 for inntekt uten mva-behandling.',
    useSuggestion: 'Bruk forslaget',
    useSuggestionFor: 'Bruk forslaget {{code}} for {{rate}} %',
    followsSuggestion: 'Som foreslått',
    rounding: {
      title: 'Øreavrunding',
      lead: 'Kontoen som øreavrundingen i kassen føres mot i bilaget.',
      what: 'Hva',
      account: 'Konto',
      label: 'Konto for øreavrunding',
      suggestion: 'PowerOffice GO foreslår {{account}}.',
      useSuggestion: 'Bruk forslaget {{account}} for øreavrunding',
    },
  },
};
const en: typeof nb = {
  vatCodes: {
    tableTitle: 'VAT code per VAT rate',
    columns: {
      rate: 'VAT rate in the POS',
      code: 'VAT code in PowerOffice GO',
      suggestion: 'Suggestion',
      problems: 'Missing / warnings',
    },
    rateTitle: 'VAT rate {{rate}} %',
    codeFor: 'PowerOffice VAT code for {{rate}} %',
    choose: 'Choose VAT code',
    none: 'Not chosen',
    sameRate: 'Codes with rate {{rate}} %',
    otherRate: 'Other rates (refused)',
    suggestion: 'SAF-T suggests {{code}}.',
    suggestionZero: 'Use 6 for turnover outside the VAT Act, 7 for income without VAT treatment.',
    useSuggestion: 'Use the suggestion',
    useSuggestionFor: 'Use the suggestion {{code}} for {{rate}} %',
    followsSuggestion: 'As suggested',
    rounding: {
      title: 'Cash rounding',
      lead: 'The account the POS cash rounding is posted to in the voucher.',
      what: 'What',
      account: 'Account',
      label: 'Rounding account',
      suggestion: 'PowerOffice GO suggests {{account}}.',
      useSuggestion: 'Use the suggestion {{account}} for cash rounding',
    },
  },
};

const useOwnTranslation = defineLocales({ nb, en });

/** This page's strings and the shared mapping strings. */
export function useVatCodesTranslation() {
  useMappingsTranslation();
  return useOwnTranslation();
}

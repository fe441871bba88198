import { registerBundle, useMappingsTranslation } from '@/features/account-picker';

const nb = {
  vatCodes: {
    rateTitle: 'Momssats {{rate}} %',
    codeFor: 'PowerOffice-momskode for {{rate}} %',
    choose: 'Velg momskode',
    sameRate: 'Koder med sats {{rate}} %',
    otherRate: 'Andre satser (avvises)',
    suggestion: 'Forslag etter SAF-T: kode {{code}}.',
    suggestionZero: 'Forslag etter SAF-T: kode {{code}} (fritatt). Bruk 6 for omsetning utenfor mva-loven, 7 for inntekt uten mva-behandling.',
  },
};
const en: typeof nb = {
  vatCodes: {
    rateTitle: 'VAT rate {{rate}} %',
    codeFor: 'PowerOffice VAT code for {{rate}} %',
    choose: 'Choose VAT code',
    sameRate: 'Codes with rate {{rate}} %',
    otherRate: 'Other rates (refused)',
    suggestion: 'SAF-T suggestion: code {{code}}.',
    suggestionZero: 'SAF-T suggestion: code {{code}} (exempt). Use 6 for turnover outside the VAT Act, 7 for income without VAT treatment.',
  },
};

// At module load: any component using the hook below has the strings before it renders.
registerBundle({ nb, en });

export function useVatCodesTranslation() {
  return useMappingsTranslation();
}

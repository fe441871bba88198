/**
 * SAF-T standard tax codes as PowerOffice lists them under /VatCodes. The Id (what a voucher line's
 * VatId carries) deliberately differs from the Code, so a client that confuses them fails here too.
 * Rates are in basis points so all VAT arithmetic stays in integers.
 */
export type VatDirection = 'output' | 'input' | 'none';

export interface SeedVatCode {
  id: number;
  code: string;
  name: string;
  rateBp: number;
  direction: VatDirection;
  /** Account the VAT part is posted to; null for 0 % codes. */
  vatAccountNo: number | null;
  isActive: boolean;
  validFrom: string;
  validTo: string | null;
}

const since = '2017-01-01';

export const seedVatCodes: readonly SeedVatCode[] = [
  {
    id: 900,
    code: '0',
    name: 'Ingen mva-behandling (anskaffelser)',
    rateBp: 0,
    direction: 'none',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 901,
    code: '1',
    name: 'Fradrag for inngående mva, alminnelig sats',
    rateBp: 2500,
    direction: 'input',
    vatAccountNo: 2710,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 911,
    code: '11',
    name: 'Fradrag for inngående mva, redusert sats, middels',
    rateBp: 1500,
    direction: 'input',
    vatAccountNo: 2711,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 913,
    code: '13',
    name: 'Fradrag for inngående mva, redusert sats, lav',
    rateBp: 1200,
    direction: 'input',
    vatAccountNo: 2713,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 903,
    code: '3',
    name: 'Utgående mva, alminnelig sats',
    rateBp: 2500,
    direction: 'output',
    vatAccountNo: 2700,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 931,
    code: '31',
    name: 'Utgående mva, redusert sats, middels',
    rateBp: 1500,
    direction: 'output',
    vatAccountNo: 2701,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 932,
    code: '32',
    name: 'Utgående mva, redusert sats, råfisk',
    rateBp: 1111,
    direction: 'output',
    vatAccountNo: 2702,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 933,
    code: '33',
    name: 'Utgående mva, redusert sats, lav',
    rateBp: 1200,
    direction: 'output',
    vatAccountNo: 2703,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 905,
    code: '5',
    name: 'Innenlands omsetning og uttak, fritatt for mva',
    rateBp: 0,
    direction: 'output',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 951,
    code: '51',
    name: 'Innenlands omsetning med omvendt avgiftsplikt',
    rateBp: 0,
    direction: 'output',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 952,
    code: '52',
    name: 'Utførsel av varer og tjenester',
    rateBp: 0,
    direction: 'output',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 906,
    code: '6',
    name: 'Omsetning og uttak utenfor merverdiavgiftsloven',
    rateBp: 0,
    direction: 'output',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  {
    id: 907,
    code: '7',
    name: 'Ingen mva-behandling (inntekter)',
    rateBp: 0,
    direction: 'output',
    vatAccountNo: null,
    isActive: true,
    validFrom: since,
    validTo: null,
  },
  // An expired code, only listed with includeExpired=true, so clients learn to ignore it.
  {
    id: 899,
    code: '2',
    name: 'Utgått kode (historisk)',
    rateBp: 2500,
    direction: 'input',
    vatAccountNo: 2710,
    isActive: false,
    validFrom: '2010-01-01',
    validTo: '2016-12-31',
  },
];

/**
 * A realistic Norwegian restaurant chart (NS 4102 numbering). Balance-sheet accounts are locked to
 * the no-VAT code; revenue accounts default to their usual output code but accept any output code;
 * expense accounts accept input codes. 1500 is the customer sub-ledger's control account.
 */
export type AccountType = 'Asset' | 'Liability' | 'Equity' | 'Income' | 'Expense';

export interface SeedAccount {
  accountNo: number;
  name: string;
  type: AccountType;
  /** Default VAT code (SAF-T code, not id); null = none. */
  vatCode: string | null;
  isVatCodeLocked: boolean;
  isActive: boolean;
  isSubledgerControl?: boolean;
}

const a = (
  accountNo: number,
  name: string,
  type: AccountType,
  vatCode: string | null,
  isVatCodeLocked: boolean,
  isActive = true,
  isSubledgerControl = false,
): SeedAccount => ({ accountNo, name, type, vatCode, isVatCodeLocked, isActive, isSubledgerControl });

export const seedChart: readonly SeedAccount[] = [
  a(1500, 'Kundefordringer', 'Asset', '0', true, true, true),
  a(1501, 'Mellomregning BankAxept', 'Asset', '0', true),
  a(1502, 'Mellomregning Visa/Mastercard', 'Asset', '0', true),
  a(1503, 'Mellomregning kortterminal', 'Asset', '0', true),
  a(1504, 'Mellomregning American Express', 'Asset', '0', true),
  a(1505, 'Mellomregning Vipps', 'Asset', '0', true),
  a(1506, 'Mellomregning Wolt', 'Asset', '0', true),
  a(1507, 'Mellomregning Foodora', 'Asset', '0', true),
  a(1508, 'Mellomregning nettbestilling', 'Asset', '0', true),
  a(1509, 'Mellomregning (utgått)', 'Asset', '0', true, false),
  a(1579, 'Andre kortsiktige fordringer', 'Asset', '0', true),
  a(1900, 'Kontanter', 'Asset', '0', true),
  a(1905, 'Kontanter EUR', 'Asset', '0', true, false),
  a(1909, 'Kassedifferanse', 'Asset', '0', true),
  a(1920, 'Bankinnskudd', 'Asset', '0', true),
  a(1950, 'Bankinnskudd for skattetrekk', 'Asset', '0', true),
  a(2050, 'Annen egenkapital', 'Equity', '0', true),
  a(2400, 'Leverandørgjeld', 'Liability', '0', true),
  a(2700, 'Utgående merverdiavgift, alminnelig sats', 'Liability', '0', true),
  a(2701, 'Utgående merverdiavgift, middels sats', 'Liability', '0', true),
  a(2702, 'Utgående merverdiavgift, råfisk', 'Liability', '0', true, false),
  a(2703, 'Utgående merverdiavgift, lav sats', 'Liability', '0', true),
  a(2710, 'Inngående merverdiavgift, alminnelig sats', 'Asset', '0', true),
  a(2711, 'Inngående merverdiavgift, middels sats', 'Asset', '0', true),
  a(2713, 'Inngående merverdiavgift, lav sats', 'Asset', '0', true),
  a(2740, 'Oppgjørskonto merverdiavgift', 'Liability', '0', true),
  a(2900, 'Forskudd fra kunder', 'Liability', '0', true),
  a(2901, 'Gavekort', 'Liability', '0', true),
  a(2902, 'Tilgodelapper', 'Liability', '0', true),
  a(2910, 'Skyldig tips', 'Liability', '0', true),
  a(3000, 'Salgsinntekt handelsvarer, avgiftspliktig, alminnelig sats', 'Income', '3', false),
  a(3010, 'Salgsinntekt egentilvirkede varer, alminnelig sats', 'Income', '3', false),
  a(3020, 'Salgsinntekt tjenester, alminnelig sats', 'Income', '3', false),
  a(3030, 'Salgsinntekt handelsvarer, middels sats', 'Income', '31', false),
  a(3040, 'Salgsinntekt egentilvirkede varer, middels sats', 'Income', '31', false),
  a(3050, 'Salgsinntekt tjenester, lav sats', 'Income', '33', false),
  a(3060, 'Uttak av varer, alminnelig sats', 'Income', '3', false),
  a(3100, 'Salgsinntekt, avgiftsfri', 'Income', '5', true),
  a(3200, 'Salgsinntekt, unntatt avgiftsplikt', 'Income', '6', true),
  a(3900, 'Annen driftsrelatert inntekt', 'Income', '7', false),
  a(3990, 'Salgsinntekt gammel kasse (utgått)', 'Income', '3', false, false),
  a(4000, 'Innkjøp av råvarer og handelsvarer', 'Expense', '1', false),
  a(4010, 'Innkjøp næringsmidler, middels sats', 'Expense', '11', false),
  a(7740, 'Øreavrunding', 'Expense', '0', true),
  a(7770, 'Bank- og kortgebyrer', 'Expense', '0', true),
  a(7775, 'Kredittkortprovisjon', 'Expense', '0', true),
  a(7790, 'Annen kostnad (utgått)', 'Expense', '0', false, false),
];

import type { ChartAccount } from '@qo/contracts';
import { describe, expect, it } from 'vitest';
import { matchAccounts, orderAccounts, parseAccountInput } from './account-picker';

const account = (accountNo: number, name: string, isActive = true) =>
  ({ accountNo, name, isActive }) as ChartAccount;
const chart = [
  account(1920, 'Bankinnskudd'),
  account(3000, 'Salgsinntekt, avgiftspliktig'),
  account(3010, 'Salgsinntekt servering'),
  account(3040, 'Salgsinntekt takeaway'),
  account(3099, 'Gammel konto', false),
];
const income = orderAccounts(chart, 'income');

describe('account picker search', () => {
  it('matches a typed number by its start and words anywhere in the name', () => {
    expect(matchAccounts(income, '301').map((a) => a.accountNo)).toEqual([3010]);
    expect(matchAccounts(income, 'salg take').map((a) => a.accountNo)).toEqual([3040]);
    expect(matchAccounts(income, 'BANK').map((a) => a.accountNo)).toEqual([1920]);
  });

  it('offers active accounts only, the preferred class first', () => {
    expect(income.map((a) => a.accountNo)).toEqual([3000, 3010, 3040, 1920]);
  });

  it('keeps the chosen account first when its text is shown, so Enter does not pick another', () => {
    const chosen = chart[2]!;
    expect(matchAccounts(income, '3010 Salgsinntekt servering', chosen)[0]).toBe(chosen);
    expect(matchAccounts(income, '3010 Salgsinntekt servering', chosen)).toHaveLength(4);
  });

  it('reads the number at the start of the text, or says it is not one', () => {
    expect(parseAccountInput('3010 Salgsinntekt')).toBe(3010);
    expect(parseAccountInput(' ')).toBeNull();
    expect(parseAccountInput('salg')).toBeNaN();
  });
});

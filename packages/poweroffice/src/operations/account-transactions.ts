import { accountTransactionSchema, type AccountTransaction } from '../schemas/account-transactions.js';
import type { ListOptions, OperationContext } from './context.js';

export interface AccountTransactionFilter extends ListOptions {
  /** Required by PowerOffice, YYYY-MM-DD (posting date, inclusive). */
  fromDate: string;
  toDate: string;
  /** Account numbers: a list, or PowerOffice's own text ("1500-1599,1920"). */
  accountNos?: string | readonly number[];
  departmentCodes?: string;
  vatCodes?: string;
  /** Voucher numbers: a list, or PowerOffice's own text. */
  voucherNos?: string | readonly number[];
  voucherTypes?: string;
  createdDateTimeOffsetGreaterThan?: string;
  lastChangedDateTimeOffsetGreaterThan?: string;
}

const listText = (value: string | readonly number[] | undefined) =>
  typeof value === 'object' ? value.join(',') : value;

export function accountTransactionOperations({ list }: OperationContext) {
  return {
    /** `GET /AccountTransactions`: every page unless `page` names one (role AccountTransaction). */
    listAccountTransactions({
      page,
      accountNos,
      voucherNos,
      ...filter
    }: AccountTransactionFilter): Promise<AccountTransaction[]> {
      const query = {
        ...filter,
        ...(accountNos !== undefined ? { accountNos: listText(accountNos) } : {}),
        ...(voucherNos !== undefined ? { voucherNos: listText(voucherNos) } : {}),
      };
      return list(
        {
          operation: 'listAccountTransactions',
          path: '/AccountTransactions',
          query,
          privilege: 'AccountTransaction',
          itemSchema: accountTransactionSchema,
        },
        page,
      );
    },
  };
}

export type AccountTransactionOperations = ReturnType<typeof accountTransactionOperations>;

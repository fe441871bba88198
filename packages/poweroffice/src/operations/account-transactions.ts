import { accountTransactionSchema, type AccountTransaction } from '../schemas/account-transactions.js';
import type { ListOptions, OperationContext } from './context.js';

export interface AccountTransactionFilter extends ListOptions {
  /** Required by PowerOffice, YYYY-MM-DD. */
  fromDate: string;
  toDate: string;
  accountNos?: string;
  departmentCodes?: string;
  vatCodes?: string;
  voucherNos?: string;
  voucherTypes?: string;
  createdDateTimeOffsetGreaterThan?: string;
  lastChangedDateTimeOffsetGreaterThan?: string;
}

export function accountTransactionOperations({ list }: OperationContext) {
  return {
    listAccountTransactions({ page, ...filter }: AccountTransactionFilter): Promise<AccountTransaction[]> {
      return list({ operation: 'listAccountTransactions', path: '/AccountTransactions', query: { ...filter }, privilege: 'AccountTransaction', itemSchema: accountTransactionSchema }, page);
    },
  };
}

export type AccountTransactionOperations = ReturnType<typeof accountTransactionOperations>;

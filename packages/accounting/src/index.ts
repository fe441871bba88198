export * from './money';
export * from './oslo-time';
export * from './business-day';
export * from './hash';
export * from './reference';
export * from './fingerprint';
export * from './sales-order';
export * from './voucher/types';
export { buildDayVoucher, isVoucherPostable, revenueAccountOf } from './voucher/build-voucher';
export {
  lineTotal,
  orderTotal,
  splitOrder,
  isRoundingAllowed,
  type OrderSplit,
  type PaymentShare,
} from './voucher/order-split';
export { diffVoucherLines, type ComparableLine } from './voucher/diff';
export { compareLines } from './voucher/accumulate';
export * from './reconciliation/types';
export * from './reconciliation/clearing';
export { isBankingDay, addBankingDays, bankingDaysBetween } from './reconciliation/banking-days';
export { reconcileClearingAccounts } from './reconciliation/match';

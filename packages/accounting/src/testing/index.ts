/**
 * Test data for the voucher rules, shared with other workspaces' tests (`@qo/accounting/testing`):
 * the hand-worked day of docs/voucher-rules.md and seeded random days. Not part of the runtime API.
 */
export * from './random-orders';
export * from './seeded-random';
export * from './worked-day';

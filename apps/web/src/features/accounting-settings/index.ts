export { accountingSettingsKeys, accountingSettingsQueryOptions, RoundingAccountForm } from './rounding-account-form';

export {
  accountingSettingsKeys,
  accountingSettingsQueryOptions,
  useAccountingSettings,
  useSaveAccountingSettings,
} from './api/accounting-settings';

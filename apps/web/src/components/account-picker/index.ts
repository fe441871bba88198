export { chartKeys, chartQueryOptions, getChart, useChart, useRefreshChart } from './api/get-chart';
export { invalidateAfterMappingSave } from './api/after-mapping-save';
export {
  AccountPicker,
  accountText,
  matchAccounts,
  orderAccounts,
  parseAccountInput,
  type AccountPreference,
} from './components/account-picker';
export { accountLabel } from './components/account-label';
export { AddMappingDialog } from './components/add-mapping-dialog';
export { ChartSourceBar } from './components/chart-source-bar';
export { MappingProblems } from './components/mapping-problems';
export { MappingRowStatus } from './components/mapping-row-status';
export { MappingSaveBar } from './components/mapping-save-bar';
export { useFocusRow, withFocusParam } from './components/use-focus-row';
export { useMappingTable, type MappingRow } from './components/use-mapping-table';
export { validateWith } from './components/validate-with';
export { useMappingsTranslation } from './locales';
export { useChartDepartment } from './components/use-chart-department';

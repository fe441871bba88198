export { chartKeys, chartQueryOptions, getChart, useChart, useRefreshChart } from './api/get-chart';
export { AccountPicker, accountText, orderAccounts, parseAccountInput, type AccountPreference } from './components/account-picker';
export { ChartSourceBar } from './components/chart-source-bar';
export { MappingProblems } from './components/mapping-problems';
export { MappingFormShell } from './components/mapping-form-shell';
export { accountLabel, MappingList } from './components/mapping-list';
export { useMappingForm, type MappingFormState, type MappingItem, type SaveMapping } from './use-mapping-form';
export { registerBundle, useMappingsTranslation } from './locales';
export { useChartDepartment } from './use-chart-department';

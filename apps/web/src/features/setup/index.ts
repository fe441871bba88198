export { getSetupStatus, setupKeys, setupStatusQueryOptions, useSetupStatus } from './api/get-setup-status';
export { invalidateAfterMappingSave } from './api/after-mapping-save';
export { SetupBadge } from './components/setup-badge';
export { SetupChecklist } from './components/setup-checklist';
export { useSetupTranslation } from './locales';

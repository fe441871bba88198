export { slotsQueryOptions, useSlots } from './api/get-slots';
export { AddDepartmentDialog } from './components/department-form';
export { DepartmentCard } from './components/department-card';
export { SlotsPanel } from './components/slots-panel';
export { useIntegrationsTranslation } from './locales';

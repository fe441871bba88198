export { setupStatusQueryOptions } from './api/get-setup-status';
export { SetupBadge } from './components/setup-badge';
export { SetupChecklist } from './components/setup-checklist';

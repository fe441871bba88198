export { LazyAlertBell } from './components/lazy-alert-bell';
export { AlertSettings } from './components/alert-settings';
export { alertPreferencesQueryOptions } from './api/alerts-api';
export { useAlertsTranslation } from './locales';

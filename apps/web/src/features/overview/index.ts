export { OverviewView } from './components/overview-view';
export { attentionQueryOptions } from './api/overview-api';
export { useOverviewTranslation } from './locales';

export { OverviewView } from './components/overview-view';
export { attentionQueryOptions, invalidateOverview, overviewKeys } from './api/overview-api';
export { useOverviewTranslation } from './locales';

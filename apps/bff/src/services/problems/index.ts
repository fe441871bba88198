export {
  listOpenProblems,
  DEFAULT_CHANGED_LOOKBACK_DAYS,
  type ListOpenProblemsOptions,
} from './list-open-problems';
export { readDayStates, type DayRead } from './day-states';
export { AUTO_EXPORT_STALL_MINUTES } from './day-problems';
export { INVOICING_STALL_MINUTES } from './connection-problems';

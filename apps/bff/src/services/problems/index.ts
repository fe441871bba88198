export { listOpenProblems } from './list-open-problems';
export { readDayStates, type DayRead } from './day-states';

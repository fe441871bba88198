export * from './problem';
export * from './auth';
export * from './departments';
export * from './pos';

export * from './problem';
export * from './auth';
export * from './departments';
export * from './integrations';
export * from './pos';
export * from './export';
export * from './mappings';
export * from './customers';

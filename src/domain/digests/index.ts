export * from './periods';
export * from './occasions';
export * from './timing';
export * from './targets';
export * from './teamReport';
export * from './pastPeriods';
export * from './reportView';

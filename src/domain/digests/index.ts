export * from './periods';
export * from './occasions';
export * from './timing';
export * from './targets';
export * from './teamReport';

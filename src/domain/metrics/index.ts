export * from './caseRecord';
export * from './policy';
export * from './definition';
export * from './catalogue';
export * from './comparison';
export * from './longPending';
export * from './change';
export * from './applicability';

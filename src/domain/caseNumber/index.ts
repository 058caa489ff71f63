export * from './errors';
export * from './parse';
export * from './typeCodes';
export * from './courtCodes';
export * from './short';

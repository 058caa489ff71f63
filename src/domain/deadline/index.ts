export * from './policy';
export * from './input';
export * from './result';
export * from './errors';
export * from './engine';
export * from './status';
export * from './request';
export * from './extensionWindow';

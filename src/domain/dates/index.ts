export * from './epochDay';
export * from './period';

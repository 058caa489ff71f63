export * from './epochDay';
export * from './period';
export * from './timeOfDay';

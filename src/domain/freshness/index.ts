export * from './dataFreshness';

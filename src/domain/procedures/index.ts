export * from './procedureKeys';
export * from './facts';
export * from './timeLimitRule';
export * from './selectTimeLimitRule';

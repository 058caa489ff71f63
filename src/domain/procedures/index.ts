export * from './procedureKeys';
export * from './facts';
export * from './deadlineRule';
export * from './selectRule';

export * from './namedCatalogue';
export * from './closeMethods';
export * from './appealOutcomes';
export * from './teamKinds';

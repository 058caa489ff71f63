/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj|cj)s$': ['@swc/jest'] },
  // PGlite and pg-boss ship ESM only; swc compiles them to CommonJS for Jest (see ../shared/STACK.md).
  transformIgnorePatterns: [
    '/node_modules/(?!(@electric-sql|pg-boss|serialize-error|non-error|rrule-temporal|temporal-spec)/)',
  ],
  testTimeout: 30000,
};

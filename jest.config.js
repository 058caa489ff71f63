/**
 * Three projects. `unit` (pure code: no store, no server, no child process; `npm run test:unit`, ≤ 30 s; a unit
 * test that loads a database driver fails, test/support/noDatabase.js) and `integration` (stores, the Bolt app over
 * HTTP, the CLI) run on jest-light-runner in bare Node: a worker process loads Prisma, Bolt, PGlite, luxon and our
 * sources once for all the files it runs, where Jest's own runner gives every file a fresh registry and pays that
 * again, most of a small file's time. So a test file leaves nothing behind for the next one (close what it opens;
 * `test/support/bareNode.js` puts back timers, mocks and environment variables) and replaces no module. `mocked`
 * (the few files that replace a module with `jest.mock`) runs on Jest's own runner. `npm test` runs on three
 * workers on a two-core machine: many integration files wait on child processes, fsync and loopback HTTP, and a
 * third worker fills those waits (a fourth does not).
 */
const UNIT = [
  '<rootDir>/test/domain/',
  '<rootDir>/test/cmsExports/',
  '<rootDir>/test/packaging/',
  '<rootDir>/test/i18n/',
  '<rootDir>/test/slack/views/',
  '<rootDir>/test/slack/views.test.ts',
  '<rootDir>/test/slack/ruleViews.test.ts',
  '<rootDir>/test/slack/charts/teamChart.test.ts',
  '<rootDir>/test/services/clock.test.ts',
  '<rootDir>/test/cli/table.test.ts',
  '<rootDir>/test/cli/importOutput.test.ts',
  '<rootDir>/test/devtools/demo/generator.test.ts',
  '<rootDir>/test/devtools/demo/shippedRegulations.test.ts',
  '<rootDir>/test/scripts/lawLibrary/',
  '<rootDir>/test/slack/directMessages/',
  '<rootDir>/test/documents/courtReportLayout.test.ts',
];

/** Integration files that replace a module with `jest.mock`, which only Jest's own runner can do. */
const MOCKED = ['<rootDir>/test/digests/reportDocumentsFailure.test.ts'];

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.(t|j|mj|cj)s$': ['@swc/jest'] },
  // PGlite, pg-boss and string-width ship ESM only; swc compiles them to CommonJS for Jest (see ../shared/STACK.md).
  transformIgnorePatterns: [
    '/node_modules/(?!(@electric-sql|pg-boss|serialize-error|non-error|rrule-temporal|temporal-spec|string-width|get-east-asian-width|strip-ansi|ansi-regex)/)',
  ],
};

/** Bare Node in worker processes (not threads: on Node 20 a worker thread cannot register tsx's import hooks),
 * on jest-light-runner with a settings channel per file (test/support/lightRunner.mjs says why). */
const bareNode = {
  runner: '<rootDir>/test/support/lightRunner.mjs',
  transform: {},
  setupFilesAfterEnv: ['<rootDir>/test/support/bareNode.js'],
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asMatch = (entry) => (entry.endsWith('/') ? `${entry}**/*.test.ts` : entry);
const asIgnore = (entry) => escape(entry.replace('<rootDir>', ''));

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 3,
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testMatch: UNIT.map(asMatch),
      ...bareNode,
      // A unit test that reaches a database driver fails at once instead of quietly becoming an integration test.
      setupFiles: ['<rootDir>/test/support/noDatabase.js'],
    },
    {
      ...shared,
      displayName: 'mocked',
      testMatch: MOCKED,
    },
    {
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...[...UNIT, ...MOCKED].map(asIgnore)],
      ...bareNode,
    },
  ],
};

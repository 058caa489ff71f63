/**
 * Layering rules (see docs/architecture.md). `npm run lint` fails on any violation.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is the functional core: no store, Slack, scheduler, CLI, services or Node I/O.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(?!domain/)',
          '^commands/',
          '^node_modules/(@slack|@prisma|prisma|pg|pg-boss|@electric-sql|pglite-prisma-adapter|node-cache|pino|commander)/',
        ],
      },
    },
    {
      name: 'domain-no-node-io',
      comment: 'The domain does no I/O: no fs, net, http, child_process or process-level modules.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|cluster|dgram|dns|tls|worker_threads|os|readline|stream)$',
      },
    },
    {
      name: 'cms-exports-are-pure',
      comment:
        'src/cmsExports parses, maps and validates export rows as plain data; only src/cmsExports/readers touches ' +
        'files, and writes live in src/services/imports.',
      severity: 'error',
      from: { path: '^src/cmsExports/', pathNot: '^src/cmsExports/readers/' },
      to: {
        path: [
          '^src/(store|services|slack|digests|cli|generated)/',
          '^node_modules/(@prisma|pg|@electric-sql|pglite-prisma-adapter|exceljs|csv-parse|iconv-lite)/',
        ],
      },
    },
    {
      name: 'cms-exports-no-io',
      severity: 'error',
      from: { path: '^src/cmsExports/', pathNot: '^src/cmsExports/readers/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|child_process|os|readline|stream)$',
      },
    },
    {
      name: 'views-are-pure',
      comment: 'Block Kit views render data; they never reach the store, the digests, the CLI or the Slack client.',
      severity: 'error',
      from: { path: '^src/slack/views/' },
      to: { path: ['^src/(store|generated|digests|cli)/', '^node_modules/(@slack/bolt|@slack/web-api|@prisma)/'] },
    },
    {
      name: 'views-take-service-types-only',
      comment:
        "A view renders what a service returns, so it names the service's type (import type) instead of declaring a twin; it never calls a service.",
      severity: 'error',
      from: { path: '^src/slack/views/' },
      to: { path: '^src/services/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'handlers-get-services',
      comment:
        'Slash-command, action and App Home handlers get services (src/slack/handlerContract.ts), never the store: ' +
        'a case read needs a scope from AccessService. Only the app wiring (app.ts, serve.ts) opens the store; the ' +
        'CLI, which opens one too (src/cli/store.ts), is no way round.',
      severity: 'error',
      from: { path: ['^commands/', '^src/slack/'], pathNot: '^src/slack/(app|serve)\\.ts$' },
      to: {
        path: [
          '^src/store/',
          '^src/generated/',
          '^src/cli/',
          '^node_modules/(@prisma|pg|@electric-sql|pglite-prisma-adapter)/',
        ],
      },
    },
    {
      name: 'devtools-apart',
      comment:
        'src/devtools (demo data, the console, the local fake Slack) ships for running without a workspace, but ' +
        'product code never imports it: only the CLI actions that seed the demo or start the console and the fake ' +
        '(loaded when that subcommand runs) may.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: ['^src/devtools/', '^src/cli/actions/(slack|seed)\\.ts$'] },
      to: { path: '^src/devtools/' },
    },
    {
      name: 'store-knows-no-slack',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: ['^src/(slack|services|digests|cli)/', '^commands/', '^node_modules/@slack/'] },
    },
    {
      name: 'services-know-no-slack',
      comment: 'Services return data; only src/slack and commands/ talk to Slack.',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: ['^src/(slack|cli)/', '^commands/', '^node_modules/@slack/'] },
    },
    {
      name: 'one-outbound-module',
      comment: 'Only src/slack/outbound posts to Slack; everything else goes through it.',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/slack/(outbound|app|client)' },
      to: { path: '^node_modules/@slack/web-api/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { circular: true },
    },
  ],
  options: {
    // The generated Prisma client is not cruised, but imports of it stay visible: excluding it hid them from the
    // rules that name src/generated (a handler importing the Prisma client passed).
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

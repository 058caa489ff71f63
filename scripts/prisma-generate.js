// `prisma generate` offline: the CLI insists on locating a schema engine binary even though
// generate never runs it, so point it at this Node binary (see ../shared/STACK.md).
const { spawnSync } = require('node:child_process');

const result = spawnSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);

// The unit project's guard (jest.config.js), loaded before its tests: a unit test that reaches a database driver
// fails at once instead of quietly becoming an integration test. Static imports reach Node's CommonJS resolver
// (tsx compiles them to require); a dynamic import() its ES module resolver, through the hook registered below.
const Module = require('node:module');

const DRIVERS = '^(pg|@electric-sql/pglite|pglite-prisma-adapter|@prisma/adapter-pg)(/.*)?$';
const MESSAGE = 'A unit test loaded a database driver: move it to the integration project (jest.config.js).';

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (new RegExp(DRIVERS).test(request)) throw new Error(`${MESSAGE} (${request})`);
  return resolveFilename.call(this, request, ...rest);
};

const hook = `export async function resolve(specifier, context, next) {
  if (new RegExp(${JSON.stringify(DRIVERS)}).test(specifier)) throw new Error(${JSON.stringify(MESSAGE)} + ' (' + specifier + ')');
  return next(specifier, context);
}`;
Module.register(`data:text/javascript,${encodeURIComponent(hook)}`);

import v8 from 'node:v8';

/**
 * V8 settings for a process that runs one import and exits; set before the store opens, since the
 * WebAssembly compiler flags are read when PGlite compiles its module (test/cli/constraints.test.ts checks
 * the order). Neither changes any result; what they save is measured by bench:import (docs/importing.md).
 */
export function tuneV8ForImport(): void {
  // An import allocates the same short-lived objects per row a hundred thousand times; once V8 sees some of
  // them survive a scavenge (a batch waiting for its statement) it allocates that site's objects straight into
  // the old generation, which then grows until a full collection.
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  // The embedded store is PostgreSQL compiled to WebAssembly. V8 compiles it with its baseline compiler, then
  // recompiles hot functions with its optimizing one on background threads, whose working memory for
  // PostgreSQL's largest functions (the executor, the parser) grows a large native heap that the
  // process then keeps. An import spends most of its time in JavaScript, so the baseline code is enough.
  // (V8 lists the flag among its testing ones; it is read by Node 20's V8 and only changes code speed.)
  v8.setFlagsFromString('--liftoff-only');
}

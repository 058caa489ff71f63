#!/usr/bin/env node
// Entry point for the `docket` command. The TypeScript runs from the bundle scripts/compile-cli.js keeps in step with
// the sources, else through tsx: there is no build step to remember.

// Node 22.1+ keeps the code it compiles for every module loaded from here on (the bundle, Bolt, Prisma, …) in an
// on-disk cache, and the next start reuses it instead of compiling again: part of the cold start Slack's 3 s covers.
// Beside the bundle (node_modules/.cache/docket, which the app already writes) rather than Node's default under
// os.tmpdir(), which a deployed service may not keep or share; NODE_COMPILE_CACHE (where to put it) and
// NODE_DISABLE_COMPILE_CACHE still decide when set. Node checks each entry against the source, so a stale entry is
// never used. Node 20 has no such cache: nothing happens there.
const nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') {
  try {
    if (process.env.NODE_COMPILE_CACHE) nodeModule.enableCompileCache();
    else
      nodeModule.enableCompileCache(
        require('node:path').join(__dirname, '..', 'node_modules', '.cache', 'docket', 'compile-cache'),
      );
  } catch {
    // A cache is an optimisation: a start without one is only slower.
  }
}

const compiled = require('../scripts/compile-cli.js').compiledCli();
if (compiled) {
  // Stack traces name the TypeScript sources, as under tsx.
  process.setSourceMapsEnabled(true);
  require(compiled).main();
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').main();
}

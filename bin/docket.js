#!/usr/bin/env node
// Entry point for the `docket` command. The TypeScript runs from the bundle scripts/compile-cli.js keeps in step with
// the sources, else through tsx: there is no build step to remember.
const compiled = require('../scripts/compile-cli.js').compiledCli();
if (compiled) {
  // Stack traces name the TypeScript sources, as under tsx.
  process.setSourceMapsEnabled(true);
  require(compiled).main();
} else {
  require('tsx/cjs');
  require('../src/cli/main.ts').main();
}

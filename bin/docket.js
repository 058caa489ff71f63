#!/usr/bin/env node
// Entry point for the `docket` command: TypeScript runs through tsx, so there is no build step.
require('tsx/cjs');
require('../src/cli/main.ts').main();

import v8 from 'node:v8';

/**
 * Set first thing in every `docket` process, before the embedded store compiles its WebAssembly (PostgreSQL) and
 * Prisma its query compiler: the flag is read when a module is compiled. V8 runs WebAssembly in baseline code first
 * and recompiles, on background threads, each function that ran past a budget; at the default budget, PGlite's own
 * start-up and a command's few queries recompile PostgreSQL functions that hardly run again. With a budget 100 times
 * larger, opening the store with the law library took 0.72 s of CPU instead of 1.15 s, and `docket court list`
 * 2.1 s instead of 3.2 s. What a long-running server keeps executing is still optimised: 40 scans of every article
 * took 3.6 s of CPU, 4.0 s at the default. It changes no result, only code speed. (`docket import` goes further:
 * src/cli/import/v8Tuning.ts.)
 */
export function raiseWasmTieringBudget(): void {
  v8.setFlagsFromString('--wasm-tiering-budget=180000000');
}

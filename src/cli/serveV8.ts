import v8 from 'node:v8';

/**
 * V8 settings for `docket serve`, set before the embedded store compiles its WebAssembly (PostgreSQL) and Prisma its
 * query compiler: the flag is read when a module is compiled. V8 runs WebAssembly in baseline code first and
 * recompiles, on background threads, each function that ran past a budget; at the default budget, PGlite's own
 * start-up and the first queries recompile PostgreSQL functions that hardly run again: opening the store with the
 * law library took 1.15 s of CPU, 0.72 s with this budget, 100 times larger. It still optimises what a long-running
 * server keeps executing: 40 scans of every article took 3.6 s of CPU, 4.0 s at the default. It changes no result,
 * only code speed.
 */
export function tuneV8ForServe(): void {
  v8.setFlagsFromString('--wasm-tiering-budget=180000000');
}

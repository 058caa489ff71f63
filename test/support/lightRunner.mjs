// jest-light-runner's child-process runtime, with one change: every test file gets its own settings channel.
// The stock runner (0.7.13) shares one channel per project: when one worker process asks for its settings, the
// answer goes to every worker registered on the channel and their registrations are dropped. A worker still
// loading (not yet listening) loses that answer, asks later, finds nobody to answer and waits forever — the
// integration run that hung with both workers idle.
import { createRunner } from 'jest-light-runner';
import Tinypool from 'tinypool';

const WORKER = new URL('./worker-runner.js', import.meta.resolve('jest-light-runner')).href;
const ASK = 'jest-light-runner-get-worker-data';

const StockRunner = createRunner({ runtime: 'child_process' });

export default class LightRunner extends StockRunner {
  _runTest(test) {
    // --runInBand runs in Jest's own process, where no channel is involved.
    if (this._runtime !== 'child_process') return super._runTest(test);
    const projectConfig = test.context.config;
    if (!this._testRunners.has(projectConfig)) {
      const { maxWorkers } = this._globalConfig;
      const workerData = { globalConfig: this._globalConfig, projectConfig, runtime: this._runtime };
      const pool = new Tinypool({
        filename: WORKER,
        runtime: 'child_process',
        minThreads: maxWorkers,
        maxThreads: maxWorkers,
        env: process.env,
        trackUnmanagedFds: false,
        workerData,
      });
      this._testRunners.set(projectConfig, {
        pool,
        run: (file) => pool.run(file.path, { channel: channelFor(workerData) }),
      });
    }
    return this._testRunners.get(projectConfig).run(test);
  }
}

/** A channel for one task: Tinypool registers only the worker process running that task on it. */
function channelFor(workerData) {
  const listeners = [];
  return {
    onMessage: (listener) => listeners.push(listener),
    postMessage: (message) => {
      if (message !== ASK) return;
      for (const listener of listeners) listener({ type: 'jest-light-runner-worker-data', workerData });
    },
  };
}

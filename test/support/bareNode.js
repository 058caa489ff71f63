// Setup of the unit and integration projects, which jest-light-runner runs in bare Node (jest.config.js): each
// worker loads a module once for all the files it runs, where Jest's own runner loads it again in every file. What
// that runner gives and bare Node does not, this file adds: TypeScript, the fake-timer calls the tests use, a
// timeout per test and hook, and a clean slate between files (real timers, mocks restored, the environment
// variables as the file found them).
const v8 = require('node:v8');
const { addEventHandler } = require('jest-circus');
const { ModernFakeTimers } = require('@jest/fake-timers');
const { testTimeout } = require('../../jest.config.js');

// An integration file opens a few short-lived stores: PostgreSQL in WebAssembly runs briefly, and V8's recompiling
// of its hot functions on background threads costs more than it saves (as `docket import` finds,
// src/cli/import/v8Tuning.ts).
v8.setFlagsFromString('--liftoff-only');

const timers = new ModernFakeTimers({ global: globalThis, config: { fakeTimers: {} } });
Object.assign(globalThis.jest, {
  useFakeTimers: (config) => (timers.useFakeTimers(config), globalThis.jest),
  useRealTimers: () => (timers.useRealTimers(), globalThis.jest),
  setSystemTime: (now) => (timers.setSystemTime(now), globalThis.jest),
  advanceTimersByTime: (ms) => (timers.advanceTimersByTime(ms), globalThis.jest),
  advanceTimersToNextTimerAsync: async (steps) => (await timers.advanceTimersToNextTimerAsync(steps), globalThis.jest),
  getTimerCount: () => timers.getTimerCount(),
});

// Taken before any test fakes the timers: a test's timeout runs on real time.
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;

// A hook that builds a court, its store and a Bolt app took over 30 s at load 10-13 (two such timeouts in a
// day's runs); the timeout of a hook is there to catch a hang, which this still does.
const HOOK_TIMEOUT = 120_000;

let fileRoot;
addEventHandler((event, state) => {
  if (event.name !== 'add_test' && event.name !== 'add_hook') return;
  const block = state.currentDescribeBlock;
  const entry = event.name === 'add_test' ? block.children.at(-1) : block.hooks.at(-1);
  entry.fn = withTimeout(entry.fn, entry.timeout ?? (event.name === 'add_test' ? testTimeout : HOOK_TIMEOUT));
  if (state.rootDescribeBlock !== fileRoot) {
    fileRoot = state.rootDescribeBlock;
    startFile(fileRoot);
  }
  if (block === fileRoot) {
    // The file's own root afterAll hooks (closing a store) run first, then this one.
    block.hooks.splice(block.hooks.indexOf(fileCleanup), 1);
    block.hooks.push(fileCleanup);
  }
});

let fileCleanup;

/** Puts back, when the file's tests are over, what a file may have changed for the files after it in this worker. */
function startFile(root) {
  const env = { ...process.env };
  fileCleanup = {
    type: 'afterAll',
    parent: root,
    fn: () => {
      timers.useRealTimers();
      globalThis.jest.restoreAllMocks();
      for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
      Object.assign(process.env, env);
    },
  };
  root.hooks.push(fileCleanup);
}

function withTimeout(fn, ms) {
  const run =
    fn.length >= 1 ? () => new Promise((resolve, reject) => fn((error) => (error ? reject(error) : resolve()))) : fn;
  return () => {
    let timer;
    const expired = new Promise((_, reject) => {
      timer = realSetTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms.`)), ms);
    });
    return Promise.race([Promise.resolve().then(run), expired]).finally(() => realClearTimeout(timer));
  };
}

// TypeScript through tsx (a dependency already: bin/docket.js runs the sources with it), for require and import.
module.exports = () => import('tsx');

// The runner lets its worker processes go by disconnecting them; a handle a test left open must not keep one alive.
process.once('disconnect', () => process.exit());

/**
 * Runs `work` under Jest's fake clock, moving it to the next timer whenever nothing else can happen, so a
 * wait of seconds (Retry-After, backoff, pacing) costs no real time while real I/O (a local fake Slack)
 * still runs. Resolves with the result and how much fake time passed.
 */
export async function inFakeTime<T>(work: () => Promise<T>): Promise<{ result: T; elapsedMs: number }> {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    const started = Date.now();
    let settled = false;
    const running = work().finally(() => {
      settled = true;
    });
    running.catch(() => undefined);
    while (!settled) {
      // Let sockets and callbacks run before deciding that everything left is waiting on a timer.
      await new Promise((resolve) => setImmediate(resolve));
      if (!settled && jest.getTimerCount() > 0) await jest.advanceTimersToNextTimerAsync();
    }
    return { result: await running, elapsedMs: Date.now() - started };
  } finally {
    jest.useRealTimers();
  }
}

/**
 * As if `ms` had passed, for what expires by comparing timestamps (a cache entry's time to live): moves the
 * wall clock (`Date`) ahead, where it keeps ticking, and leaves timers real. The clock stays ahead for the rest
 * of the test file (real timers come back after it), so it only ever moves forward, as real time does.
 */
export function letTimePass(ms: number): void {
  // Installed afresh each time, starting where the clock (faked or not) now stands: no flag in this module
  // that could outlive a test file in a runner that shares modules across files.
  jest.useFakeTimers({ advanceTimers: true, doNotFake: [...REAL_TIMERS], now: Date.now() + ms });
}

const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

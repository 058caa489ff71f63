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

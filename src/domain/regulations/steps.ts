/**
 * Long computations of the index are generators that yield between their parts: a server drives them with a pause
 * at each yield (so it keeps answering while it loads), everything else runs them through at once with `runSteps`.
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

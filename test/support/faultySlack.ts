import { FakeSlackApi, fail, type FakeResult } from '../../src/devtools/localSlack/fakeSlackApi';

/** A failure to inject: HTTP 429 with Retry-After, an HTTP status (500, 503), or a Slack error code. */
export type InjectedFailure = { status: 429; retryAfterSeconds: number } | { status: number } | { error: string };

/**
 * The local fake Slack with failures injected by tests: what Docket does when Slack refuses, rate-limits
 * or breaks. Test-only, so the fake that ships (`docket console`, `docket fake-slack`) carries none of it.
 */
export class FaultySlackApi extends FakeSlackApi {
  private readonly failures = new Map<string, InjectedFailure[]>();

  /** The next `times` calls to `method` ("response_url" for response URLs) fail as given. */
  fail(method: string, failure: InjectedFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  protected override injectedFailure(method: string): FakeResult | undefined {
    const failure = this.failures.get(method)?.shift();
    return failure && failureResult(failure);
  }
}

function failureResult(failure: InjectedFailure): FakeResult {
  if ('error' in failure) return fail(failure.error);
  if (failure.status === 429 && 'retryAfterSeconds' in failure) {
    return {
      status: 429,
      headers: { 'retry-after': String(failure.retryAfterSeconds) },
      body: { ok: false, error: 'ratelimited' },
    };
  }
  return { status: failure.status, body: 'fake_failure' };
}

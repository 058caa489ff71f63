/**
 * /healthz: each component (the store, the scheduler, Slack auth) registers a check; the endpoint
 * reports all of them and answers 503 when any is down, so a load balancer stops sending traffic.
 */
export interface ComponentHealth {
  ok: boolean;
  detail?: string;
  latencyMs?: number;
}

export type HealthCheck = () => Promise<ComponentHealth>;

export class Health {
  private readonly checks = new Map<string, HealthCheck>();

  register(component: string, check: HealthCheck): void {
    this.checks.set(component, check);
  }

  async report(timeoutMs = 2000): Promise<{ ok: boolean; components: Record<string, ComponentHealth> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([component, check]): Promise<[string, ComponentHealth]> => {
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ComponentHealth>((resolve) => {
          timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
        });
        try {
          const result = await Promise.race([check(), timeout]);
          return [component, { ...result, latencyMs: Math.round(performance.now() - started) }];
        } catch (error) {
          return [component, { ok: false, detail: error instanceof Error ? error.message : String(error) }];
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const components = Object.fromEntries(entries);
    return { ok: entries.every(([, health]) => health.ok), components };
  }
}

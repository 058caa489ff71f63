import http, { type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { Health } from './health';

export interface DocketServerOptions {
  /** Bolt's HTTPReceiver listener for POST /slack/events; absent in Socket Mode. */
  slack?: RequestListener;
  health: Health;
  metrics: Metrics;
  logger: Logger;
}

export interface DocketServer {
  server: http.Server;
  url: string;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

function routeOf(method: string, path: string): 'slack' | 'healthz' | 'metrics' | 'other' {
  if (path === '/slack/events' && method === 'POST') return 'slack';
  if (path === '/healthz' && method === 'GET') return 'healthz';
  if (path === '/metrics' && method === 'GET') return 'metrics';
  return 'other';
}

/**
 * Docket's HTTP server: Slack's requests go to Bolt's receiver; /healthz and /metrics are answered
 * here. Every response is counted and timed; 401s (unsigned, tampered, stale or future-dated requests,
 * which the request gate refuses) are logged and counted separately.
 */
export async function startServer(port: number, options: DocketServerOptions): Promise<DocketServer> {
  const { health, metrics, logger } = options;
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routeOf(request.method ?? 'GET', path);
    const stopTimer = metrics.httpDuration.startTimer({ route });
    response.on('finish', () => {
      stopTimer();
      metrics.httpRequests.inc({ route, status: String(response.statusCode) });
      if (route === 'slack' && response.statusCode === 401) {
        metrics.signatureRejections.inc();
        logger.warn(
          {
            remote: request.socket.remoteAddress,
            timestamp: request.headers['x-slack-request-timestamp'],
            signed: Boolean(request.headers['x-slack-signature']),
          },
          'rejected a Slack request: missing or wrong signature, or timestamped more than 5 minutes from now',
        );
      }
    });
    switch (route) {
      case 'slack':
        if (options.slack) options.slack(request, response);
        else response.writeHead(404).end();
        return;
      case 'healthz':
        void health.report().then((report) => {
          response.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
          response.end(JSON.stringify(report));
        });
        return;
      case 'metrics':
        void metrics.text().then((text) => {
          response.writeHead(200, { 'content-type': metrics.contentType });
          response.end(text);
        });
        return;
      case 'other':
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  // Slack waits 3 s for an ack; a client that sends nothing for 10 s is not Slack.
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/observability/logger';
import { FaultySlackApi } from '../support/faultySlack';
import { newSigningSecret, SignedSlackClient } from '../../src/devtools/localSlack/signedRequests';
import { serve, type RunningDocket } from '../../src/slack/serve';
import { createMigratedDataDir } from '../support/store';

const root = path.join(__dirname, '..', '..');

/** A start on a busy machine can take tens of seconds (PGlite and pg-boss run on the event loop), a spawned one too. */
const START_TIMEOUT_MS = 120_000;

/**
 * Starts `docket serve` and remembers the start itself, so cleanup can stop it even when the start
 * outlived its hook: deleting the data directory under a running store makes the data-directory
 * lock report itself lost, and the process exits (code 3) to protect the data.
 */
function serveInBackground(...args: Parameters<typeof serve>): {
  started: Promise<RunningDocket>;
  stop(): Promise<void>;
} {
  const started = serve(...args);
  return { started, stop: async () => (await started.catch(() => undefined))?.stop() };
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('SLACK_') && key !== 'DATABASE_URL'),
    );
    const child = spawn(process.execPath, [path.join(root, 'bin', 'docket.js'), ...args], {
      env: { ...clean, ...env },
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('docket serve', () => {
  // A store as a previous start leaves it (serve opens it while Slack answers; creating one is tested in test/store).
  let dataDir: string;
  const slack = new FaultySlackApi({
    users: [{ id: 'U0VISITOR', email: 'visitor@elsewhere.example', locale: 'en-US' }],
  });
  beforeAll(async () => {
    dataDir = await createMigratedDataDir('docket-serve-');
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'without credentials says which variables are missing, where to get them, and how to run the console instead',
    async () => {
      const result = await runCli(['serve'], { DOCKET_DATA_DIR: dataDir });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set');
      expect(result.stderr).toContain('From a manifest');
      expect(result.stderr).toContain('SLACK_APP_TOKEN');
      expect(result.stderr).toContain('npm run demo');
    },
    START_TIMEOUT_MS,
  );

  it(
    'with a token Slack refuses says so instead of starting',
    async () => {
      const result = await runCli(['serve'], {
        DOCKET_DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: 'xoxb-revoked',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
      });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    },
    START_TIMEOUT_MS,
  );

  describe('running over HTTP', () => {
    const logs: string[] = [];
    const signingSecret = newSigningSecret();
    let httpDir: string | undefined;
    let running: RunningDocket;
    let client: SignedSlackClient;
    let instance: ReturnType<typeof serveInBackground> | undefined;

    beforeAll(async () => {
      httpDir = await createMigratedDataDir('docket-serve-http-');
      const env = readEnv({
        DOCKET_DATA_DIR: httpDir,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        LOG_LEVEL: 'info',
      });
      const logger = createLogger({
        level: 'debug',
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logs.push(chunk.toString());
            done();
          },
        }),
      });
      instance = serveInBackground(env, { logger });
      running = await instance.started;
      client = new SignedSlackClient(`${running.server.url}/slack/events`, signingSecret);
    }, START_TIMEOUT_MS);
    afterAll(async () => {
      await instance?.stop();
      if (httpDir) fs.rmSync(httpDir, { recursive: true, force: true });
    });

    it('reports the store, Slack and the digest scheduler on /healthz', async () => {
      const response = await fetch(`${running.server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        ok: true,
        components: {
          store: { ok: true },
          slack: { ok: true },
          scheduler: { ok: true, detail: expect.stringMatching(/^running/) },
        },
      });
    });

    it('rejects unsigned, tampered and stale requests with 401, and logs and counts them', async () => {
      const responseUrl = slack.responseUrl();
      const actor = { userId: 'U0VISITOR', responseUrl };
      expect((await client.command('/mycases', '', actor, { unsigned: true })).status).toBe(401);
      expect(
        (await client.command('/mycases', '', actor, { alterBody: (body) => body.replace('U0VISITOR', 'U0ADMIN00') }))
          .status,
      ).toBe(401);
      expect(
        (await client.command('/mycases', '', actor, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status,
      ).toBe(401);
      expect((await client.command('/mycases', '', actor, { signature: 'v0=deadbeef' })).status).toBe(401);
      expect(slack.responsesTo(responseUrl)).toHaveLength(0);
      expect(logs.join('')).toMatch(
        /rejected a Slack request: missing or wrong signature, or timestamped more than 5 minutes from now/,
      );
      const metrics = await (await fetch(`${running.server.url}/metrics`)).text();
      expect(metrics).toMatch(/docket_slack_signature_rejections_total 4/);
      expect(metrics).toMatch(/docket_http_requests_total\{route="slack",status="401"\} 4/);
    });

    it('serves Prometheus metrics: requests, latencies, Slack API errors', async () => {
      const responseUrl = slack.responseUrl();
      await client.command('/mycases', '', { userId: 'U0VISITOR', responseUrl });
      await slack.waitForCall((call) => call.method === 'response_url' && responseUrl.endsWith(call.target ?? '-'));
      const metrics = await (await fetch(`${running.server.url}/metrics`)).text();
      expect(metrics).toMatch(/docket_http_requests_total\{route="slack",status="200"\} \d+/);
      expect(metrics).toMatch(/docket_http_request_duration_seconds_bucket/);
      expect(metrics).toMatch(
        /docket_slack_requests_total\{kind="command",name="\/mycases",outcome="unknown_user"\} 1/,
      );
      expect(metrics).toMatch(/docket_slack_api_calls_total\{method="users.info",outcome="ok"\}/);
      expect(metrics).toMatch(/docket_process_cpu_seconds_total/);
    });

    it('finishes the requests in flight when stopped, then closes the store', async () => {
      const responseUrl = slack.responseUrl();
      // Slack makes the reply wait a second: the stop must wait for it.
      slack.fail('response_url', { status: 429, retryAfterSeconds: 1 });
      const ack = await client.command('/docket', 'help', { userId: 'U0VISITOR', responseUrl });
      expect(ack.status).toBe(200);
      await running.stop();
      expect(slack.responsesTo(responseUrl)).toHaveLength(1);
      expect(running.scheduler?.health()).toEqual({ ok: false, detail: 'not started' });
      await expect(fetch(`${running.server.url}/healthz`)).rejects.toThrow();
      const all = logs.join('');
      expect(all).toContain('"msg":"stopped"');
      expect(all).not.toContain(slack.botToken);
      expect(all).not.toContain(signingSecret);
      expect(all).not.toContain(responseUrl);
    });
  });

  describe('running over Socket Mode', () => {
    let socketDir: string | undefined;
    let running: RunningDocket;
    let instance: ReturnType<typeof serveInBackground> | undefined;

    beforeAll(async () => {
      socketDir = await createMigratedDataDir('docket-serve-socket-');
      const env = readEnv({
        DOCKET_DATA_DIR: socketDir,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_APP_TOKEN: slack.appToken,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DOCKET_SCHEDULER: 'off',
      });
      instance = serveInBackground(env, { logger: createLogger({ level: 'silent' }) });
      running = await instance.started;
      await slack.socketMode.whenConnected();
    }, START_TIMEOUT_MS);
    afterAll(async () => {
      await instance?.stop();
      if (socketDir) fs.rmSync(socketDir, { recursive: true, force: true });
    });

    it('takes slash commands over the socket, acks them, and answers at the response URL', async () => {
      const responseUrl = slack.responseUrl();
      const ack = await slack.socketMode.send('slash_commands', {
        command: '/docket',
        text: 'help',
        user_id: 'U0VISITOR',
        user_name: 'visitor',
        team_id: 'T0LOCAL',
        channel_id: 'DU0VISITOR',
        api_app_id: 'A0DOCKET',
        response_url: responseUrl,
        trigger_id: 'trigger',
      });
      expect(typeof ack.envelope_id).toBe('string');
      const response = await slack.waitForCall(
        (call) => call.method === 'response_url' && responseUrl.endsWith(call.target ?? '-'),
      );
      expect(JSON.stringify(response.args)).toContain("Docket doesn't know your Slack account");
    });

    it('still serves /healthz and /metrics on PORT, and takes no Slack requests over HTTP', async () => {
      const health = await fetch(`${running.server.url}/healthz`);
      expect(health.status).toBe(200);
      // DOCKET_SCHEDULER=off: a web-only instance, no digest scheduler to report.
      expect(running.scheduler).toBeUndefined();
      expect(Object.keys(((await health.json()) as { components: object }).components)).not.toContain('scheduler');
      expect(await (await fetch(`${running.server.url}/metrics`)).text()).toMatch(
        /docket_slack_requests_total\{kind="command",name="\/docket",outcome="unknown_user"\} 1/,
      );
      expect((await fetch(`${running.server.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    });
  });
});

/**
 * `npm run bench:rule-cold [-- --data-dir DIR]`: how long a /rule takes when Docket has just started — the cold
 * start Slack's 3-second window has to cover. It runs `docket serve` (bin/docket.js, HTTP mode) against a fake
 * Slack Web API on loopback and an embedded store holding the shipped library, sends a signed `/rule` as soon as the
 * process is started (retrying while the port is not yet open, as nothing answers Slack before then), and
 * reports: process start → listening (which includes building the rules index), the index build as the server
 * logs it, and process start → the answer posted to the response_url.
 *
 * Without --data-dir it first imports data/laws into a fresh store (minutes on a loaded machine); with it, it
 * reuses a store already holding the library.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeSlackApi } from '../src/devtools/localSlack/fakeSlackApi';
import { newSigningSecret, SignedSlackClient } from '../src/devtools/localSlack/signedRequests';

const ROOT = path.resolve(__dirname, '..');
const QUERY = '民诉法第一百六十四条';
const DEADLINE_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const at = process.argv.indexOf('--data-dir');
  let dataDir = at >= 0 ? path.resolve(process.argv[at + 1] ?? '') : '';
  let scratch: string | undefined;
  if (!dataDir) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-cold-'));
    dataDir = path.join(scratch, 'store');
    console.log(`importing data/laws into ${dataDir} first…`);
    execFileSync(process.execPath, [path.join(ROOT, 'bin/docket.js'), 'rules', 'import', 'data/laws'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DOCKET_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const slack = new FakeSlackApi();
  await slack.start(0);
  const port = await freePort();
  const signingSecret = newSigningSecret();
  const client = new SignedSlackClient(`http://127.0.0.1:${port}/slack/events`, signingSecret);
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/docket.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DOCKET_DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DOCKET_SCHEDULER: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let indexLog = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.includes('rules index built')) indexLog = line;
  });
  try {
    const responseUrl = slack.responseUrl();
    let listeningMs: number | undefined;
    while (performance.now() - started < DEADLINE_MS) {
      try {
        await client.command('/rule', QUERY, { userId: 'U0COLDSTART', responseUrl });
        listeningMs = performance.now() - started;
        break;
      } catch {
        await sleep(20); // not listening yet: Slack would have got no answer either
      }
    }
    if (listeningMs === undefined) throw new Error(`docket serve did not listen within ${DEADLINE_MS / 1000} s`);
    while (slack.responsesTo(responseUrl).length === 0 && performance.now() - started < DEADLINE_MS) await sleep(5);
    const answeredMs = performance.now() - started;
    const answered = JSON.stringify(slack.responsesTo(responseUrl)[0]?.args ?? {}).includes('第一百六十四条');
    const built = /"ms":(\d+)/.exec(indexLog)?.[1];
    const articles = /"articles":(\d+)/.exec(indexLog)?.[1];
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
    console.log(
      `docket serve → listening: ${(listeningMs / 1000).toFixed(2)} s (rules index of ${articles} articles built in ${built} ms)`,
    );
    console.log(
      `docket serve → /rule ${QUERY} answered: ${(answeredMs / 1000).toFixed(2)} s${answered ? '' : ' (but the answer lacked the article!)'}`,
    );
  } finally {
    child.kill('SIGTERM');
    await slack.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main();

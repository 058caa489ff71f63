/**
 * `npm run bench:rule-cold [-- --data-dir DIR] [--postgres URL [--fresh-host] [--drop-copy]] [--cpu-prof DIR] [--scheduler]`: how long a /rule takes when Docket has just started — the cold
 * start Slack's 3-second window has to cover — and how soon a restarted Docket is healthy. It runs `docket serve`
 * (bin/docket.js, HTTP mode) against a fake Slack Web API on loopback and an embedded store holding the shipped
 * library, sends a signed `/rule` as soon as the process is started (retrying while the port is not yet open, as
 * nothing answers Slack before then) and polls /healthz, and reports for each start: process start → listening,
 * → /healthz healthy, → the answer posted to the response_url (a citation, and words sent just after it, which wait
 * for the full index), and how the rules index was obtained (built from
 * the store, or read from its snapshot) in how long.
 *
 * Two starts: the first after the import (`docket rules import` writes the index snapshot, so it reads it; delete
 * DIR/rules-index.bin to measure a start that builds the index and writes the snapshot), then — after kill -9 of
 * the first — a restart at once, as a supervisor restarts a crashed process.
 * Without --data-dir it first imports data/laws into a fresh store (minutes on a loaded machine); with it, it
 * reuses a store already holding the library.
 * The digest scheduler is off unless --scheduler (as `npm start` runs by default: pg-boss starts once the server listens).
 * With --postgres URL it runs on that PostgreSQL database instead (which must hold the library: `DATABASE_URL=URL
 * docket rules import data/laws`), the snapshot file's cache under DIR (default a scratch directory). --fresh-host
 * gives each start an empty DIR of its own, as a new host or a container whose disk went with the restart: the
 * index comes from the store's copy of the snapshot (table RulesIndexSnapshot), or is built; --drop-copy deletes
 * that copy before each start, so each start builds, as every host without the file did before the copy existed.
 * Targets (issues 12 and 17): /rule answered within 3 s; healthy within 5 s of a restart after kill -9.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { FakeSlackApi } from '../src/devtools/localSlack/fakeSlackApi';
import { newSigningSecret, SignedSlackClient } from '../src/devtools/localSlack/signedRequests';

const ROOT = path.resolve(__dirname, '..');
const QUERY = '民诉法第一百六十四条';
/** Sent just after QUERY: words, not a citation, so answered from the full index once it is in memory. */
const FREE_TEXT = '简易程序 审限';
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

/** `--cpu-prof DIR`: each start writes a V8 CPU profile there (the one stopped by SIGTERM; kill -9 leaves none). */
function profiling(): string[] {
  const at = process.argv.indexOf('--cpu-prof');
  return at >= 0 ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.argv[at + 1] ?? '.')] : [];
}

/** The value of `--name VALUE`, or undefined. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const postgres = option('--postgres');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CPU seconds the process has used so far (Linux /proc, in clock ticks of 10 ms): the load-independent figure
 * beside each wall time, which on a shared machine also counts waiting for a core.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const INDEX_SOURCES: Record<string, string> = {
  snapshot: 'read from its snapshot',
  database: "read from the store's copy of its snapshot",
  build: 'built from the store',
};

interface StartTimes {
  listeningMs: number;
  healthyMs: number;
  healthyCpu: number | undefined;
  answeredMs: number;
  answeredCpu: number | undefined;
  answered: boolean;
  freeTextMs: number;
  freeTextCpu: number | undefined;
  freeTextAnswered: boolean;
  index: string;
}

async function startOnce(dataDir: string, slack: FakeSlackApi, kill: 'SIGKILL' | 'SIGTERM'): Promise<StartTimes> {
  const port = await freePort();
  const signingSecret = newSigningSecret();
  const client = new SignedSlackClient(`http://127.0.0.1:${port}/slack/events`, signingSecret);
  const started = performance.now();
  const child = spawn(process.execPath, [...profiling(), path.join(ROOT, 'bin/docket.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: postgres ?? '',
      DOCKET_DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DOCKET_SCHEDULER: process.argv.includes('--scheduler') ? 'on' : 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let indexLog = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.includes('rules index built')) indexLog = line;
  });
  const elapsed = () => performance.now() - started;
  try {
    const healthy = (async () => {
      while (elapsed() < DEADLINE_MS) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (response.ok) return { ms: elapsed(), cpu: cpuSeconds(child.pid) };
        } catch {
          // not listening yet
        }
        await sleep(20);
      }
      throw new Error(`docket serve was not healthy within ${DEADLINE_MS / 1000} s`);
    })();
    const responseUrl = slack.responseUrl();
    let listeningMs: number | undefined;
    while (elapsed() < DEADLINE_MS) {
      try {
        await client.command('/rule', QUERY, { userId: 'U0COLDSTART', responseUrl });
        listeningMs = elapsed();
        break;
      } catch {
        await sleep(20); // not listening yet: Slack would have got no answer either
      }
    }
    if (listeningMs === undefined) throw new Error(`docket serve did not listen within ${DEADLINE_MS / 1000} s`);
    const freeTextUrl = slack.responseUrl();
    await client.command('/rule', FREE_TEXT, { userId: 'U0COLDSTART', responseUrl: freeTextUrl });
    const answer = async (url: string) => {
      while (slack.responsesTo(url).length === 0 && elapsed() < DEADLINE_MS) await sleep(5);
      return {
        ms: elapsed(),
        cpu: cpuSeconds(child.pid),
        cited: JSON.stringify(slack.responsesTo(url)[0]?.args ?? {}).includes('第一百六十四条'),
      };
    };
    const [citation, freeText] = await Promise.all([answer(responseUrl), answer(freeTextUrl)]);
    const { ms: healthyMs, cpu: healthyCpu } = await healthy;
    while (!indexLog && elapsed() < DEADLINE_MS) await sleep(20);
    const source = /"source":"(\w+)"/.exec(indexLog)?.[1];
    const ms = /"ms":(\d+)/.exec(indexLog)?.[1];
    const articles = /"articles":(\d+)/.exec(indexLog)?.[1];
    return {
      listeningMs,
      healthyMs,
      healthyCpu,
      answeredMs: citation.ms,
      answeredCpu: citation.cpu,
      answered: citation.cited,
      freeTextMs: freeText.ms,
      freeTextCpu: freeText.cpu,
      freeTextAnswered: freeText.cited,
      index: `${INDEX_SOURCES[source ?? ''] ?? 'built from the store'}, ${articles} articles, ${ms} ms`,
    };
  } finally {
    child.kill(kill);
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** Before a start with --fresh-host: an empty data directory; with --drop-copy, no copy of the snapshot in the store. */
async function prepareStart(dataDir: string): Promise<string> {
  if (!postgres || !process.argv.includes('--fresh-host')) return dataDir;
  if (process.argv.includes('--drop-copy')) {
    const client = new pg.Client({ connectionString: postgres });
    await client.connect();
    await client.query('DELETE FROM "RulesIndexSnapshot"');
    await client.end();
  }
  return fs.mkdtempSync(path.join(dataDir, 'host-'));
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--data-dir');
  let dataDir = at >= 0 ? path.resolve(process.argv[at + 1] ?? '') : '';
  let scratch: string | undefined;
  if (!dataDir && postgres) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-cold-'));
    dataDir = scratch;
  } else if (!dataDir) {
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
  try {
    if (postgres)
      console.log(
        `PostgreSQL ${new URL(postgres).pathname.slice(1)}` +
          (process.argv.includes('--fresh-host')
            ? `, each start on a new host (empty cache)${process.argv.includes('--drop-copy') ? ' and no copy of the snapshot in the store' : ''}`
            : `, cache in ${dataDir}`),
      );
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`);
    const cpu = (seconds: number | undefined) =>
      seconds === undefined ? 'CPU unknown' : `${seconds.toFixed(2)} s CPU`;
    console.log('wall time since the process started (CPU the process had used by then)');
    const report = (label: string, times: StartTimes) =>
      console.log(
        `${label}: listening ${(times.listeningMs / 1000).toFixed(2)} s, healthy ${(times.healthyMs / 1000).toFixed(2)} s` +
          ` (${cpu(times.healthyCpu)}), /rule ${QUERY} answered ${(times.answeredMs / 1000).toFixed(2)} s` +
          ` (${cpu(times.answeredCpu)})${times.answered ? '' : ' (but the answer lacked the article!)'},` +
          ` /rule ${FREE_TEXT} answered ${(times.freeTextMs / 1000).toFixed(2)} s (${cpu(times.freeTextCpu)})` +
          `${times.freeTextAnswered ? '' : ' (but the answer lacked 第一百六十四条!)'}` +
          ` (rules index ${times.index})`,
      );
    // Held until the index is in the log (and so its snapshot written), then killed as a crash would.
    report('docket serve, first start', await startOnce(await prepareStart(dataDir), slack, 'SIGKILL'));
    report(
      'docket serve, restarted at once after kill -9',
      await startOnce(await prepareStart(dataDir), slack, 'SIGTERM'),
    );
    console.log(`load average ${os.loadavg()[0]?.toFixed(1)} at the end`);
  } finally {
    await slack.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main();

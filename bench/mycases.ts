/**
 * npm run bench:mycases [-- --scale court|region|both] [--rates 20,50] [--seconds 30] [--cpu-prof DIR]
 *
 * Signed /mycases requests (a mix: no argument, 逾期, 全部, N天) at fixed rates against `docket serve` running as its own process, as in
 * production: court scale on the embedded PGlite store (bench/out/mycases-court-pglite), region scale
 * (109 courts) on PostgreSQL (its own database, docket_bench_mycases_region, or BENCH_DATABASE_URL).
 * Each store is seeded with `docket seed demo` data the first time. The bench process plays Slack: it
 * signs the requests, runs the fake Web API the app calls, and catches the responses at their
 * response URLs. Reported: request sent → response received at the response URL (p50/p95/p99),
 * the HTTP ack time, and errors (non-200 acks, missing or error responses). The machine is shared, so
 * each run also reports the load average and the CPU the serve process used per request (from
 * /proc), which other people's jobs do not inflate the way they inflate latency. --cpu-prof DIR writes
 * a V8 CPU profile of each serve process there (Node refuses --cpu-prof in NODE_OPTIONS). Serve runs
 * with DOCKET_SCHEDULER=off: started mid-day on freshly seeded data, its scheduler would send the day's
 * digests to every judge during the measurement (benched on their own by bench:digests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { dayIn } from '../src/services/clock';
import { seedDemo, type DemoScale } from '../src/devtools/demo/seedDemo';
import { FakeSlackApi, type RecordedCall } from '../src/devtools/localSlack/fakeSlackApi';
import { newSigningSecret, SignedSlackClient } from '../src/devtools/localSlack/signedRequests';
import { openStore, type OpenStoreOptions } from '../src/store';
import { ensureOwnDatabase } from './support/postgres';
import { tableHead, tableRow } from './support/markdownTable';

const root = path.join(__dirname, '..');
const out = path.join(root, 'bench', 'out');

interface Args {
  scales: Array<'court' | 'region'>;
  rates: number[];
  seconds: number;
  cpuProfileDir?: string;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const scale = value('scale') ?? 'both';
  if (!['court', 'region', 'both'].includes(scale)) throw new Error('--scale must be court, region or both');
  const rates = (value('rates') ?? '20,50').split(',').map(Number);
  const seconds = Number(value('seconds') ?? '30');
  if (rates.some((rate) => !Number.isFinite(rate) || rate <= 0) || !(seconds > 0))
    throw new Error('--rates are positive numbers, --seconds a positive number');
  const cpuProfileDir = value('cpu-prof');
  return {
    scales: scale === 'both' ? ['court', 'region'] : [scale as 'court' | 'region'],
    rates,
    seconds,
    ...(cpuProfileDir ? { cpuProfileDir: path.resolve(cpuProfileDir) } : {}),
  };
}

interface Target {
  name: string;
  scale: DemoScale;
  store: OpenStoreOptions;
  env: Record<string, string>;
}

async function regionTarget(): Promise<Target> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/docket_bench_mycases_region';
  await ensureOwnDatabase(url, { fresh: false });
  return { name: 'region scale, PostgreSQL', scale: 'region', store: { databaseUrl: url }, env: { DATABASE_URL: url } };
}

function courtTarget(): Target {
  const dataDir = path.join(out, 'mycases-court-pglite');
  return { name: 'court scale, PGlite', scale: 'court', store: { dataDir }, env: { DOCKET_DATA_DIR: dataDir } };
}

interface Judge {
  slackUserId: string;
  email: string | null;
  name: string;
}

/** Seeds the store the first time, then lists the judges with open cases: the people who would type /mycases. */
async function prepare(target: Target): Promise<Judge[]> {
  const store = await openStore(target.store);
  try {
    if ((await store.prisma.court.count()) === 0) {
      console.log(`  seeding ${target.name} (once; region scale takes a long while)…`);
      const started = Date.now();
      const report = await seedDemo(store, { scale: target.scale, seed: 1, asOf: dayIn(new Date()), reset: false });
      console.log(
        `  seeded ${report.courts} court(s), ${report.cases} cases in ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
    // A freshly seeded database has no planner statistics yet (autovacuum gets to it later); a court's
    // running database has them, so the bench measures with them.
    await store.withSql((session) => session.exec('ANALYZE'));
    const judges = await store.prisma.person.findMany({
      // Judges and team leads alike: whoever handles open cases is who types /mycases.
      where: { active: true, slackUserId: { not: null }, cases: { some: { status: 'open' } } },
      select: { slackUserId: true, email: true, name: true },
      orderBy: { id: 'asc' },
    });
    return judges.map((judge) => ({ slackUserId: judge.slackUserId as string, email: judge.email, name: judge.name }));
  } finally {
    await store.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function startServe(
  target: Target,
  slack: FakeSlackApi,
  signingSecret: string,
  cpuProfileDir?: string,
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const port = await freePort();
  const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('SLACK_') && key !== 'DATABASE_URL' && key !== 'DOCKET_DATA_DIR',
    ),
  );
  const child = spawn(process.execPath, [...profile, path.join(root, 'bin', 'docket.js'), 'serve'], {
    env: {
      ...env,
      ...target.env,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DOCKET_SCHEDULER: 'off',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docket serve exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('docket serve did not become healthy within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, url, stderr: () => stderr };
}

/** CPU seconds (user + system) a process has used so far; null where /proc is missing. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them, in clock ticks (100 per second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const loadAverage = (): number => Math.round((os.loadavg()[0] as number) * 10) / 10;

interface Sample {
  sentAt: number;
  ackMs?: number;
  ackStatus?: number;
  latencyMs?: number;
  error?: string;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Open-loop load: requests leave on schedule whether or not earlier ones were answered. */
async function load(
  client: SignedSlackClient,
  slack: FakeSlackApi,
  judges: Judge[],
  rate: number,
  seconds: number,
): Promise<Sample[]> {
  const samples = new Map<string, Sample>();
  const onCall = (call: RecordedCall): void => {
    if (call.method !== 'response_url' || !call.target) return;
    const sample = samples.get(call.target);
    if (!sample || sample.latencyMs !== undefined) return;
    sample.latencyMs = performance.now() - sample.sentAt;
    const text = JSON.stringify(call.args);
    if (call.status !== 200) sample.error = `response_url ${call.status}`;
    else if (text.includes('⚠️ Docket') || text.includes('👋')) sample.error = 'error message in the response';
  };
  slack.on('call', onCall);
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const judge = judges[(i * 7919) % judges.length] as Judge;
    // A realistic mix of questions; "N天" with varying N also keeps the page cache honest.
    const text = ['', '', '逾期', '全部', `${1 + ((i * 31) % 90)}天`][i % 5] as string;
    const responseUrl = slack.responseUrl();
    const target = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    const sample: Sample = { sentAt: performance.now() };
    samples.set(target, sample);
    sends.push(
      client.command('/mycases', text, { userId: judge.slackUserId, responseUrl }).then(
        (ack) => {
          sample.ackMs = ack.ackMs;
          sample.ackStatus = ack.status;
          if (ack.status !== 200) sample.error = `ack ${ack.status}`;
        },
        (error: unknown) => {
          sample.error = `request failed: ${String(error)}`;
        },
      ),
    );
  }
  await Promise.all(sends);
  const patience = Date.now() + 10_000;
  while (
    [...samples.values()].some((sample) => sample.latencyMs === undefined && !sample.error) &&
    Date.now() < patience
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  slack.off('call', onCall);
  for (const sample of samples.values())
    if (sample.latencyMs === undefined && !sample.error) sample.error = 'no response within 10 s';
  return [...samples.values()];
}

interface Row {
  target: string;
  rate: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  /** CPU milliseconds the serve process used per request during the run. */
  cpuMsPerRequest: number | null;
  /** One-minute load average at the end of the run. */
  load: number;
}

function summarize(target: string, rate: number, samples: Sample[], cpuMs: number | null): Row {
  const latencies = samples
    .filter((sample) => !sample.error && sample.latencyMs !== undefined)
    .map((sample) => sample.latencyMs as number);
  const acks = samples.filter((sample) => sample.ackMs !== undefined).map((sample) => sample.ackMs as number);
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    target,
    rate,
    requests: samples.length,
    errors: samples.filter((sample) => sample.error).length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(Math.max(...latencies)),
    ackP50: round(percentile(acks, 50)),
    ackP99: round(percentile(acks, 99)),
    ackMax: round(Math.max(...acks)),
    cpuMsPerRequest: cpuMs === null ? null : round(cpuMs / samples.length),
    load: loadAverage(),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(out, { recursive: true });
  const rows: Row[] = [];
  for (const scale of args.scales) {
    const target = scale === 'court' ? courtTarget() : await regionTarget();
    console.log(`${target.name}`);
    const judges = await prepare(target);
    const slack = new FakeSlackApi({
      users: judges.map((judge) => ({
        id: judge.slackUserId,
        name: judge.name,
        locale: 'zh-CN',
        ...(judge.email ? { email: judge.email } : {}),
      })),
    });
    await slack.start();
    const signingSecret = newSigningSecret();
    const server = await startServe(target, slack, signingSecret, args.cpuProfileDir);
    try {
      const client = new SignedSlackClient(`${server.url}/slack/events`, signingSecret);
      console.log(`  ${judges.length} people with open cases; serve pid ${server.child.pid}; warming up…`);
      await load(client, slack, judges, 10, 3);
      for (const rate of args.rates) {
        const cpuBefore = cpuSeconds(server.child.pid);
        const samples = await load(client, slack, judges, rate, args.seconds);
        const cpuAfter = cpuSeconds(server.child.pid);
        const row = summarize(
          target.name,
          rate,
          samples,
          cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000,
        );
        rows.push(row);
        const firstErrors = [...new Set(samples.filter((sample) => sample.error).map((sample) => sample.error))].slice(
          0,
          3,
        );
        console.log(
          `  ${rate} req/s × ${args.seconds} s: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, max ${row.max} ms; ack p50 ${row.ackP50} ms, p99 ${row.ackP99} ms, max ${row.ackMax} ms; errors ${row.errors}/${row.requests}${firstErrors.length ? ` (${firstErrors.join('; ')})` : ''}; serve CPU ${row.cpuMsPerRequest} ms/request; load ${row.load}`,
        );
      }
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((resolve) => server.child.once('exit', resolve));
      await slack.stop();
    }
  }
  console.log(
    '\n' +
      tableHead([
        'store',
        'rate',
        'requests',
        'errors',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'ack p50 ms',
        'ack p99 ms',
        'ack max ms',
        'serve CPU ms/req',
        'load',
      ]),
  );
  for (const row of rows) {
    console.log(
      tableRow([
        row.target,
        `${row.rate}/s`,
        row.requests,
        row.errors,
        row.p50,
        row.p95,
        row.p99,
        row.max,
        row.ackP50,
        row.ackP99,
        row.ackMax,
        row.cpuMsPerRequest ?? '—',
        row.load,
      ]),
    );
  }
  fs.writeFileSync(
    path.join(out, 'mycases-results.json'),
    JSON.stringify({ at: new Date().toISOString(), seconds: args.seconds, rows }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

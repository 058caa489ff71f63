/**
 * `npm run bench:digests` — issue 5's numbers.
 *
 * 1. Weekly report compute time: what a scheduled weekly run does before its first post — the occasion
 *    (DigestRunner.occasionFor) and DigestRunner.plan, i.e. the court's metrics for the week, the week
 *    before and the year to date, and every recipient's Block Kit (team leads, administrators, the
 *    management channel). Timed with charts (a PNG per recipient, as the scheduler sends it) and without
 *    (what `docket digest weekly --dry-run` prints). Nothing is posted. Report of ISO week 2026-W26, sent
 *    Monday 2026-06-29, on demo data seeded as of 2026-06-30 (seed 1):
 *    - one demo court on the embedded store, PGlite on disk (bench/out/digests-court-pglite), BENCH_REPEAT
 *      times after one untimed warm-up;
 *    - every court of the region data (109 courts, ≈1.72M cases) on PostgreSQL, each once after one
 *      untimed warm-up: total and per court p50/max, with charts for the first BENCH_REGION_CHART_COURTS
 *      (all by default; what a chart costs is printed, and kept in docs/digests.md).
 *      Its own database, docket_bench_digests_region (or BENCH_DATABASE_URL).
 *    Each run's CPU time is this process's (user + system, resvg's thread pool included, the PostgreSQL
 *    server's not), and the CPU per picture is (with charts − without) / the distinct pictures rendered.
 *    Also reported: the longest the event loop stood still during a run with charts (docket serve answers
 *    Slack's requests in the same loop).
 *    Both stores are seeded the first time only: they are reused while the seed marker (the seed.demo
 *    audit row: scale, seed, as-of date) and the court and case counts match it.
 *    Then, on the same courts charted, the 周通报 (2026-W26) and 月调度 (2026-06) as files, as an administrator's
 *    digest attaches them (src/digests/reportDocuments.ts): render time, CPU and the .docx and .xlsx sizes.
 * 2. Daily fan-out to BENCH_RECIPIENTS people (default 2,000) through the real DigestRunner (dueRuns and
 *    run, as the every-minute tick calls them), the outbound module with its production settings and the
 *    DigestDelivery ledger, against the fake Slack Web API enforcing one message a second per channel and
 *    a workspace-wide cap: a burst of BENCH_WORKSPACE_BURST posts (default 100), then
 *    BENCH_WORKSPACE_PER_SECOND a second (default 10, i.e. 600 a minute), answering 429 with Retry-After.
 *    Slack documents that it keeps a workspace-wide limit on chat.postMessage but gives no number; this is
 *    the one the bench holds Docket to. Real clock (the limits are real time); the runner's clock runs at
 *    real speed from 08:30 on Tuesday 2026-06-30, court time.
 *    Recipients: the demo court, freshly seeded (in-memory PGlite, or BENCH_FANOUT_STORE=postgres for
 *    its own database docket_bench_digests_fanout), whose staff with news today get a digest, plus as many
 *    added 法官助理 (assistants, with Slack ids) as make BENCH_RECIPIENTS, each assigned to one of the
 *    court's judges that has cases overdue or due, so every recipient's DM lists real cases.
 *    Reported: wall time from the tick to the last post, the rate-limit floor (the least time the caps
 *    allow for that many posts), their ratio, duplicates (ledger keys posted more than once: must be 0),
 *    missing (recipients with no message: must be 0), 429s received, and a second run of the same
 *    occasion (must send nothing).
 *
 * Each part runs in its own child process, so its memory is its own: peak RSS and V8 heap sampled while it
 * is measured, and the process's lifetime peak RSS (getrusage) in brackets. The machine is shared: each
 * part reports the one-minute load average when it ends.
 *
 * BENCH_STORES=pglite,postgres   which weekly parts (pglite: one court; postgres: the region)
 * BENCH_REGION_COURTS=109        only the first N courts of the region
 * BENCH_REGION_CHART_COURTS=109  region courts also timed with charts
 * BENCH_REPEAT=3                 timed weekly runs of the one court
 * BENCH_RECIPIENTS=2000          daily fan-out recipients (0: no fan-out)
 * BENCH_FANOUT_STORE=pglite      or postgres
 * BENCH_WORKSPACE_BURST=100, BENCH_WORKSPACE_PER_SECOND=10
 * BENCH_DATABASE_URL             the region database (default postgres://postgres@127.0.0.1:5432/docket_bench_digests_region)
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { addDays, isoWeekOf, monthOf, type ReportPeriod } from '../src/domain/digests';
import { ReportDocuments } from '../src/digests/reportDocuments';
import { ReportDataService } from '../src/services/digests/reportData';
import { renderPng } from '../src/slack/charts/png';
import type { IsoDate } from '../src/domain/dates';
import { createLogger } from '../src/observability/logger';
import { Metrics } from '../src/observability/metrics';
import type { Clock } from '../src/services/clock';
import { fixedClock } from '../src/services/clock';
import { seedDemo, type DemoScale, type SeedReport } from '../src/devtools/demo/seedDemo';
import { instantAt } from '../src/services/digests/cron';
import { DigestRunner, type RunRequest, type RunSummary } from '../src/digests/runner';
import { createWebClient } from '../src/slack/client';
import { FakeSlackApi } from '../src/devtools/localSlack/fakeSlackApi';
import { Outbound } from '../src/slack/outbound';
import { openStore, type OpenStoreOptions, type Store } from '../src/store';
import { ensureOwnDatabase } from './support/postgres';
import { tableHead, tableRow } from './support/markdownTable';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'out');
const SEED = 1;
const AS_OF: IsoDate = '2026-06-30';
/** The weekly report of 2026-W26 goes out on Monday 2026-06-29. */
const WEEKLY_DAY: IsoDate = '2026-06-29';
/** A Tuesday, a working day: the daily digest goes out at 08:30. */
const DAILY_DAY: IsoDate = '2026-06-30';
const DAILY_MINUTE = 8 * 60 + 30;

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const STORES = env('BENCH_STORES', 'pglite,postgres').split(',').filter(Boolean);
const REGION_COURTS = Number(env('BENCH_REGION_COURTS', '109'));
const REGION_CHART_COURTS = Number(env('BENCH_REGION_CHART_COURTS', String(REGION_COURTS)));
const REPEAT = Number(env('BENCH_REPEAT', '3'));
const RECIPIENTS = Number(env('BENCH_RECIPIENTS', '2000'));
const FANOUT_STORE = env('BENCH_FANOUT_STORE', 'pglite');
const BURST = Number(env('BENCH_WORKSPACE_BURST', '100'));
const PER_SECOND = Number(env('BENCH_WORKSPACE_PER_SECOND', '10'));
const REGION_URL = env('BENCH_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/docket_bench_digests_region');
const COURT_DIR = path.join(OUT, 'digests-court-pglite');

type Part = 'prepare' | 'weekly-court' | 'weekly-region' | 'fanout';

// ---------------------------------------------------------------------------------------------------
// Shared helpers

const loadAverage = (): number => Math.round((os.loadavg()[0] as number) * 10) / 10;
const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

interface MemoryPeaks {
  /** Peak RSS while the part was measured (sampled every 20 ms). */
  rssMiB: number;
  /** The process's peak RSS over its life (getrusage), start-up, seeding and warm-up included. */
  maxRssMiB: number;
  /** Peak V8 heap used while measured (sampled). */
  heapMiB: number;
}

/** Sampled peaks (a long synchronous stretch can hide a short one) and getrusage's lifetime peak. */
function memorySampler(): { stop: () => MemoryPeaks } {
  let rss = 0;
  let heap = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMiB: mib(rss), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), heapMiB: mib(heap) };
    },
  };
}

/** The longest the event loop went without running a 10 ms timer (minus those 10 ms). */
function stallMeter(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const observe = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  };
  const timer = setInterval(observe, 10);
  return {
    stop() {
      observe();
      clearInterval(timer);
      return Math.max(0, longest);
    },
  };
}

function quietLogger(counts?: Record<string, number>) {
  return createLogger({
    level: 'warn',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (counts) {
          const level = /"level":"(\w+)"/.exec(chunk.toString())?.[1] ?? 'unknown';
          counts[level] = (counts[level] ?? 0) + 1;
        }
        done();
      },
    }),
  });
}

/** An outbound module nothing is sent through (weekly parts only plan). */
function idleOutbound(): Outbound {
  return new Outbound({
    client: createWebClient({ token: 'xoxb-bench-dry-run', slackApiUrl: 'http://127.0.0.1:9/api/' }),
    logger: quietLogger(),
    metrics: new Metrics(),
  });
}

/** The store holds exactly what `seedDemo(scale, SEED, AS_OF)` wrote (its audit row, and as many courts and cases). */
async function seededAs(store: Store, scale: DemoScale): Promise<boolean> {
  const marker = await store.prisma.auditLog.findFirst({
    where: { action: 'seed.demo' },
    orderBy: { id: 'desc' },
    select: { after: true },
  });
  const report = marker?.after as Partial<SeedReport> | null | undefined;
  if (!report || report.scale !== scale || report.seed !== SEED || report.asOf !== AS_OF) return false;
  const [courts, cases] = await Promise.all([store.prisma.court.count(), store.prisma.case.count()]);
  return courts === report.courts && cases === report.cases;
}

async function seedIfNeeded(name: string, options: OpenStoreOptions, scale: DemoScale): Promise<void> {
  const store = await openStore(options);
  try {
    if (await seededAs(store, scale)) {
      console.log(`  ${name}: seeded as of ${AS_OF} (seed ${SEED}), reused`);
      return;
    }
    console.log(`  ${name}: seeding the ${scale} demo data as of ${AS_OF} (once; the region takes minutes)…`);
    const started = performance.now();
    let reported = 0;
    const report = await seedDemo(store, {
      scale,
      seed: SEED,
      asOf: AS_OF,
      reset: true,
      onProgress: (progress) => {
        if (progress.courtsDone >= reported + 10) {
          reported = progress.courtsDone;
          console.log(
            `    ${progress.courtsDone}/${progress.courtsTotal} courts, ${progress.casesWritten} cases, ${Math.round((performance.now() - started) / 1000)} s`,
          );
        }
      },
    });
    console.log(
      `  ${name}: seeded ${report.courts} court(s), ${report.cases} cases, ${report.people} people in ${Math.round((performance.now() - started) / 1000)} s`,
    );
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// Parts (each in its own process)

interface Timing {
  runs: number;
  totalMs: number;
  p50: number;
  max: number;
}

interface WeeklyResult {
  part: 'weekly';
  store: string;
  courts: number;
  /** Recipients summed over the courts (people and channels). */
  recipients: number;
  /** Timed with charts, as the scheduler sends the report (the region: its first BENCH_REGION_CHART_COURTS courts). */
  charts: Timing;
  /** Timed without charts, as `docket digest weekly --dry-run`: every court. */
  dryRun: Timing;
  /** The process's CPU time per run (p50 ms; the thread pool's rasterising included, the PostgreSQL server's not). */
  cpu: { charts: number; dryRun: number };
  /** Distinct pictures rendered per court run, and the CPU each cost: (with charts − without) / pictures, p50 over the courts charted. */
  pictures: number;
  cpuPerPictureMs: number;
  /** The longest the event loop stood still while a report with charts was planned (docket serve answers Slack in the same loop). */
  stallMs: number;
  /** Block Kit blocks and chart bytes per court (mean). */
  blocks: number;
  chartKiB: number;
  /** The 周通报 and 月调度 files of the courts charted: render time and size (documents.ts). */
  documents: { weekly: DocumentTiming; monthly: DocumentTiming };
  memory: MemoryPeaks;
  load: number;
}

interface DocumentTiming {
  runs: number;
  p50: number;
  max: number;
  cpuP50: number;
  docxKiB: number;
  xlsxKiB: number;
}

/** The month whose 月调度 goes out on the first working day of July 2026. */
const MONTH: ReportPeriod = monthOf('2026-06-01');

/**
 * One court's 周通报 or 月调度 files as the administrators' digest attaches them (ReportDocuments.files), timed
 * apart from loading the report the digest loads anyway: the long-pending counts (weekly), the chart (drawn
 * afresh here; a run reuses the administrators'), the layout, the .docx and the .xlsx.
 */
async function renderDocuments(
  store: Store,
  courtId: number,
  kind: 'weekly' | 'monthly',
): Promise<{ ms: number; cpuMs: number; docx: number; xlsx: number }> {
  const request =
    kind === 'weekly'
      ? {
          kind,
          report: await new ReportDataService({ store }).weekly(courtId, isoWeekOf(addDays(WEEKLY_DAY, -7)), {
            lastYear: true,
          }),
        }
      : { kind, report: await new ReportDataService({ store }).monthly(courtId, MONTH, { lastYear: true }) };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const documents = new ReportDocuments(store, courtId, request, { issuedOn: WEEKLY_DAY, render: renderPng });
  const files = await documents.files('zh-CN');
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, docx: files.docx.data.length, xlsx: files.xlsx.data.length };
}

function documentTiming(runs: Array<{ ms: number; cpuMs: number; docx: number; xlsx: number }>): DocumentTiming {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    runs: runs.length,
    p50: Math.round(
      percentile(
        runs.map((run) => run.ms),
        50,
      ),
    ),
    max: Math.round(Math.max(...runs.map((run) => run.ms))),
    cpuP50: Math.round(
      percentile(
        runs.map((run) => run.cpuMs),
        50,
      ),
    ),
    docxKiB: Math.round(mean(runs.map((run) => run.docx)) / 1024),
    xlsxKiB: Math.round(mean(runs.map((run) => run.xlsx)) / 1024),
  };
}

/** One weekly plan of one court, timed: the occasion, the metrics and every recipient's payload. */
async function planWeekly(
  runner: DigestRunner,
  courtId: number,
  charts: boolean,
): Promise<{ ms: number; cpuMs: number; recipients: number; blocks: number; chartBytes: number; pictures: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const request = await runner.occasionFor(courtId, 'weekly', WEEKLY_DAY);
  if (!request) throw new Error(`no weekly report goes out on ${WEEKLY_DAY} for court ${courtId}`);
  const plan = await runner.plan(request, { only: null, charts, ignoreTiming: true });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // Recipients who share a picture share its Buffer (one render per distinct picture).
    pictures: new Set(plan.digests.flatMap((digest) => (digest.chart ? [digest.chart.data] : []))).size,
    recipients: plan.digests.length,
    blocks: plan.digests.reduce((sum, digest) => sum + digest.blocks.length, 0),
    chartBytes: plan.digests.reduce((sum, digest) => sum + (digest.chart?.data.length ?? 0), 0),
  };
}

function timing(values: number[]): Timing {
  return {
    runs: values.length,
    totalMs: Math.round(values.reduce((a, b) => a + b, 0)),
    p50: Math.round(percentile(values, 50)),
    max: Math.round(Math.max(...values)),
  };
}

/**
 * One court: its report `repeat` times, with and without charts. The region: every court once without
 * charts, and the first `chartCourts` with them too (a chart is rasterised per recipient).
 */
async function weeklyPart(
  storeName: string,
  options: OpenStoreOptions,
  courtLimit: number,
  repeat: number,
  chartCourts: number,
): Promise<WeeklyResult> {
  const store = await openStore(options);
  try {
    const courts = (
      await store.prisma.court.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: courtLimit })
    ).map((court) => court.id);
    const runner = new DigestRunner({
      store,
      outbound: idleOutbound(),
      clock: fixedClock(instantAt(WEEKLY_DAY, 9 * 60, 'Asia/Shanghai')),
      logger: quietLogger(),
      charts: true,
    });
    // One untimed run: Prisma's first queries and the chart renderer's start are start-up, not a report.
    await planWeekly(runner, courts[0] as number, true);
    const memory = memorySampler();
    let stallMs = 0;
    const times = { charts: [] as number[], dryRun: [] as number[] };
    const cpu = { charts: [] as number[], dryRun: [] as number[], perPicture: [] as number[] };
    let pictures = 0;
    let recipients = 0;
    let blocks = 0;
    let chartBytes = 0;
    let charted = 0;
    const documentRuns = {
      weekly: [] as Awaited<ReturnType<typeof renderDocuments>>[],
      monthly: [] as Awaited<ReturnType<typeof renderDocuments>>[],
    };
    // Untimed: docx, exceljs and the layout's first use are start-up.
    await renderDocuments(store, courts[0] as number, 'monthly');
    const runs = courts.length === 1 ? Array.from({ length: repeat }, () => courts[0] as number) : courts;
    for (const [index, courtId] of runs.entries()) {
      const dry = await planWeekly(runner, courtId, false);
      times.dryRun.push(dry.ms);
      cpu.dryRun.push(dry.cpuMs);
      if (courts.length > 1 || index === 0) {
        recipients += dry.recipients;
        blocks += dry.blocks;
      }
      if (courts.length === 1 || index < chartCourts) {
        const stall = stallMeter();
        const withCharts = await planWeekly(runner, courtId, true);
        stallMs = Math.max(stallMs, stall.stop());
        times.charts.push(withCharts.ms);
        cpu.charts.push(withCharts.cpuMs);
        if (withCharts.pictures > 0) cpu.perPicture.push((withCharts.cpuMs - dry.cpuMs) / withCharts.pictures);
        pictures += withCharts.pictures;
        chartBytes += withCharts.chartBytes;
        charted += 1;
        documentRuns.weekly.push(await renderDocuments(store, courtId, 'weekly'));
        documentRuns.monthly.push(await renderDocuments(store, courtId, 'monthly'));
      }
      if (courts.length > 1 && (index + 1) % 20 === 0) console.log(`    ${index + 1}/${courts.length} courts`);
    }
    const peaks = memory.stop();
    return {
      part: 'weekly',
      store: storeName,
      courts: courts.length,
      recipients,
      charts: timing(times.charts),
      dryRun: timing(times.dryRun),
      cpu: { charts: Math.round(percentile(cpu.charts, 50)), dryRun: Math.round(percentile(cpu.dryRun, 50)) },
      pictures: Math.round(pictures / Math.max(1, charted)),
      cpuPerPictureMs: Math.round(percentile(cpu.perPicture, 50)),
      stallMs: Math.round(stallMs),
      blocks: Math.round(blocks / courts.length),
      chartKiB: Math.round(chartBytes / 1024 / Math.max(1, charted)),
      documents: { weekly: documentTiming(documentRuns.weekly), monthly: documentTiming(documentRuns.monthly) },
      memory: peaks,
      load: loadAverage(),
    };
  } finally {
    await store.close();
  }
}

interface FanoutResult {
  part: 'fanout';
  store: string;
  recipients: number;
  added: number;
  planMs: number;
  wallMs: number;
  floorMs: number;
  posts: number;
  rateLimited: number;
  duplicates: number;
  missing: number;
  notPosted: number;
  failed: number;
  updates: number;
  secondRunSent: number;
  retryWarnings: number;
  memory: MemoryPeaks;
  load: number;
}

/** The digest people of the court get today, as the runner plans them at 08:30 (people with news). */
async function dailyPlan(
  runner: DigestRunner,
  courtId: number,
): Promise<{ request: RunRequest; digests: Awaited<ReturnType<DigestRunner['plan']>>['digests'] }> {
  const request = await runner.occasionFor(courtId, 'daily', DAILY_DAY);
  if (!request) throw new Error(`no daily digest goes out on ${DAILY_DAY}`);
  const { digests } = await runner.plan(request, { only: null, charts: false });
  return { request, digests };
}

/** Brings the court's daily recipients to `target`: assistants added for judges with news (or the last recipients set inactive). */
async function makeRecipients(store: Store, runner: DigestRunner, courtId: number, target: number): Promise<number> {
  const { digests } = await dailyPlan(runner, courtId);
  const prisma = store.prisma;
  if (digests.length >= target) {
    const surplus = digests.slice(target).map((digest) => digest.personId as number);
    await prisma.person.updateMany({ where: { id: { in: surplus } }, data: { active: false } });
    return 0;
  }
  const withNews = new Set(digests.map((digest) => digest.personId));
  // Judges with a case of their own overdue or due within the week: their assistants' digests list it.
  const dueBy = new Date(`${addDays(DAILY_DAY, 7)}T00:00:00Z`);
  const judges = await prisma.person.findMany({
    where: {
      courtId,
      active: true,
      role: { in: ['judge', 'team_lead'] },
      cases: { some: { status: 'open', deadline: { lte: dueBy } } },
    },
    select: { id: true, teamId: true },
    orderBy: { id: 'asc' },
  });
  const busy = judges.filter((judge) => withNews.has(judge.id));
  if (busy.length === 0) throw new Error('no judge has news today: the demo data does not fit the bench day');
  const added = target - digests.length;
  await prisma.person.createMany({
    data: Array.from({ length: added }, (_, n) => {
      const judge = busy[n % busy.length] as { id: number; teamId: number | null };
      const number = String(n + 1).padStart(4, '0');
      return {
        courtId,
        name: `法官助理${number}`,
        staffNo: `BENCH${number}`,
        email: `bench.assistant${number}@bench.court.example`,
        slackUserId: `UBENCH${number}`,
        role: 'assistant' as const,
        teamId: judge.teamId,
      };
    }),
  });
  const assistants = await prisma.person.findMany({
    where: { courtId, staffNo: { startsWith: 'BENCH' } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  await prisma.judgeAssignment.createMany({
    data: assistants.map((assistant, n) => ({
      assistantId: assistant.id,
      judgeId: (busy[n % busy.length] as { id: number }).id,
    })),
  });
  return added;
}

async function fanoutPart(): Promise<FanoutResult> {
  const storeOptions: OpenStoreOptions =
    FANOUT_STORE === 'postgres'
      ? { databaseUrl: Object.assign(new URL(REGION_URL), { pathname: '/docket_bench_digests_fanout' }).toString() }
      : { memory: {} };
  if (storeOptions.databaseUrl) await ensureOwnDatabase(storeOptions.databaseUrl, { fresh: true });
  const storeName = FANOUT_STORE === 'postgres' ? 'PostgreSQL' : 'PGlite (in memory)';
  const store = await openStore(storeOptions);
  const slack = new FakeSlackApi();
  try {
    console.log(`  seeding the demo court (${storeName})…`);
    await seedDemo(store, { scale: 'court', seed: SEED, asOf: AS_OF, reset: false });
    const court = await store.prisma.court.findFirstOrThrow({ select: { id: true, timeZone: true } });
    // The runner's clock runs at real speed from 08:30 court time; the outbound pacer and the fake use the real clock.
    let offset = instantAt(DAILY_DAY, DAILY_MINUTE, court.timeZone).getTime() - Date.now();
    const clock: Clock = { now: () => new Date(Date.now() + offset) };
    await slack.start();
    const logged: Record<string, number> = {};
    const outbound = new Outbound({
      client: createWebClient({ token: slack.botToken, slackApiUrl: slack.apiUrl }),
      logger: quietLogger(logged),
      metrics: new Metrics(),
    });
    const runner = new DigestRunner({ store, outbound, clock, logger: quietLogger(logged) });
    const added = await makeRecipients(store, runner, court.id, RECIPIENTS);
    const planStarted = performance.now();
    const { digests } = await dailyPlan(runner, court.id);
    const planMs = performance.now() - planStarted;
    const expected = digests.map((digest) =>
      'slackUserId' in digest.recipient ? digest.recipient.slackUserId : digest.recipient.channel,
    );
    console.log(
      `  ${digests.length} recipients (${added} assistants added); daily plan ${Math.round(planMs)} ms; fanning out at ${BURST} then ${PER_SECOND}/s…`,
    );

    slack.rateLimits = { perChannelPerSecond: 1, workspaceBucket: { burst: BURST, perSecond: PER_SECOND } };
    slack.calls.length = 0;
    offset = instantAt(DAILY_DAY, DAILY_MINUTE, court.timeZone).getTime() - Date.now();
    const memory = memorySampler();
    const started = performance.now();
    const summaries: RunSummary[] = [];
    // As the every-minute tick: run every due daily occasion; a deferred one (people with a later time) is due again later.
    for (let tick = 0; tick < 3; tick += 1) {
      const due = (await runner.dueRuns()).filter((request) => request.kind === 'daily');
      if (due.length === 0) break;
      for (const request of due) summaries.push(await runner.run(request));
    }
    const wallMs = performance.now() - started;
    const peaks = memory.stop();

    const posts = slack.callsTo('chat.postMessage');
    const ok = posts.filter((call) => call.status === 200 && !call.error);
    const byKey = new Map<string, number>();
    for (const call of ok) {
      const key = String(
        (call.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key ??
          `no-key:${String(call.args.channel)}`,
      );
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    const perChannel = new Map<string, number>();
    for (const call of ok)
      perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
    const channelFloorMs = Math.max(0, ...[...perChannel.values()].map((count) => (count - 1) * 1000));
    const workspaceFloorMs = (Math.max(0, ok.length - BURST) / PER_SECOND) * 1000;
    const missing = expected.filter((id) => slack.messagesIn(id.startsWith('U') ? `D${id}` : id).length === 0).length;
    const notPosted = await store.prisma.digestDelivery.count({ where: { kind: 'daily', status: { not: 'posted' } } });
    const request = summaries[0]?.request;
    const again = request ? await runner.run(request) : undefined;
    return {
      part: 'fanout',
      store: storeName,
      recipients: digests.length,
      added,
      planMs: Math.round(planMs),
      wallMs: Math.round(wallMs),
      floorMs: Math.round(Math.max(channelFloorMs, workspaceFloorMs)),
      posts: ok.length,
      rateLimited: posts.filter((call) => call.status === 429).length,
      duplicates: [...byKey.values()].reduce((sum, count) => sum + count - 1, 0),
      missing,
      notPosted,
      failed: summaries.reduce((sum, summary) => sum + summary.failed.length, 0),
      updates: slack.callsTo('chat.update').length,
      secondRunSent: again?.sent ?? 0,
      retryWarnings: logged.warn ?? 0,
      memory: peaks,
      load: loadAverage(),
    };
  } finally {
    await slack.stop();
    await store.close();
  }
}

async function runPart(part: Part): Promise<WeeklyResult | FanoutResult | null> {
  switch (part) {
    case 'prepare':
      fs.mkdirSync(OUT, { recursive: true });
      if (STORES.includes('pglite'))
        await seedIfNeeded('court store (PGlite on disk)', { dataDir: COURT_DIR }, 'court');
      if (STORES.includes('postgres')) {
        await ensureOwnDatabase(REGION_URL, { fresh: false });
        await seedIfNeeded('region store (PostgreSQL)', { databaseUrl: REGION_URL }, 'region');
      }
      return null;
    case 'weekly-court':
      return weeklyPart('one court, PGlite on disk', { dataDir: COURT_DIR }, 1, REPEAT, 1);
    case 'weekly-region':
      return weeklyPart('region, PostgreSQL', { databaseUrl: REGION_URL }, REGION_COURTS, 1, REGION_CHART_COURTS);
    case 'fanout':
      return fanoutPart();
  }
}

// ---------------------------------------------------------------------------------------------------
// The parent: runs each part in a child process and prints the tables.

function inChild(part: Part): Promise<WeeklyResult | FanoutResult | null> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DIGESTS_PART: part },
    });
    let result: WeeklyResult | FanoutResult | null = null;
    child.on('message', (message) => {
      result = message as WeeklyResult | FanoutResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(result) : reject(new Error(`part ${part} exited with ${code}`))));
  });
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  const part = process.env.BENCH_DIGESTS_PART as Part | undefined;
  if (part) {
    const result = await runPart(part);
    // The IPC channel keeps a child alive: hand the result over, then let go.
    await new Promise<void>((resolve) => (result && process.send ? process.send(result, () => resolve()) : resolve()));
    process.disconnect?.();
    return;
  }
  console.log(
    `bench:digests — load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores (shared machine)`,
  );
  const results: Array<WeeklyResult | FanoutResult> = [];
  if (STORES.length > 0) {
    console.log('Preparing the weekly stores');
    await inChild('prepare');
  }
  if (STORES.includes('pglite')) {
    console.log(`Weekly report, one court on PGlite (on disk), ${REPEAT} runs`);
    results.push((await inChild('weekly-court')) as WeeklyResult);
  }
  if (STORES.includes('postgres')) {
    console.log(`Weekly report, ${REGION_COURTS} region courts on PostgreSQL`);
    results.push((await inChild('weekly-region')) as WeeklyResult);
  }
  if (RECIPIENTS > 0) {
    console.log(`Daily fan-out to ${RECIPIENTS} recipients`);
    results.push((await inChild('fanout')) as FanoutResult);
  }

  const weekly = results.filter((result): result is WeeklyResult => result.part === 'weekly');
  if (weekly.length > 0) {
    console.log(`\nWeekly report ${WEEKLY_DAY} (2026-W26): occasion + every recipient's payload, nothing posted`);
    console.log(
      tableHead([
        'store',
        'courts',
        'recipients',
        'dry run (no charts): runs',
        'total s',
        'p50 ms',
        'max ms',
        'CPU p50 ms',
        'with charts: runs',
        'total s',
        'p50 ms',
        'max ms',
        'CPU p50 ms',
        'pictures/court',
        'CPU ms/picture',
        'event-loop stall ms',
        'blocks/court',
        'charts KiB/court',
        'peak RSS MiB (process)',
        'peak heap MiB',
        'load',
      ]),
    );
    for (const row of weekly) {
      const { dryRun: d, charts: c } = row;
      console.log(
        tableRow([
          row.store,
          row.courts,
          row.recipients,
          d.runs,
          seconds(d.totalMs),
          d.p50,
          d.max,
          row.cpu.dryRun,
          c.runs,
          seconds(c.totalMs),
          c.p50,
          c.max,
          row.cpu.charts,
          row.pictures,
          row.cpuPerPictureMs,
          row.stallMs,
          row.blocks,
          row.chartKiB,
          `${row.memory.rssMiB} (${row.memory.maxRssMiB})`,
          row.memory.heapMiB,
          row.load,
        ]),
      );
    }
    console.log(
      "(p50/max: per run — the one court repeated, each region court once; charts on the region's first BENCH_REGION_CHART_COURTS (all by default). CPU: this process's (user + system, the thread pool included; not the PostgreSQL server's); per picture: (with charts − without) / distinct pictures. RSS: peak while measured (the process's lifetime peak))",
    );
  }
  if (weekly.length > 0) {
    console.log(
      `\n周通报 (2026-W26) and 月调度 (${MONTH.key}) as files, per court: ReportDocuments.files — long-pending counts (weekly), chart, layout, .docx, .xlsx`,
    );
    console.log(
      tableHead([
        'store',
        'courts',
        'kind',
        'runs',
        'p50 ms',
        'max ms',
        'CPU p50 ms',
        '.docx KiB/court',
        '.xlsx KiB/court',
        'all courts: s of CPU (p50 × courts)',
      ]),
    );
    for (const row of weekly)
      for (const kind of ['weekly', 'monthly'] as const) {
        const d = row.documents[kind];
        const allCourtsSeconds = ((d.cpuP50 * row.courts) / 1000).toFixed(1);
        console.log(
          tableRow([
            row.store,
            row.courts,
            kind,
            d.runs,
            d.p50,
            d.max,
            d.cpuP50,
            d.docxKiB,
            d.xlsxKiB,
            allCourtsSeconds,
          ]),
        );
      }
    console.log(
      "(timed on the courts charted above — the one court repeated, the region's first BENCH_REGION_CHART_COURTS; the report itself, which the digest loads anyway, is not in the time; load: the weekly rows')",
    );
  }
  const fanout = results.find((result): result is FanoutResult => result.part === 'fanout');
  if (fanout) {
    console.log(
      `\nDaily fan-out ${DAILY_DAY} 08:30, fake Slack: 1 message/s per channel, workspace ${BURST} burst then ${PER_SECOND}/s (429 + Retry-After)`,
    );
    console.log(
      tableHead([
        'store',
        'recipients',
        'posts',
        'wall s',
        'floor s',
        'wall/floor',
        '429s',
        'duplicates',
        'missing',
        'not posted in ledger',
        'failed',
        'chat.update',
        'second run sent',
        'peak RSS MiB (process)',
        'peak heap MiB',
        'load',
      ]),
    );
    const f = fanout;
    console.log(
      tableRow([
        f.store,
        f.recipients,
        f.posts,
        seconds(f.wallMs),
        seconds(f.floorMs),
        f.floorMs > 0 ? (f.wallMs / f.floorMs).toFixed(2) : '—',
        f.rateLimited,
        f.duplicates,
        f.missing,
        f.notPosted,
        f.failed,
        f.updates,
        f.secondRunSent,
        `${f.memory.rssMiB} (${f.memory.maxRssMiB})`,
        f.memory.heapMiB,
        f.load,
      ]),
    );
    console.log(
      `(${f.added} 法官助理 added to the demo court's own recipients; daily plan of all of them ${f.planMs} ms; ${f.retryWarnings} retry warnings logged; RSS: peak during the fan-out (the process's lifetime peak, seeding the in-memory store included))`,
    );
    if (f.duplicates > 0 || f.missing > 0 || f.notPosted > 0 || f.secondRunSent > 0) process.exitCode = 1;
  }
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUT, 'digests-results.json'),
    JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

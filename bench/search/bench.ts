/**
 * `npm run bench:search [-- --library DIR] [--no-import]`: warm per-query latency (p50/p95), index build time,
 * snapshot load time and heap over the shipped library (data/laws, or DIR) with the shipped search model, and over
 * ~100k articles made by replicating the 58-document corpus under altered titles. Queries: the dev queries and the
 * validation split's lay questions. Build and load are timed in CPU and wall time; the snapshot load is what a
 * restart of `docket serve` does instead of the build (read the file, decode, complete with the model). Then
 * `docket rules import data/laws` into a fresh embedded store, run as users run it (bin/docket.js): its time and
 * the process's peak RSS.
 * Targets (issue 12): p95 ≤ 20 ms per query on the full library.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IndexableDocument, RegulationIndex } from '../../src/domain/regulations/searchIndex';
import { buildTextIndex, completeIndex } from '../../src/domain/regulations/searchIndex';
import { readIndexSnapshot, writeIndexSnapshot } from '../../src/services/regulations/indexSnapshot';
import { search } from '../../src/domain/regulations/search';
import type { SearchModel } from '../../src/domain/regulations/searchModel';
import { loadSearchModel } from '../../src/services/regulations/searchModel';
import { CORPUS_DIR, corpusAvailable, loadCorpusDocuments, loadQueries } from './corpus';
import { loadPairs, pairsAvailable } from './pairs';

const TARGET_ARTICLES = 100_000;
const ROUNDS = 5;

/**
 * Copies of the corpus under distinct titles, so aliases and contexts multiply like real documents; each
 * article's text gets a copy mark so that the heap holds distinct strings, as a real 100k corpus would.
 */
function replicate(documents: readonly IndexableDocument[], articles: number): IndexableDocument[] {
  const perCopy = documents.reduce((sum, d) => sum + d.articles.length, 0);
  const copies = Math.ceil(articles / perCopy);
  const out: IndexableDocument[] = [...documents];
  for (let copy = 1; copy < copies; copy++) {
    const mark = `（第${copy}稿）`;
    for (const d of documents) {
      out.push({
        ...d,
        title: d.title + mark,
        current: copy % 2 === 0,
        articles: d.articles.map((a) => ({ ...a, text: a.text + mark })),
      });
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const value = run();
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Heap is measured from before the documents are made to after they are dropped: what the service keeps for
 * the index, article text included. The snapshot is written to a temporary directory and loaded back, as a restart
 * loads it.
 */
async function measure(
  label: string,
  makeDocuments: () => IndexableDocument[],
  queries: readonly string[],
  model?: SearchModel,
): Promise<void> {
  const heapBefore = heapMb();
  let documents: IndexableDocument[] | undefined = makeDocuments();
  const built = timed(() => completeIndex(buildTextIndex(documents as IndexableDocument[]), model));
  documents = undefined;
  const heapAfter = heapMb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-snapshot-'));
  let index: RegulationIndex = built.value;
  let load: { wallMs: number; cpuMs: number; mb: number };
  try {
    const file = path.join(dir, 'rules-index.bin');
    await writeIndexSnapshot(file, 'bench', index);
    const loaded = timed(() => {
      const text = readIndexSnapshot(file, 'bench');
      if (!text) throw new Error('the snapshot just written did not load');
      return completeIndex(text, model);
    });
    load = { wallMs: loaded.wallMs, cpuMs: loaded.cpuMs, mb: fs.statSync(file).size / 2 ** 20 };
    index = loaded.value; // searched below: the index a restarted server answers from
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const q of queries) search(index, q, { limit: 10 }); // warm-up: JIT and lazy buffers
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      search(index, q, { limit: 10 });
      wall.push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (v: number): string => `${v.toFixed(2)} ms`;
  console.log(
    `| ${label} | ${index.articles.length} | ${seconds(built.cpuMs)} / ${seconds(built.wallMs)} | ` +
      `${seconds(load.cpuMs)} / ${seconds(load.wallMs)} (${load.mb.toFixed(0)} MB) | ${(heapAfter - heapBefore).toFixed(0)} MB | ` +
      `${ms(percentile(wall, 50))} | ${ms(percentile(wall, 95))} | ${ms(percentile(cpu, 50))} | ${ms(percentile(cpu, 95))} |`,
  );
}

/** bin/docket.js under a one-line preamble that writes the process's peak RSS and CPU time to a file when it exits. */
const USAGE_PREAMBLE =
  "process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRss: process.resourceUsage().maxRSS, cpuMs: (c.user + c.system) / 1000 })); }); require(require('node:path').resolve(process.argv[1]));";

/** Runs `docket <args>` on the embedded store in `storeDir`: its output, wall and CPU time, peak RSS. */
function docket(
  args: readonly string[],
  storeDir: string,
): { output: string; wallMs: number; cpuMs: number; rssMb: number } {
  const root = path.resolve(__dirname, '../..');
  const usageFile = `${storeDir}.usage`;
  const started = performance.now();
  const output = execFileSync(process.execPath, ['-e', USAGE_PREAMBLE, path.join(root, 'bin/docket.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DOCKET_DATA_DIR: storeDir, BENCH_USAGE_FILE: usageFile },
    maxBuffer: 64 * 2 ** 20,
  });
  const wallMs = performance.now() - started;
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRss: number; cpuMs: number };
  return { output, wallMs, cpuMs: usage.cpuMs, rssMb: Math.round(usage.maxRss / 1024) };
}

/**
 * `docket rules import` into a fresh embedded store, as a court's first import runs; then, apart, what creating
 * that store costs (PGlite's initdb and the migrations, `docket db migrate` into another fresh directory), which is
 * most of the peak RSS and part of the time.
 */
function measureImport(library: string): void {
  const root = path.resolve(__dirname, '../..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-rules-'));
  const line = (label: string, run: { wallMs: number; cpuMs: number; rssMb: number }): string =>
    `${label}: ${seconds(run.wallMs)} wall, ${seconds(run.cpuMs)} CPU, peak RSS ${run.rssMb} MB`;
  try {
    const imported = docket(['rules', 'import', library], path.join(dataDir, 'store'));
    console.log(
      `\n${line(`docket rules import ${path.relative(root, library)} into a fresh embedded store`, imported)}`,
    );
    console.log(`  ${imported.output.trim().split('\n').pop()}`);
    console.log(
      line(
        '  of which creating the store alone (docket db migrate into a fresh directory)',
        docket(['db', 'migrate'], path.join(dataDir, 'empty')),
      ),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`bench:search skipped: no corpus at ${CORPUS_DIR}/laws`);
    return;
  }
  if (!global.gc) console.log('(heap figures are rough without --expose-gc)');
  const args = process.argv.slice(2);
  const library = args.includes('--library')
    ? path.resolve(args[args.indexOf('--library') + 1] ?? '')
    : path.resolve(__dirname, '../../data/laws');
  const documents = loadCorpusDocuments();
  const lay = pairsAvailable()
    ? loadPairs('validation')
        .filter((p) => p.kind === 'layperson_question')
        .map((p) => p.question)
    : [];
  const queries = [...loadQueries().map((q) => q.query), ...lay];
  console.log(`${queries.length} queries (dev and validation lay questions) × ${ROUNDS} rounds, warm, limit 10\n`);
  // CPU time is shown beside wall time: on a shared machine the wall clock also counts waiting for a core.
  console.log(`load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores\n`);
  console.log(
    '| corpus | articles | build cpu / wall | snapshot load cpu / wall (file) | heap | p50 wall | p95 wall | p50 cpu | p95 cpu |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const model = loadSearchModel();
  await measure(`${path.relative(process.cwd(), library)} + model`, () => loadCorpusDocuments(library), queries, model);
  await measure('replicated 58-document corpus', () => replicate(documents, TARGET_ARTICLES), queries, model);
  if (!args.includes('--no-import')) measureImport(library);
  console.log(`\nload average ${os.loadavg()[0]?.toFixed(1)} at the end`);
}

void main();

/**
 * `npm run bench:search [-- --library DIR] [--no-import]`: warm per-query latency (p50/p95), index build time and
 * heap over the shipped library (data/laws, or DIR) with the shipped search model, and over ~100k articles made by
 * replicating the 58-document corpus under altered titles. Queries: the dev queries and the validation split's lay
 * questions. Then `docket rules import data/laws` into a fresh embedded store, run as users run it (bin/docket.js):
 * its time and the process's peak RSS.
 * Targets (issue 12): p95 ≤ 20 ms per query on the full library.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IndexableDocument, RuleIndex } from '../../src/domain/regulations/searchIndex';
import { buildIndex } from '../../src/domain/regulations/searchIndex';
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

/**
 * Heap is measured from before the documents are made to after they are dropped: what the service keeps for
 * the index, article text included.
 */
function measure(
  label: string,
  makeDocuments: () => IndexableDocument[],
  queries: readonly string[],
  model?: SearchModel,
): void {
  const heapBefore = heapMb();
  let documents: IndexableDocument[] | undefined = makeDocuments();
  const started = performance.now();
  const index: RuleIndex = buildIndex(documents, model);
  const buildMs = performance.now() - started;
  documents = undefined;
  const heapAfter = heapMb();
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
    `| ${label} | ${index.articles.length} | ${(buildMs / 1000).toFixed(1)} s | ${(heapAfter - heapBefore).toFixed(0)} MB | ` +
      `${ms(percentile(wall, 50))} | ${ms(percentile(wall, 95))} | ${ms(percentile(cpu, 50))} | ${ms(percentile(cpu, 95))} |`,
  );
}

/** bin/docket.js under a one-line preamble that writes the process's peak RSS to a file when it exits. */
const RSS_PREAMBLE =
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))); require(require('node:path').resolve(process.argv[1]));";

function measureImport(library: string): void {
  const root = path.resolve(__dirname, '../..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-rules-'));
  const rssFile = path.join(dataDir, 'rss');
  try {
    const started = performance.now();
    const output = execFileSync(
      process.execPath,
      ['-e', RSS_PREAMBLE, path.join(root, 'bin/docket.js'), 'rules', 'import', library],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URL: '',
          DOCKET_DATA_DIR: path.join(dataDir, 'store'),
          BENCH_RSS_FILE: rssFile,
        },
        maxBuffer: 64 * 2 ** 20,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = Math.round(Number(fs.readFileSync(rssFile, 'utf8')) / 1024);
    console.log(
      `\ndocket rules import ${path.relative(root, library)} into a fresh embedded store: ${seconds.toFixed(1)} s, peak RSS ${peakRssMb} MB`,
    );
    console.log(`  ${output.trim().split('\n').pop()}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function main(): void {
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
  console.log('| corpus | articles | build | heap | p50 wall | p95 wall | p50 cpu | p95 cpu |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const model = loadSearchModel();
  measure(`${path.relative(process.cwd(), library)} + model`, () => loadCorpusDocuments(library), queries, model);
  measure('replicated 58-document corpus', () => replicate(documents, TARGET_ARTICLES), queries, model);
  if (!args.includes('--no-import')) measureImport(library);
  console.log(`\nload average ${os.loadavg()[0]?.toFixed(1)} at the end`);
}

main();

/**
 * `npm run tune:search [-- --sets dev,validation,train] [--model FILE] [--verbose]`: the quick loop for tuning.
 * Builds the index straight from data/laws through the same parser and index code the import and the service
 * use, without the store (the parsed library is cached in the OS temp directory, keyed by the files' names, sizes
 * and modification times), and scores the same sets as `npm run eval:search`. The figures to report come from
 * eval:search, which goes through the store as the product does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex } from '../../src/domain/regulations/searchIndex';
import { search } from '../../src/domain/regulations/search';
import { loadSearchModel } from '../../src/services/regulations/searchModel';
import { cachedLibrary, corpusAvailable, loadQueries } from './corpus';
import type { JudgedQuery } from './metrics';
import { evaluateQuery, formatTable, summarize } from './metrics';
import { asJudgedQuery, loadPairs, pairsAvailable, trainSample } from './pairs';

const LIBRARY_DIR = path.resolve(__dirname, '../../data/laws');
function main(): void {
  if (!corpusAvailable() || !pairsAvailable()) {
    console.log('tune:search skipped: ../shared/corpus is absent');
    return;
  }
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const wanted = (option('--sets') ?? 'dev,validation').split(',');
  const verbose = args.includes('--verbose');
  let started = performance.now();
  const documents = cachedLibrary(LIBRARY_DIR);
  const loadSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const index = buildIndex(
    documents,
    loadSearchModel(option('--model') ? path.resolve(option('--model') as string) : undefined),
  );
  const buildSeconds = (performance.now() - started) / 1000;
  console.log(
    `${documents.length} documents, ${index.articles.length} articles: loaded in ${loadSeconds.toFixed(1)} s, index built in ${buildSeconds.toFixed(1)} s`,
  );
  const sets: Record<string, () => JudgedQuery[]> = {
    dev: () => loadQueries(),
    validation: () => loadPairs('validation').map(asJudgedQuery),
    train: () => trainSample(),
  };
  for (const name of wanted) {
    // A path names a judged set kept outside the repository: JSON lines of {id, query, type, relevant}.
    const queries = name.endsWith('.jsonl') ? judgedLines(name) : (sets[name]?.() ?? []);
    const cpu: number[] = [];
    const outcomes = queries.map((q) =>
      evaluateQuery(q, (query, limit) => {
        const before = process.cpuUsage();
        const { hits } = search(index, query, { limit });
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
        return hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber }));
      }),
    );
    cpu.sort((x, y) => x - y);
    const at = (share: number): string => (cpu[Math.floor(share * (cpu.length - 1))] ?? 0).toFixed(1);
    console.log(`\n## ${name}: ${queries.length} queries, CPU per query p50 ${at(0.5)} ms, p95 ${at(0.95)} ms\n`);
    console.log(formatTable(summarize(outcomes)));
    const refs = outcomes.filter((o) => o.type === 'article_ref');
    if (refs.length > 0)
      console.log(`article_ref at rank 1: ${refs.filter((o) => o.firstRelevantRank === 1).length}/${refs.length}`);
    if (verbose)
      for (const o of outcomes) {
        console.log(
          `\n${o.id} [${o.type}] ${o.query.slice(0, 80)}  nDCG=${o.ndcg.toFixed(2)} first=${o.firstRelevantRank ?? '-'}`,
        );
        o.top.slice(0, 5).forEach((h, i) => console.log(`   ${i + 1}. ${h.law.slice(0, 28)} ${h.article}`));
      }
  }
}

function judgedLines(file: string): JudgedQuery[] {
  return readFileSync(path.resolve(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JudgedQuery);
}

main();

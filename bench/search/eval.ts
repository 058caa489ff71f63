/**
 * `npm run eval:search [-- --queries FILE] [--verbose]`: imports the shipped library (data/laws) into a fresh
 * in-memory store with `docket rules import`'s service, searches it through the rules search service (as /rule
 * and `docket rule search` do), and prints nDCG@10 (graded), Recall@10 and MRR per query type for
 *  - the judged dev queries (../shared/corpus/queries-dev.json): no learned weight is chosen on them, but the
 *    hand-made parts (vocabulary, fixed ranking constants) were checked against them;
 *  - the validation split of the training pairs (bench/search/pairs.ts), which nothing was tuned or trained on;
 *  - a sample of the train split, which the search model learned from: train − validation is the model's gap;
 * each beside plain character-bigram BM25 over the same articles (bench/search/baseline.ts).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { RegulationImportService } from '../../src/services/regulations/importDocuments';
import { RegulationSearchService } from '../../src/services/regulations/search';
import { openStore } from '../../src/store';
import { BigramBm25 } from './baseline';
import { corpusAvailable, loadCorpusDocuments, loadQueries } from './corpus';
import type { JudgedQuery, MetricRow, QueryOutcome, RankedArticle } from './metrics';
import { DEPTH, evaluateQuery, summarize } from './metrics';
import { asJudgedQuery, loadPairs, pairsAvailable, TRAIN_SAMPLE_PER_KIND, trainSample } from './pairs';

const LIBRARY_DIR = path.resolve(__dirname, '../../data/laws');
const f3 = (v: number | undefined): string => (v === undefined ? '–' : v.toFixed(3));
const signed = (v: number): string => `${v >= 0 ? '+' : ''}${v.toFixed(3)}`;

function comparisonTable(docket: readonly MetricRow[], baseline: readonly MetricRow[]): string {
  const lines = [
    '| type | n | nDCG@10 | BM25 nDCG@10 | vs BM25 | Recall@10 | MRR |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  docket.forEach((r, i) => {
    const b = baseline[i]?.ndcg ?? 0;
    lines.push(
      `| ${r.label} | ${r.queries} | ${f3(r.ndcg)} | ${f3(b)} | ${signed(r.ndcg - b)} | ${f3(r.recall)} | ${f3(r.mrr)} |`,
    );
  });
  return lines.join('\n');
}

function gapTable(train: readonly MetricRow[], validation: readonly MetricRow[]): string {
  const lines = ['| type | train nDCG@10 | validation nDCG@10 | gap |', '| --- | ---: | ---: | ---: |'];
  for (const v of validation) {
    const t = train.find((r) => r.label === v.label);
    lines.push(`| ${v.label} | ${f3(t?.ndcg)} | ${f3(v.ndcg)} | ${t ? signed(t.ndcg - v.ndcg) : '–'} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log('eval:search skipped: ../shared/corpus is absent');
    return;
  }
  const args = process.argv.slice(2);
  const queriesFile = args.includes('--queries') ? args[args.indexOf('--queries') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const sets: Array<{ name: string; queries: JudgedQuery[] }> = [{ name: 'dev', queries: loadQueries() }];
  if (pairsAvailable()) {
    sets.push({ name: 'validation', queries: loadPairs('validation').map(asJudgedQuery) });
    sets.push({
      name: `train (sample, ≤${TRAIN_SAMPLE_PER_KIND} per type)`,
      queries: trainSample(),
    });
  }
  if (queriesFile) sets.push({ name: path.basename(queriesFile), queries: loadQueries(queriesFile) });

  const store = await openStore({ memory: {} });
  try {
    let started = performance.now();
    const imported = await new RegulationImportService({ store }).importPath(LIBRARY_DIR, { actor: 'eval' });
    const importSeconds = (performance.now() - started) / 1000;
    const rejected = imported.filter((outcome) => outcome.status === 'rejected');
    if (rejected.length > 0)
      throw new Error(`rejected: ${rejected.map((outcome) => `${outcome.file} (${outcome.reason?.en})`).join('; ')}`);
    const rules = new RegulationSearchService({ prisma: store.prisma });
    started = performance.now();
    const { documents, articles } = await rules.warm();
    const loadSeconds = (performance.now() - started) / 1000;
    const baseline = new BigramBm25(loadCorpusDocuments(LIBRARY_DIR));
    console.log(`library data/laws: ${documents} documents, ${articles} articles`);
    console.log(
      `through the store (${store.location}): imported in ${importSeconds.toFixed(1)} s, index loaded and built in ${loadSeconds.toFixed(1)} s`,
    );

    const results = new Map<string, { docket: QueryOutcome[]; bm25: QueryOutcome[] }>();
    for (const { name, queries } of sets) {
      const ranked = new Map<string, RankedArticle[]>();
      for (const q of queries) {
        const { hits } = await rules.search(q.query, { limit: DEPTH });
        ranked.set(
          q.query,
          hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber })),
        );
      }
      const docket = queries.map((q) => evaluateQuery(q, (query) => ranked.get(query) ?? []));
      const bm25 = queries.map((q) => evaluateQuery(q, (query, limit) => baseline.search(query, limit)));
      results.set(name, { docket, bm25 });
      console.log(`\n## ${name}: ${queries.length} queries\n`);
      console.log(comparisonTable(summarize(docket), summarize(bm25)));
      const refs = docket.filter((o) => o.type === 'article_ref');
      if (refs.length > 0)
        console.log(`\narticle_ref at rank 1: ${refs.filter((o) => o.firstRelevantRank === 1).length}/${refs.length}`);
      if (verbose)
        for (const o of docket) {
          console.log(
            `\n${o.id} [${o.type}] ${o.query}  nDCG=${o.ndcg.toFixed(2)} first=${o.firstRelevantRank ?? '-'}`,
          );
          o.top.slice(0, 5).forEach((h, i) => console.log(`   ${i + 1}. ${h.law.slice(0, 28)} ${h.article}`));
        }
    }
    const dev = results.get('dev');
    const validation = results.get('validation');
    const train = [...results.entries()].find(([name]) => name.startsWith('train'))?.[1];
    if (dev && validation && train) {
      const devAll = summarize(dev.docket)[0]?.ndcg ?? 0;
      const validationAll = summarize(validation.docket)[0]?.ndcg ?? 0;
      console.log(`\n## gap\n`);
      console.log(
        `dev (weights not learned on it; hand-made parts checked on it) ${devAll.toFixed(3)} vs validation (never tuned on) ${validationAll.toFixed(3)}: ${signed(devAll - validationAll)} (different kinds of query: read it per type below)\n`,
      );
      console.log(gapTable(summarize(train.docket), summarize(validation.docket)));
    }
  } finally {
    await store.close();
  }
}

void main();

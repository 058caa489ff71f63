/**
 * `npm run eval:search [-- --queries FILE] [--verbose]`: imports ../shared/corpus/laws into a fresh in-memory store
 * with `docket rules import`'s service, searches it through the rules search service (as /rule and `docket rule
 * search` do), runs the judged queries and prints nDCG@10 (graded), Recall@10 and MRR (on grade-2 articles),
 * overall and by query type.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importRules } from '../../src/services/regulations/importDocuments';
import { RegulationSearchService } from '../../src/services/regulations/search';
import { openStore } from '../../src/store';
import { CORPUS_DIR, corpusAvailable, loadQueries } from './corpus';
import type { RankedArticle } from './metrics';
import { DEPTH, evaluateQuery, formatTable, summarize } from './metrics';

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`eval:search skipped: no corpus at ${CORPUS_DIR}/laws`);
    return;
  }
  const args = process.argv.slice(2);
  const queriesFile = args.includes('--queries') ? args[args.indexOf('--queries') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const queries = loadQueries(queriesFile);

  const store = await openStore({ memory: {} });
  try {
    let started = performance.now();
    const imported = await importRules(store, path.join(CORPUS_DIR, 'laws'), { actor: 'eval' });
    const importSeconds = (performance.now() - started) / 1000;
    const rejected = imported.filter((outcome) => outcome.status === 'rejected');
    if (rejected.length > 0)
      throw new Error(`rejected: ${rejected.map((outcome) => `${outcome.file} (${outcome.reason?.en})`).join('; ')}`);

    const rules = new RegulationSearchService({ prisma: store.prisma });
    started = performance.now();
    const { documents, articles } = await rules.warm();
    const loadSeconds = (performance.now() - started) / 1000;

    // The service answers asynchronously; the metrics read a ranking per query.
    const ranked = new Map<string, RankedArticle[]>();
    for (const q of queries) {
      const { hits } = await rules.search(q.query, { limit: DEPTH });
      ranked.set(
        q.query,
        hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber })),
      );
    }
    const outcomes = queries.map((q) => evaluateQuery(q, (query) => ranked.get(query) ?? []));

    console.log(`${documents} documents, ${articles} articles, ${outcomes.length} queries`);
    console.log(
      `through the store (${store.location}): imported in ${importSeconds.toFixed(1)} s, index loaded and built in ${loadSeconds.toFixed(1)} s\n`,
    );
    console.log(formatTable(summarize(outcomes)));
    const refs = outcomes.filter((o) => o.type === 'article_ref');
    console.log(`\narticle_ref at rank 1: ${refs.filter((o) => o.firstRelevantRank === 1).length}/${refs.length}`);
    if (verbose) {
      for (const o of outcomes) {
        console.log(`\n${o.id} [${o.type}] ${o.query}  nDCG=${o.ndcg.toFixed(2)} first=${o.firstRelevantRank ?? '-'}`);
        o.top.slice(0, 5).forEach((h, i) => console.log(`   ${i + 1}. ${h.law.slice(0, 28)} ${h.article}`));
      }
    }
  } finally {
    await store.close();
  }
}

void main();

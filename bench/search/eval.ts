/**
 * `npm run eval:search [-- --queries FILE] [--verbose]`: parses ../shared/corpus/laws, builds the index, runs the
 * judged queries and prints nDCG@10 (graded), Recall@10 and MRR (on grade-2 articles), overall and by query type.
 */
import { buildIndex } from '../../src/domain/rules/searchIndex';
import { search } from '../../src/domain/rules/search';
import { CORPUS_DIR, corpusAvailable, loadCorpusDocuments, loadQueries } from './corpus';
import type { SearchFunction } from './metrics';
import { evaluateQuery, formatTable, summarize } from './metrics';

function main(): void {
  if (!corpusAvailable()) {
    console.log(`eval:search skipped: no corpus at ${CORPUS_DIR}/laws`);
    return;
  }
  const args = process.argv.slice(2);
  const queriesFile = args.includes('--queries') ? args[args.indexOf('--queries') + 1] : undefined;
  const verbose = args.includes('--verbose');

  const index = buildIndex(loadCorpusDocuments());
  const searchFn: SearchFunction = (query, limit) =>
    search(index, query, { limit }).hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber }));
  const outcomes = loadQueries(queriesFile).map((q) => evaluateQuery(q, searchFn));

  console.log(`${index.documents.length} documents, ${index.articles.length} articles, ${outcomes.length} queries\n`);
  console.log(formatTable(summarize(outcomes)));
  const missedRefs = outcomes.filter((o) => o.type === 'article_ref' && o.firstRelevantRank !== 1);
  console.log(`\narticle_ref at rank 1: ${outcomes.filter((o) => o.type === 'article_ref').length - missedRefs.length}/${outcomes.filter((o) => o.type === 'article_ref').length}`);
  if (verbose) {
    for (const o of outcomes) {
      console.log(`\n${o.id} [${o.type}] ${o.query}  nDCG=${o.ndcg.toFixed(2)} first=${o.firstRelevantRank ?? '-'}`);
      o.top.slice(0, 5).forEach((h, i) => console.log(`   ${i + 1}. ${h.law.slice(0, 28)} ${h.article}`));
    }
  }
}

main();

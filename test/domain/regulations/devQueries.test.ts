import { BigramBm25 } from '../../../bench/search/baseline';
import { corpusAvailable, loadCorpusDocuments, loadQueries } from '../../../bench/search/corpus';
import { evaluateQuery, summarize } from '../../../bench/search/metrics';
import { buildIndex, search } from '../../../src/domain/regulations';
import { loadSearchModel } from '../../../src/services/regulations/searchModel';

// The judged dev queries over ../shared/corpus, searched with the shipped search model, guard the method against
// regressions; `npm run eval:search` prints the full table (and the validation split). Skipped where ../shared is
// absent.
// Jest runs a skipped describe's body to collect its tests, so nothing may be read outside beforeAll.
const describeWithCorpus = corpusAvailable() ? describe : describe.skip;
if (!corpusAvailable()) console.info('dev-query regression skipped: ../shared/corpus is absent');

describeWithCorpus('the judged dev queries over the shared corpus', () => {
  let index: ReturnType<typeof buildIndex>;
  let outcomes: ReturnType<typeof evaluateQuery>[];
  let baseline: ReturnType<typeof evaluateQuery>[];
  beforeAll(() => {
    const documents = loadCorpusDocuments();
    index = buildIndex(documents, loadSearchModel());
    const bm25 = new BigramBm25(documents);
    baseline = loadQueries().map((q) => evaluateQuery(q, (query, limit) => bm25.search(query, limit)));
    outcomes = loadQueries().map((q) =>
      evaluateQuery(q, (query, limit) =>
        search(index, query, { limit }).hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber })),
      ),
    );
  });

  it('parses every law in the corpus', () => {
    expect(index.documents).toHaveLength(58);
    expect(index.articles).toHaveLength(6562);
  });

  it('puts every cited article at rank 1', () => {
    const refs = outcomes.filter((o) => o.type === 'article_ref');
    expect(refs.map((o) => [o.query, o.firstRelevantRank])).toEqual(refs.map((o) => [o.query, 1]));
  });

  // The floor is what the dev queries measure on these 58 documents with the shipped model (0.663), whose weights
  // are chosen on the train split of the full library without the dev queries; plain bigram BM25 scores 0.43 on
  // them. The full library's figures: `npm run eval:search`.
  it('keeps nDCG@10 at 0.65 or more, well above plain bigram BM25', () => {
    const ndcg = summarize(outcomes)[0]?.ndcg ?? 0;
    expect(ndcg).toBeGreaterThanOrEqual(0.65);
    expect(ndcg).toBeGreaterThan((summarize(baseline)[0]?.ndcg ?? 0) + 0.2);
  });
});

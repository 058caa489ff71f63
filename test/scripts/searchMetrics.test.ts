import type { QueryOutcome } from '../../bench/search/metrics';
import { summarize } from '../../bench/search/metrics';

function outcome(query: string, type: string, ndcg: number): QueryOutcome {
  return { id: query, query, type, ndcg, recall: ndcg, reciprocalRank: ndcg, firstRelevantRank: undefined, top: [] };
}

describe('the eval tables', () => {
  it('score short lay questions (real consultations: 做好事可以要求费用吗？) apart from long scenarios', () => {
    const rows = summarize([
      outcome('做好事可以要求费用吗？', 'layperson_question', 0),
      outcome(`小明在公园捡到一部手机，${'他不知道应该怎样处理，'.repeat(3)}该如何处理？`, 'layperson_question', 1),
      outcome('表见代理', 'keyword', 1),
    ]);
    expect(rows.map((r) => [r.label, r.queries, r.ndcg])).toEqual([
      ['overall', 3, 2 / 3],
      ['layperson_question', 2, 0.5],
      ['layperson_question (< 30 characters)', 1, 0],
      ['layperson_question (≥ 30)', 1, 1],
      ['keyword', 1, 1],
    ]);
  });
});

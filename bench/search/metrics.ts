/**
 * Retrieval metrics over a judged query set (format of ../shared/corpus/queries-*.json). Reusable with any search
 * function — the in-process index today, the store-backed service once the import exists.
 */

export interface Judgment {
  readonly law: string;
  readonly article: string;
  readonly grade: number;
}

export interface JudgedQuery {
  readonly id: string;
  readonly query: string;
  readonly type: string;
  readonly relevant: readonly Judgment[];
}

export interface RankedArticle {
  readonly law: string;
  readonly article: string;
}

export type SearchFunction = (query: string, limit: number) => readonly RankedArticle[];

export interface QueryOutcome {
  readonly id: string;
  readonly query: string;
  readonly type: string;
  readonly ndcg: number;
  readonly recall: number;
  readonly reciprocalRank: number;
  /** 1-based rank of the first grade-2 article, undefined when not in the top `depth`. */
  readonly firstRelevantRank: number | undefined;
  readonly top: readonly RankedArticle[];
}

export interface MetricRow {
  readonly label: string;
  readonly queries: number;
  readonly ndcg: number;
  readonly recall: number;
  readonly mrr: number;
}

export const DEPTH = 10;

const key = (law: string, article: string): string => `${law}\u0000${article}`;

function dcg(gains: readonly number[]): number {
  return gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
}

export function evaluateQuery(query: JudgedQuery, search: SearchFunction, depth = DEPTH): QueryOutcome {
  const grades = new Map(query.relevant.map((r) => [key(r.law, r.article), r.grade]));
  const top = search(query.query, depth).slice(0, depth);
  const gains = top.map((hit) => grades.get(key(hit.law, hit.article)) ?? 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, depth);
  const ndcg = dcg(ideal) > 0 ? dcg(gains) / dcg(ideal) : 0;
  const answers = query.relevant.filter((r) => r.grade >= 2).map((r) => key(r.law, r.article));
  const found = top.filter((hit) => answers.includes(key(hit.law, hit.article))).length;
  const firstIndex = top.findIndex((hit) => answers.includes(key(hit.law, hit.article)));
  return {
    id: query.id,
    query: query.query,
    type: query.type,
    ndcg,
    recall: answers.length ? found / answers.length : 0,
    reciprocalRank: firstIndex >= 0 ? 1 / (firstIndex + 1) : 0,
    firstRelevantRank: firstIndex >= 0 ? firstIndex + 1 : undefined,
    top,
  };
}

function row(label: string, outcomes: readonly QueryOutcome[]): MetricRow {
  const mean = (f: (o: QueryOutcome) => number): number =>
    outcomes.reduce((s, o) => s + f(o), 0) / (outcomes.length || 1);
  return {
    label,
    queries: outcomes.length,
    ndcg: mean((o) => o.ndcg),
    recall: mean((o) => o.recall),
    mrr: mean((o) => o.reciprocalRank),
  };
}

/** Overall first, then one row per query type in order of first appearance. */
/**
 * Lay questions are also scored by length. The short ones are mostly real consultation questions (DISC-Law-Eval's:
 * 做好事可以要求费用吗？), the long ones mostly generated scenarios (DISC-Law-SFT's): the held-out lay set is real
 * consultation questions, so the short rows are the closer proxy for it.
 */
const SHORT_QUESTION = 30;
const BY_LENGTH = new Set(['layperson_question']);

export function summarize(outcomes: readonly QueryOutcome[]): MetricRow[] {
  const types = [...new Set(outcomes.map((o) => o.type))];
  return [
    row('overall', outcomes),
    ...types.flatMap((t) => {
      const ofType = outcomes.filter((o) => o.type === t);
      if (!BY_LENGTH.has(t)) return [row(t, ofType)];
      const short = ofType.filter((o) => [...o.query].length < SHORT_QUESTION);
      const long = ofType.filter((o) => [...o.query].length >= SHORT_QUESTION);
      return [
        row(t, ofType),
        row(`${t} (< ${SHORT_QUESTION} characters)`, short),
        row(`${t} (≥ ${SHORT_QUESTION})`, long),
      ];
    }),
  ];
}

export function formatTable(rows: readonly MetricRow[]): string {
  const lines = ['| type | n | nDCG@10 | Recall@10 | MRR |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows)
    lines.push(`| ${r.label} | ${r.queries} | ${r.ndcg.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.mrr.toFixed(3)} |`);
  return lines.join('\n');
}

import fs from 'node:fs';
import path from 'node:path';
import { search } from '../../../src/domain/regulations/search';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';
import { loadSearchModel } from '../../../src/services/regulations/searchModel';
import { indexableLaw } from '../../support/regulations';

const LAWS = path.join(__dirname, '../../../data/laws/法律');
const shipped = (file: string) => indexableLaw(fs.readFileSync(path.join(LAWS, file), 'utf8'));

// Written for this test in the style of a judgment's facts: twenty clauses, few of them about the offence itself.
const FRAUD_FACTS =
  '2020年3月，被告人李某结识被害人王某后，谎称自己在市人社局工作，认识国有企业领导，能够帮助王某的儿子入职，' +
  '王某信以为真，李某以疏通关系、请客送礼为名，先后六次，通过微信转账、现金交付等方式，收取王某人民币共计十二万元，' +
  '所得款项用于偿还个人赌债和日常消费，后李某更换手机号码，不再与王某联系，王某报警，李某于2021年1月被抓获，' +
  '到案后如实供述，退赔被害人五万元。';

describe('the candidates the exact stage re-scores, for a query of many concepts', () => {
  const documents = [shipped('中华人民共和国刑法(2023-12-29).md'), shipped('中华人民共和国民法典(2020-05-28).md')];
  const model = loadSearchModel() as SearchModel;
  const top = (weights: Partial<SearchModel['weights']>, query: string): string[] => {
    const index = buildIndex(documents, { ...model, weights: { ...model.weights, ...weights } });
    return search(index, query, { limit: 10 }).hits.map((h) => `${h.documentTitle}${h.articleNumber}`);
  };
  const rankOf = (weights: Partial<SearchModel['weights']>, article: string): number =>
    top(weights, FRAUD_FACTS).indexOf(`中华人民共和国刑法${article}`) + 1;

  it('are chosen by the share of the facts an article covers: the fraud facts find 刑法第二百六十六条 (诈骗罪) first', () => {
    expect(rankOf({ candidateCoordination: 1, coordinatedConcepts: 14 }, '第二百六十六条')).toBe(1);
  });

  it('by BM25 alone, the clauses about money and phones choose them, and 诈骗罪 is not in the first ten', () => {
    expect(rankOf({ candidateCoordination: 0 }, '第二百六十六条')).toBe(0);
  });

  it('a question of fewer concepts than coordinatedConcepts keeps the candidates BM25 chooses', () => {
    // Its top ten differ when the share weighs its candidates too (coordinatedConcepts 1).
    const question = '朋友借了我的车，开车撞了人，车主要不要赔';
    expect(top({ candidateCoordination: 1, coordinatedConcepts: 14 }, question)).toEqual(
      top({ candidateCoordination: 0 }, question),
    );
  });
});

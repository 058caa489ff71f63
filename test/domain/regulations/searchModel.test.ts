import { search } from '../../../src/domain/regulations/search';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';
import { parseAskedTerms } from '../../../src/domain/regulations/searchModel';
import { civilCode, indexableLaw } from '../../support/regulations';

const CIVIL_CODE = civilCode(`### 第九章 饲养动物损害责任
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
第一千二百四十六条 违反管理规定，未对动物采取安全措施造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
`);
const OLD_CIVIL_CODE = { ...CIVIL_CODE, versionDate: '2019-01-01', current: false };

/** People asked for 第一千二百四十五条 with words the statute never uses. */
const MODEL: SearchModel = {
  version: 1,
  provenance: {},
  weights: { questionsWeight: 10 },
  asked: { questions: [['中华人民共和国民法典', '第一千二百四十五条', '柯基:100 遛狗:60']], facts: [] },
};

describe('what the search model learned of how people ask', () => {
  it('reads an article’s asked terms with their weights', () => {
    expect(parseAskedTerms('柯基:100 遛狗:60 bad')).toEqual([
      ['柯基', 1],
      ['遛狗', 0.6],
    ]);
  });

  it('finds an article by the words people used when they asked for it', () => {
    expect(search(buildIndex([CIVIL_CODE]), '柯基').hits).toHaveLength(0);
    const hits = search(buildIndex([CIVIL_CODE], MODEL), '邻居的柯基').hits;
    expect(hits[0]?.articleNumber).toBe('第一千二百四十五条');
  });

  it('adds to the text score, so an article that matches both outranks one that matches the text alone', () => {
    const hits = search(buildIndex([CIVIL_CODE], MODEL), '柯基 造成他人损害').hits.map((h) => h.articleNumber);
    expect(hits.slice(0, 2)).toEqual(['第一千二百四十五条', '第一千二百四十六条']);
  });

  it('attaches what was learned to the current version only', () => {
    const hits = search(buildIndex([OLD_CIVIL_CODE, CIVIL_CODE], MODEL), '柯基').hits;
    expect(hits.map((h) => [h.articleNumber, h.current])).toEqual([['第一千二百四十五条', true]]);
  });

  it('ignores entries for documents or articles the library does not have', () => {
    const stray: SearchModel = {
      ...MODEL,
      asked: {
        questions: [
          ['某某法', '第一条', '柯基:100'],
          ['中华人民共和国民法典', '第九千条', '柯基:100'],
        ],
        facts: [],
      },
    };
    expect(search(buildIndex([CIVIL_CODE], stray), '柯基').hits).toHaveLength(0);
  });
});

const DOG_REGULATION = indexableLaw(`---
title: 某市养犬管理条例
doc_type: 行政法规
version_date: 2018-01-01
---
第二十条 饲养的动物造成他人损害的，由养犬人承担责任。
`);

describe('what the library says of how much the courts apply a law', () => {
  const cited = (weights: SearchModel['weights']): SearchModel => ({
    version: 1,
    provenance: {},
    weights,
    asked: { questions: [], facts: [] },
    cited: {
      documents: [['中华人民共和国民法典', 50]],
      articles: [['中华人民共和国民法典', '第一千二百四十六条', 3]],
    },
  });
  const top = (model: SearchModel, query: string): string | undefined => {
    const hit = search(buildIndex([DOG_REGULATION, CIVIL_CODE], model), query).hits[0];
    return hit && `${hit.documentTitle}${hit.articleNumber}`;
  };

  it('ranks the code many interpretations cite above a local regulation with the same words', () => {
    const query = '饲养的动物造成他人损害';
    expect(top(cited({ regulationPrior: 1 }), query)).toBe('某市养犬管理条例第二十条');
    expect(top(cited({ regulationPrior: 1, citedDocumentWeight: 2 }), query)).toBe(
      '中华人民共和国民法典第一千二百四十五条',
    );
  });

  it('prefers, among articles of one law, the one interpretations cite', () => {
    const query = '动物饲养人或者管理人 侵权责任';
    const civil = (weights: SearchModel['weights']): string[] =>
      search(buildIndex([CIVIL_CODE], cited(weights)), query).hits.map((h) => h.articleNumber);
    expect(civil({})[0]).toBe('第一千二百四十五条');
    expect(civil({ citedArticleWeight: 1 })[0]).toBe('第一千二百四十六条');
  });

  it('finds an article by the words of the interpretations that cite it', () => {
    const model: SearchModel = {
      version: 1,
      provenance: {},
      weights: { citingWeight: 10 },
      asked: { questions: [], facts: [], citing: [['中华人民共和国民法典', '第一千二百四十六条', '烈性:100 犬只:80']] },
    };
    expect(search(buildIndex([CIVIL_CODE]), '烈性犬只').hits).toHaveLength(0);
    expect(search(buildIndex([CIVIL_CODE], model), '烈性犬只').hits[0]?.articleNumber).toBe('第一千二百四十六条');
  });
});

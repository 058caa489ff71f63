import { parseRuleDocument } from '../../../src/domain/regulations/parser';
import { search } from '../../../src/domain/regulations/search';
import type { IndexableDocument } from '../../../src/domain/regulations/searchIndex';
import { buildIndex, toIndexable } from '../../../src/domain/regulations/searchIndex';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';
import { parseAskedTerms } from '../../../src/domain/regulations/searchModel';

function law(text: string, current = true): IndexableDocument {
  const parsed = parseRuleDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return toIndexable(parsed.value, current);
}

const CIVIL_CODE = law(`---
title: 中华人民共和国民法典
doc_type: 法律
version_date: 2020-05-28
---
### 第九章 饲养动物损害责任
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

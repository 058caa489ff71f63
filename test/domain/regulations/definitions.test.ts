import {
  buildDefinitionIndex,
  definitionsIn,
  termUsers,
  namedDefinitions,
} from '../../../src/domain/regulations/definitions';
import { relatedArticles, search } from '../../../src/domain/regulations/search';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import type { RankingWeights } from '../../../src/domain/regulations/searchModel';
import { FILLER_LAW, indexableLaw, modelWithWeights } from '../../support/regulations';

const ARTICLE_95 = `本法所称重伤，是指有下列情形之一的伤害：
（一）使人肢体残废或者毁人容貌的；
（二）使人丧失听觉、视觉或者其他器官机能的；
（三）其他对于人身健康有重大伤害的。`;

describe('the terms a statute defines for itself', () => {
  it('given 刑法第九十五条, 重伤 means its three kinds of injury, throughout the law', () => {
    const [definition, ...others] = definitionsIn(ARTICLE_95);
    expect(others).toEqual([]);
    expect(definition?.term).toBe('重伤');
    expect(definition?.scope).toBe('document');
    expect(definition?.meaning.split('\n')).toEqual([
      '有下列情形之一的伤害:',
      '(一)使人肢体残废或者毁人容貌的;',
      '(二)使人丧失听觉、视觉或者其他器官机能的;',
      '(三)其他对于人身健康有重大伤害的。',
    ]);
  });

  it('reads a sentence that names its subject first: 共同犯罪是指二人以上共同故意犯罪', () => {
    expect(definitionsIn('共同犯罪是指二人以上共同故意犯罪。\n二人以上共同过失犯罪，不以共同犯罪论处。')).toEqual([
      { term: '共同犯罪', meaning: '二人以上共同故意犯罪', scope: 'document' },
    ]);
  });

  it('keeps a definition to its article or chapter when the statute says so (前款所称, 本章所称)', () => {
    expect(
      definitionsIn(
        '有下列情形之一的：\n（四）恶意透支的。\n前款所称恶意透支，是指持卡人以非法占有为目的，超过规定限额透支的行为。',
      ),
    ).toEqual([{ term: '恶意透支', meaning: '持卡人以非法占有为目的,超过规定限额透支的行为', scope: 'article' }]);
    expect(
      definitionsIn('本章所称战时，是指国家宣布进入战争状态、部队受领作战任务或者遭敌突然袭击时。')[0]?.scope,
    ).toBe('chapter');
  });

  it('reads every item of a list of 下列用语的含义', () => {
    const terms = definitionsIn(`本法中下列用语的含义：
（一）生物质能，是指利用自然界的植物、粪便以及城乡有机废物转化成的能源。
（二）可再生能源独立电力系统，是指不与电网连接的单独运行的可再生能源电力系统。`).map((d) => d.term);
    expect(terms).toEqual(['生物质能', '可再生能源独立电力系统']);
  });

  it('leaves out what refers back to a provision, a short name introduced and quotation marks', () => {
    expect(
      definitionsIn('刑事诉讼法第十五条规定的“认罪”，是指犯罪嫌疑人、被告人自愿如实供述自己的罪行。')[0]?.term,
    ).toBe('认罪');
    expect(
      definitionsIn('本法所称企业国有资产（以下称国有资产），是指国家对企业各种形式的出资所形成的权益。')[0]?.term,
    ).toBe('企业国有资产');
  });

  it('finds no definition in an instruction (指令, 指定), a condition or a rule of counting', () => {
    expect(definitionsIn('（一）认为下级人民检察院的决定错误的，指令下级人民检察院纠正。')).toEqual([]);
    expect(definitionsIn('人民法院可以指定其他人民法院审理。')).toEqual([]);
    expect(definitionsIn('民法所称的“以上”、“以下”、“以内”、“届满”，包括本数。')).toEqual([]);
    expect(definitionsIn('本法所称以上、以下、以内，是指包括本数。')).toEqual([]);
    expect(definitionsIn('当事人申请的，是指依照前款规定提出申请的情形。')).toEqual([]);
  });
});

const CRIMINAL_LAW = indexableLaw(`---
title: 中华人民共和国刑法
doc_type: 法律
version_date: 2023-12-29
---
## 第二编 分则
### 第四章 侵犯公民人身权利、民主权利罪
第九十五条 ${ARTICLE_95}
第二百三十四条 故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。
犯前款罪，致人重伤的，处三年以上十年以下有期徒刑；致人死亡或者以特别残忍手段致人重伤造成严重残疾的，处十年以上有期徒刑、无期徒刑或者死刑。
第二百三十五条 过失伤害他人致人重伤的，处三年以下有期徒刑或者拘役。本法另有规定的，依照规定。
### 第七章 危害国防利益罪
第三百七十六条 预备役人员战时拒绝、逃避征召或者军事训练，情节严重的，处三年以下有期徒刑或者拘役。
### 第十章 军人违反职责罪
第四百二十四条 战时临阵脱逃的，处三年以下有期徒刑。
第四百五十一条 本章所称战时，是指国家宣布进入战争状态、部队受领作战任务或者遭敌突然袭击时。
`);

/** Another law that speaks of 重伤 without defining it: 刑法's definition is not its own. */
const SPORTS_LAW = indexableLaw(`---
title: 中华人民共和国体育法
doc_type: 法律
version_date: 2022-06-24
---
第一百条 在体育活动中造成他人重伤的，依法承担责任。
第一百零一条 体育赛事活动组织者应当制定突发事件应急预案。
`);

const LIBRARY = [CRIMINAL_LAW, SPORTS_LAW, FILLER_LAW];

describe("a library's definitions", () => {
  const index = buildIndex(LIBRARY);
  const definitions = buildDefinitionIndex(index);
  const termOf = (d: number): string | undefined => definitions.definitions[d]?.term;
  const numbers = (articles: readonly number[]): string[] =>
    articles.map(
      (a) => `${index.documents[index.articles[a]?.document ?? -1]?.title.slice(7)}${index.articles[a]?.number}`,
    );
  const wholeDocuments = (d: number): readonly [number, number] => {
    const of = index.articles.flatMap((article, a) => (article.document === d ? [a] : []));
    return [of[0] ?? 0, (of[of.length - 1] ?? -1) + 1];
  };
  const usersOf = (term: string): string[] => {
    const definition = definitions.definitions.find((d) => d.term === term);
    if (!definition) throw new Error(`${term} is not defined`);
    return numbers(termUsers(index, definition, wholeDocuments));
  };

  it('are found in the articles that make them', () => {
    const found = definitions.definitions.map((d) => `${d.term}@${index.articles[d.article]?.number}`);
    expect(found).toEqual(['重伤@第九十五条', '战时@第四百五十一条']);
  });

  it('are named by a question that uses the term, and not by one that only shares a character', () => {
    expect(namedDefinitions(definitions, ['打架把人打成重伤了怎么判']).map(termOf)).toEqual(['重伤']);
    expect(namedDefinitions(definitions, ['伤得重不重', '战争时期']).map(termOf)).toEqual([]);
  });

  it('hold in the defining law: 重伤 is used by 刑法第二百三十四条 and 第二百三十五条, 体育法 is another law', () => {
    expect(usersOf('重伤')).toEqual(['刑法第二百三十四条', '刑法第二百三十五条']);
  });

  it('hold in the chapter when the statute says 本章所称: 战时 of 第十章 is not that of 第七章', () => {
    expect(usersOf('战时')).toEqual(['刑法第四百二十四条']);
  });

  it('hold in the article alone when it says 前款所称', () => {
    const law = indexableLaw(`---
title: 中华人民共和国刑法
doc_type: 法律
version_date: 2023-12-29
---
第一百九十六条 有下列情形之一，进行信用卡诈骗活动，数额较大的，处五年以下有期徒刑：
（四）恶意透支的。
前款所称恶意透支，是指持卡人以非法占有为目的，超过规定限额或者规定期限透支，并且经发卡银行催收后仍不归还的行为。
第一百九十七条 恶意透支，数额较大的，依照前条的规定处罚。
`);
    const alone = buildIndex([law]);
    const [definition] = buildDefinitionIndex(alone).definitions;
    expect(definition?.scope).toBe('article');
    expect(definition && termUsers(alone, definition, () => [0, 2])).toEqual([]);
  });
});

describe('ranking with the defined terms', () => {
  const rank = (weights: Partial<RankingWeights>, query: string): string[] =>
    search(buildIndex(LIBRARY, modelWithWeights(weights)), query, { limit: 10 }).hits.map(
      (h) => `${h.documentTitle.replace('中华人民共和国', '')}${h.articleNumber}`,
    );
  const QUESTION = '把人打成重伤了';

  it('a question naming 重伤 puts the articles of 刑法 that use it above another law that mentions it', () => {
    const before = rank({}, QUESTION);
    const after = rank({ definedTermWeight: 2 }, QUESTION);
    expect(before[0]).toBe('体育法第一百条');
    expect(after[0]).toBe('刑法第二百三十五条');
    expect(after.indexOf('刑法第二百三十四条')).toBeLessThan(before.indexOf('刑法第二百三十四条'));
  });

  it('a citation lends its words nothing: 重伤鉴定法第一条 names 重伤 only as part of a title', () => {
    const appraisal = indexableLaw(`---
title: 中华人民共和国重伤鉴定法
doc_type: 法律
version_date: 2020-01-01
---
第一条 为了规范鉴定活动，制定本法。
`);
    const hits = search(
      buildIndex([...LIBRARY, appraisal], modelWithWeights({ definedTermWeight: 2 })),
      '重伤鉴定法第一条',
      {
        limit: 10,
      },
    ).hits;
    expect(hits.map((h) => `${h.documentTitle.replace('中华人民共和国', '')}${h.articleNumber}`)).toEqual([
      '重伤鉴定法第一条',
    ]);
  });

  it('a question naming no defined term ranks as without the signal', () => {
    expect(rank({ definedTermWeight: 2 }, '把人打伤了')).toEqual(rank({}, '把人打伤了'));
  });
});

describe('the definitions shown beside an article', () => {
  const criminalLaw = indexableLaw(`---
title: 中华人民共和国刑法
doc_type: 法律
version_date: 2023-12-29
---
## 第一编 总则
第九十五条 ${ARTICLE_95.replace(/\n/g, '')}
第九十六条 本法所称刑法，是指中华人民共和国刑法及其修正案的规定。
## 第二编 分则
### 第四章 侵犯公民人身权利、民主权利罪
第二百三十四条 故意伤害他人身体的，处三年以下有期徒刑；致人重伤的，处三年以上十年以下有期徒刑。本条所称轻伤，是指对人体组织器官结构造成一定程度损害的伤害。
第二百三十五条 过失伤害他人致人重伤或者毁坏财物的，处三年以下有期徒刑。依照本法第二百三十四条处罚的轻伤除外。
### 第五章 侵犯财产罪
第二百六十四条 本章所称财物，是指具有经济价值的有体物和无体物。盗窃公私财物，数额较大的，处三年以下有期徒刑。
第二百六十五条 以牟利为目的，盗接他人通信线路、窃取财物的，依照刑法第二百六十四条的规定定罪处罚。
`);
  const index = buildIndex([criminalLaw, FILLER_LAW]);
  const defined = (number: string) =>
    (relatedArticles(index, '中华人民共和国刑法', number)?.definitions ?? []).map((hit) => hit.articleNumber);

  it('given 刑法第二百三十四条 uses 重伤, it shows 第九十五条, which defines it for the whole law', () => {
    expect(defined('第二百三十四条')).toEqual(['第九十五条']);
    expect(defined('第二百三十五条')).toEqual(['第九十五条']);
  });

  it('keeps a definition of 本条 or 本章 to its article or chapter', () => {
    // 轻伤 is defined by 第二百三十四条 for itself; 财物 by 第二百六十四条 for 第五章, which 第二百三十五条 is not in.
    expect(defined('第二百三十五条')).not.toContain('第二百三十四条');
    expect(defined('第二百六十四条')).toEqual([]);
    expect(defined('第二百六十五条')).toEqual(['第二百六十四条']);
    expect(defined('第二百三十五条')).toEqual(['第九十五条']);
  });

  it('leaves out the term the law is named after: 刑法 in the 刑法', () => {
    // 第二百六十五条 says 依照刑法, and 第九十六条 defines 刑法.
    expect(defined('第二百六十五条')).not.toContain('第九十六条');
  });
});

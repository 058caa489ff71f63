import fc from 'fast-check';
import { numberToChinese } from '../../../src/domain/regulations/numerals';
import { parseRegulationDocument } from '../../../src/domain/regulations/parser';
import { getArticle, lookupArticle, search } from '../../../src/domain/regulations/search';
import type { IndexableDocument } from '../../../src/domain/regulations/searchIndex';
import { buildIndex, toIndexable } from '../../../src/domain/regulations/searchIndex';

function law(text: string, current = true): IndexableDocument {
  const parsed = parseRegulationDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return toIndexable(parsed.value, current);
}

const CIVIL_PROCEDURE = law(`---
title: 中华人民共和国民事诉讼法
doc_type: 法律
version_date: 2023-09-01
---
## 第二编 审判程序
### 第十三章 简易程序
第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。有特殊情况需要延长的，经本院院长批准，可以延长一个月。
### 第十四章 第二审程序
第一百七十一条 当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内向上一级人民法院提起上诉。
## 第三编 执行程序
第二百四十七条 发生法律效力的民事判决、裁定，当事人必须履行。一方拒绝履行的，对方当事人可以向人民法院申请执行。
`);

const INTERPRETATION = law(`---
title: 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释
doc_type: 司法解释
version_date: 2022-04-01
---
## 十一、简易程序
第二百五十八条 适用简易程序审理的案件，审理期限到期后，有特殊情况需要延长的，经本院院长批准，可以延长审理期限。
`);

const CIVIL_CODE = law(`---
title: 中华人民共和国民法典
doc_type: 法律
version_date: 2020-05-28
---
## 第七编 侵权责任
### 第九章 饲养动物损害责任
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
### 第五章 机动车交通事故责任
第一千二百一十七条 非营运机动车发生交通事故造成无偿搭乘人损害，属于该机动车一方责任的，应当减轻其赔偿责任。
`);

const ADMINISTRATIVE = law(`---
title: 中华人民共和国行政诉讼法
doc_type: 法律
version_date: 2017-06-27
---
## 第六章 起诉和受理
第四十六条 公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。
`);

const OLD_CIVIL_PROCEDURE = { ...CIVIL_PROCEDURE, versionDate: '2017-06-27', current: false };
const documents = [CIVIL_PROCEDURE, INTERPRETATION, CIVIL_CODE, ADMINISTRATIVE, OLD_CIVIL_PROCEDURE];
const index = buildIndex(documents);
const first = (query: string): string | undefined => {
  const hit = search(index, query).hits[0];
  return hit && `${hit.documentTitle} ${hit.articleNumber}${hit.current ? '' : ' (superseded)'}`;
};

describe('finding the article that answers a question', () => {
  it('finds for 简易程序 审限 the statute that only says 三个月内审结, beside the interpretation that says 审理期限', () => {
    const top = search(index, '简易程序 审限')
      .hits.slice(0, 2)
      .map((h) => h.articleNumber);
    expect(top).toEqual(expect.arrayContaining(['第一百六十四条', '第二百五十八条']));
  });

  it('answers lay questions in statutory words', () => {
    expect(first('狗咬人 谁负责')).toBe('中华人民共和国民法典 第一千二百四十五条');
    expect(first('开私家车免费捎人出了车祸要赔吗')).toBe('中华人民共和国民法典 第一千二百一十七条');
    expect(first('判决都生效了对方就是不给钱')).toBe('中华人民共和国民事诉讼法 第二百四十七条');
  });

  it('reads a query in traditional characters as its simplified form (簡易程序 審限, 民法典第一千二百四十五條)', () => {
    const articles = (query: string) => search(index, query).hits.map((h) => `${h.documentTitle} ${h.articleNumber}`);
    expect(articles('簡易程序 審限')).toEqual(articles('简易程序 审限'));
    expect(first('民法典第一千二百四十五條')).toBe('中华人民共和国民法典 第一千二百四十五条');
    expect(first('狗咬人 誰負責')).toBe('中华人民共和国民法典 第一千二百四十五条');
  });

  it('lets the law title supply what the article never says (行政)', () => {
    expect(first('行政诉讼 起诉期限')).toBe('中华人民共和国行政诉讼法 第四十六条');
  });

  it('answers words with the version in force only: a superseded version would repeat or outrank it', () => {
    const hits = search(index, '上诉 判决书送达之日起十五日内').hits;
    expect(hits[0]).toMatchObject({ documentTitle: '中华人民共和国民事诉讼法', current: true, status: '现行有效' });
    expect(hits.filter((h) => !h.current)).toEqual([]);
  });
});

describe('a repealed document', () => {
  // The repealed law says 简易程序 and 审理期限 word for word, twice; the law in force says it less directly.
  const repealed = {
    ...law(`---
title: 中华人民共和国简易程序审限法
doc_type: 法律
version_date: 2003-09-10
---
第一条 适用简易程序审理的案件，审理期限为三个月；简易程序审理期限届满的，可以延长审理期限。
`),
    repealed: true,
  };
  const withRepealed = buildIndex([CIVIL_PROCEDURE, repealed]);

  it('never outranks a document in force, and stays in the list, marked', () => {
    const hits = search(withRepealed, '简易程序 审理期限').hits;
    expect(hits[0]).toMatchObject({ documentTitle: '中华人民共和国民事诉讼法', articleNumber: '第一百六十四条' });
    expect(hits[hits.length - 1]).toMatchObject({ documentTitle: '中华人民共和国简易程序审限法', status: '已废止' });
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((x, y) => y - x));
  });

  it('ranks by its words when the query names it', () => {
    expect(search(withRepealed, '简易程序审限法 简易程序 审理期限').hits[0]?.documentTitle).toBe(
      '中华人民共和国简易程序审限法',
    );
  });
});

describe('the same provision under two titles', () => {
  const withIssuer = law(`---
title: 最高人民法院关于审理人脸识别案件的规定
doc_type: 司法解释
version_date: 2021-06-08
---
第二条 信息处理者处理人脸信息，未公开处理人脸信息的规则的，应当认定属于侵害自然人人格权益的行为。
`);
  const withoutIssuer = { ...withIssuer, title: '关于审理人脸识别案件的规定' };
  const twice = buildIndex([withIssuer, withoutIssuer]);

  it('is shown once, under the title that ranks first', () => {
    const hits = search(twice, '人脸信息 处理规则').hits;
    expect(hits.map((h) => h.articleNumber)).toEqual(['第二条']);
  });

  it('is still found under either title by citation', () => {
    expect(lookupArticle(twice, '关于审理人脸识别案件的规定第二条')?.documentTitle).toBe('关于审理人脸识别案件的规定');
  });

  describe('in a rule of 120 articles held under two titles', () => {
    const numbers = Array.from({ length: 120 }, (_, i) => numberToChinese(i + 1));
    const rule = law(`---
title: 最高人民法院关于审理人脸信息案件的规定
doc_type: 司法解释
version_date: 2021-06-08
---
${numbers.map((n) => `第${n}条 处理人脸信息的第${n}项规则。`).join('\n')}
`);
    const index = buildIndex([rule, { ...rule, title: '关于审理人脸信息案件的规定' }]);
    const provision = (h: { articleNumber: string; text: string }): string => `${h.articleNumber} ${h.text}`;

    it('fills a page of 100 with 100 provisions and counts each provision once', () => {
      const result = search(index, '人脸信息', { limit: 100 });
      expect(result.hits).toHaveLength(100);
      expect(new Set(result.hits.map(provision)).size).toBe(100);
      expect(result.total).toBe(120);
    });

    it('pages of five (下一组) are full, never repeat a provision, and end where the count says', () => {
      const shown: string[] = [];
      const sizes: number[] = [];
      for (let offset = 0; offset < 120; offset += 5) {
        const { hits, total } = search(index, '人脸信息', { limit: 5, offset });
        expect(total).toBe(120);
        sizes.push(hits.length);
        shown.push(...hits.map(provision));
      }
      expect(sizes.filter((size) => size !== 5)).toEqual([]);
      expect(new Set(shown).size).toBe(120);
      expect(search(index, '人脸信息', { limit: 5, offset: 120 }).hits).toEqual([]);
    });
  });
});

describe('citations', () => {
  it.each([
    ['民诉法第一百六十四条', '第一百六十四条'],
    ['民诉法164条', '第一百六十四条'],
    ['民诉解释第258条', '第二百五十八条'],
    ['民法典 1245 条', '第一千二百四十五条'],
  ])('puts the cited article first: %s', (query, number) => {
    const [hit] = search(index, query).hits;
    expect(hit).toMatchObject({ articleNumber: number, matchedBy: 'reference', current: true });
  });

  it.each([
    ['民诉法(2017)第一百六十四条', '2017-06-27'],
    ['民诉法（2017年）第164条', '2017-06-27'],
    ['民诉法2017年版第164条', '2017-06-27'],
    ['民诉法(2020)第164条', '2017-06-27'],
    ['民诉法(2023年修正)第164条', '2023-09-01'],
    ['2017年民事诉讼法第一百六十四条', '2017-06-27'],
    ['2017年修正的《民事诉讼法》第164条', '2017-06-27'],
    ['2023年9月1日起施行的民诉法第164条', '2023-09-01'],
    ['民诉法第164条', '2023-09-01'],
  ])('answers %s with the version it names, or the one in force that year', (query, versionDate) => {
    const hits = search(index, query).hits.filter((h) => h.matchedBy === 'reference');
    expect(hits.map((h) => [h.articleNumber, h.versionDate])).toEqual([['第一百六十四条', versionDate]]);
  });

  it.each([
    ['修改前的民事诉讼法第164条', '2017-06-27'],
    ['原《民事诉讼法》第一百六十四条', '2017-06-27'],
    ['旧民诉法第164条', '2017-06-27'],
    ['依照修正前的《中华人民共和国民事诉讼法》第一百六十四条、第一百七十一条之规定', '2017-06-27'],
    ['新民诉法第164条', '2023-09-01'],
    ['原告依据民诉法第164条', '2023-09-01'],
  ])('%s cites the version of %s: the one before the one in force only when it says so', (query, versionDate) => {
    const hits = search(index, query).hits.filter((h) => h.matchedBy === 'reference');
    expect(hits[0]?.versionDate).toBe(versionDate);
    expect(new Set(hits.map((h) => h.versionDate))).toEqual(new Set([versionDate]));
  });

  it('answers 原 with the version in force where the library holds no older one: 原行政诉讼法第四十六条', () => {
    const hits = search(index, '原行政诉讼法第四十六条').hits.filter((h) => h.matchedBy === 'reference');
    expect(hits.map((h) => [h.articleNumber, h.versionDate])).toEqual([['第四十六条', '2017-06-27']]);
  });

  it('says so when the year cited has no version of its own: 民诉法(2020) is answered by the 2017 text', () => {
    expect(search(index, '民诉法(2020)第164条').notes).toEqual([
      { kind: 'version-in-force', title: '中华人民共和国民事诉讼法', year: 2020, versionDate: '2017-06-27' },
    ]);
    expect(
      search(index, '民诉法(2017)第164条 民诉法(2020)第171条').notes.map(
        (n) => n.kind === 'version-in-force' && n.year,
      ),
    ).toEqual([2020]);
    for (const query of ['民诉法(2017)第164条', '民诉法第164条', '简易程序 审限', '2023年9月1日起施行的民诉法第164条'])
      expect(search(index, query).notes).toEqual([]);
  });

  it('reads a bare 第X条 as the article of the law the query names beside it (第二百六十四条 刑法)', () => {
    const criminal = law(
      `---\ntitle: 中华人民共和国刑法\ndoc_type: 法律\nversion_date: 2023-12-29\n---\n第二百六十四条 盗窃公私财物，数额较大的，处三年以下有期徒刑。\n`,
    );
    const company = law(
      `---\ntitle: 中华人民共和国公司法\ndoc_type: 法律\nversion_date: 2023-12-29\n---\n第二百六十四条 违反本法规定，构成犯罪的，依法追究刑事责任。\n`,
    );
    const both = buildIndex([company, criminal]);
    const cited = (query: string) =>
      search(both, query)
        .hits.filter((h) => h.matchedBy === 'reference')
        .map((h) => h.documentTitle);
    expect(cited('第二百六十四条 刑法')).toEqual(['中华人民共和国刑法']);
    expect(cited('第264条 公司法')).toEqual(['中华人民共和国公司法']);
    // Named nowhere, the number is every law's.
    expect(cited('第二百六十四条')).toHaveLength(2);
  });

  it('answers a citation through a part of the law (民法典第七编第一千二百四十五条) with that article alone', () => {
    const code = law(
      `---\ntitle: 中华人民共和国民法典\ndoc_type: 法律\nversion_date: 2020-05-28\n---\n第七条 民事主体从事民事活动，应当遵循诚信原则。\n第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。\n`,
    );
    const cited = (query: string) =>
      search(buildIndex([code]), query)
        .hits.filter((h) => h.matchedBy === 'reference')
        .map((h) => h.articleNumber);
    expect(cited('民法典第七编第一千二百四十五条')).toEqual(['第一千二百四十五条']);
    expect(cited('民法典第七编 侵权责任')).toEqual([]);
  });

  it('finds no version older than the oldest stored', () => {
    expect(search(index, '民诉法(2001)第164条').hits.filter((h) => h.matchedBy === 'reference')).toEqual([]);
    // Written before the name, the year is the version's too, and its words are no query of their own.
    expect(search(index, '2001年民事诉讼法第164条').hits).toEqual([]);
  });

  it('looks up one article by citation, or nothing', () => {
    expect(lookupArticle(index, '民法典第一千二百一十七条')?.text).toContain('无偿搭乘');
    expect(lookupArticle(index, '民法典第九千条')).toBeUndefined();
    expect(lookupArticle(index, '审限')).toBeUndefined();
  });

  it('gets one article by title and number, the current version unless a version is named', () => {
    expect(getArticle(index, '中华人民共和国民事诉讼法', '第一百六十四条')).toMatchObject({
      current: true,
      versionDate: '2023-09-01',
    });
    expect(getArticle(index, '中华人民共和国民事诉讼法', '第一百六十四条', '2017-06-27')).toMatchObject({
      current: false,
    });
    expect(getArticle(index, '中华人民共和国民事诉讼法', '第九百条')).toBeUndefined();
    expect(getArticle(index, '中华人民共和国民事诉讼法', '不是条号')).toBeUndefined();
  });
});

describe('hits', () => {
  it('carry the chapter and a snippet whose spans mark the matched words', () => {
    const hit = search(index, '简易程序 审限').hits.find((h) => h.articleNumber === '第二百五十八条');
    expect(hit?.chapter).toBe('十一、简易程序');
    const marked = hit?.spans.map(([s, e]) => hit.snippet.slice(s, e));
    expect(marked).toContain('简易程序');
    expect(marked).toContain('审理期限');
  });

  it('page with limit and offset', () => {
    const all = search(index, '人民法院', { limit: 100 }).hits.map((h) => h.articleNumber + h.versionDate);
    const second = search(index, '人民法院', { limit: 2, offset: 2 }).hits.map((h) => h.articleNumber + h.versionDate);
    expect(second).toEqual(all.slice(2, 4));
  });
});

describe('determinism', () => {
  it('gives the same ranking every time and whatever order the documents were loaded in', () => {
    const queries = ['人民法院', '延长', '简易程序 审限', '责任'];
    const reversed = buildIndex([...documents].reverse());
    for (const q of queries) {
      const once = search(index, q, { limit: 50 }).hits;
      expect(search(index, q, { limit: 50 }).hits).toEqual(once);
      const key = (h: {
        documentTitle: string;
        articleNumber: string;
        versionDate: string | null;
        score: number;
      }): string => `${h.documentTitle} ${h.articleNumber} ${h.versionDate} ${h.score}`;
      expect(search(reversed, q, { limit: 50 }).hits.map(key)).toEqual(once.map(key));
    }
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['only punctuation', '？！。，、……——《》'],
    ['ASCII punctuation', '?!.,;:()[]{}'],
    ['emoji', '😀😀'],
    ['a number only', '12345'],
  ])('answers %s with no hits and no error', (_label, query) => {
    expect(search(index, query)).toMatchObject({ hits: [], total: 0 });
  });

  it('answers a very long query from its opening, marked as truncated', () => {
    const result = search(index, `狗咬人${'的'.repeat(5000)}`);
    expect(result.truncated).toBe(true);
    expect(result.hits[0]?.articleNumber).toBe('第一千二百四十五条');
  });

  it('reads mixed Chinese, English and full-width digits', () => {
    expect(search(index, 'Article １６４ 民诉法').hits.length).toBeGreaterThan(0);
    expect(first('民诉法第１６４条')).toBe('中华人民共和国民事诉讼法 第一百六十四条');
    expect(search(index, '简易程序 SIMPLE procedure 3个月').hits[0]?.articleNumber).toBe('第一百六十四条');
  });

  it('clamps nonsense paging', () => {
    expect(search(index, '人民法院', { limit: -5, offset: -1 }).hits).toEqual([]);
    expect(search(index, '人民法院', { limit: Number.NaN }).hits.length).toBeGreaterThan(0);
  });

  it('never throws, whatever the text', () => {
    const legalish = fc
      .array(
        fc.constantFrom(
          '民诉法',
          '第',
          '一百',
          '条',
          '之一',
          '164',
          '１６４',
          ' ',
          '审限',
          '？',
          '狗',
          'a',
          '《',
          '》',
          '\n',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), legalish), (query) => {
        const result = search(index, query, { limit: 5 });
        expect(result.hits.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 300 },
    );
  });

  it('answers an empty index', () => {
    expect(search(buildIndex([]), '审限')).toMatchObject({ hits: [], total: 0 });
  });
});

describe('a question of how long', () => {
  const code = law(`---
title: 中华人民共和国民法典
doc_type: 法律
version_date: 2020-05-28
---
## 第九章 诉讼时效
第一百八十八条 向人民法院请求保护民事权利的诉讼时效期间为三年。法律另有规定的，依照其规定。
第一百九十条 无民事行为能力人或者限制民事行为能力人对其法定代理人的请求权的诉讼时效期间，自该法定代理终止之日起计算。
`);
  const periods = buildIndex([code]);

  it('finds the article stating the period (诉讼时效期间为三年) before one on when it starts', () => {
    expect(search(periods, '诉讼时效多长时间').hits[0]?.articleNumber).toBe('第一百八十八条');
  });
});

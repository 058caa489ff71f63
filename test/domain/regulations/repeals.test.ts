import { buildIndex, search, suggestAlternatives } from '../../../src/domain/regulations';
import { repealNamed } from '../../../src/domain/regulations/repeals';
import { civilCode, FILLER_LAW, indexableLaw } from '../../support/regulations';

const civil = civilCode(
  `第一千二百六十条 本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、《中华人民共和国合同法》、《中华人民共和国侵权责任法》同时废止。`,
);

const labourContracts = indexableLaw(`---
title: 中华人民共和国劳动合同法
doc_type: 法律
version_date: 2012-12-28
---
第十条 建立劳动关系，应当订立书面劳动合同。
第五十二条 本法第十条同时废止的规定不影响劳动关系。
`);

const amendingLaw = indexableLaw(`---
title: 中华人民共和国某某管理法
doc_type: 法律
version_date: 2019-01-01
---
第九十条 本法自公布之日起施行。《中华人民共和国某某条例》第十条同时废止。《中华人民共和国某某暂行办法》同时废止。
`);

const index = buildIndex([civil, labourContracts, amendingLaw, FILLER_LAW]);

describe('laws the library says were repealed', () => {
  it('given 民法典第一千二百六十条, 合同法 was repealed by the 民法典 on 2021-01-01', () => {
    const repeal = repealNamed(index, '合同法');
    expect(repeal).toMatchObject({ title: '中华人民共和国合同法', effectiveDate: '2021-01-01' });
    expect(index.documents[repeal?.repealedBy ?? -1]?.title).toBe('中华人民共和国民法典');
    expect(index.articles[repeal?.article ?? -1]?.number).toBe('第一千二百六十条');
  });

  it('finds the repealed name at the end of the words before the article number', () => {
    expect(repealNamed(index, '请问中华人民共和国婚姻法')?.title).toBe('中华人民共和国婚姻法');
    expect(repealNamed(index, '侵权责任法')?.title).toBe('中华人民共和国侵权责任法');
  });

  it('knows nothing of a law no text repeals, nor of one whose single article was repealed', () => {
    expect(repealNamed(index, '火星法')).toBeUndefined();
    expect(repealNamed(index, '某某条例')).toBeUndefined();
    expect(repealNamed(index, '某某暂行办法')?.effectiveDate).toBeUndefined();
  });

  it('never takes a name the library still answers to: 劳动合同法 is in force', () => {
    expect(repealNamed(index, '劳动合同法')).toBeUndefined();
    expect(search(index, '劳动合同法第十条').hits[0]).toMatchObject({
      documentTitle: '中华人民共和国劳动合同法',
      articleNumber: '第十条',
    });
  });

  it('tells a citation of 合同法第五十二条 where that law went instead of "no such law"', () => {
    expect(search(index, '合同法第五十二条').hits).toHaveLength(0);
    expect(suggestAlternatives(index, '合同法第五十二条')).toEqual([
      {
        kind: 'repealed-law',
        title: '中华人民共和国合同法',
        repealedBy: '中华人民共和国民法典',
        article: '第一千二百六十条',
        effectiveDate: '2021-01-01',
      },
    ]);
    expect(suggestAlternatives(index, '火星法第三条')).toEqual([{ kind: 'unknown-law', name: '火星法' }]);
  });
});

describe('a repealed law named among the words of a question', () => {
  const repealNotes = (query: string) => search(index, query).notes.filter((n) => n.kind === 'repealed-law');

  it('given 合同法 违约金, says 合同法 was repealed by the 民法典 and answers with the rules in force', () => {
    expect(repealNotes('合同法 违约金')).toEqual([
      {
        kind: 'repealed-law',
        title: '中华人民共和国合同法',
        repealedBy: '中华人民共和国民法典',
        article: '第一千二百六十条',
        effectiveDate: '2021-01-01',
      },
    ]);
    expect(repealNotes('依照《中华人民共和国婚姻法》和侵权责任法的规定').map((n) => n.title)).toEqual([
      '中华人民共和国婚姻法',
      '中华人民共和国侵权责任法',
    ]);
  });

  it('says nothing of a law in force whose name ends with one (劳动合同法) or of 法 read into a word', () => {
    expect(repealNotes('劳动合同法 书面劳动合同')).toEqual([]);
    expect(repealNotes('合同法律关系')).toEqual([]);
    expect(repealNotes('简易程序 审限')).toEqual([]);
  });
});

import { buildIndex, search, type IndexableDocument } from '../../../src/domain/regulations';
import { speaksOfCrime } from '../../../src/domain/regulations/crimeCue';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';

const article = (number: string, ordinal: number, text: string) => ({ number, ordinal, suffix: 0, chapter: '', text });

const CRIMINAL_LAW: IndexableDocument = {
  title: '中华人民共和国刑法',
  docType: '法律',
  versionDate: '2023-12-29',
  current: true,
  articles: [
    article('第一百九十八条', 198, '投保人故意虚构保险标的，骗取保险金，数额较大的，处五年以下有期徒刑或者拘役。'),
    article('第二百六十四条', 264, '盗窃公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。'),
  ],
};
const INSURANCE_LAW: IndexableDocument = {
  title: '中华人民共和国保险法',
  docType: '法律',
  versionDate: '2015-04-24',
  current: true,
  articles: [
    article(
      '第二十四条',
      24,
      '保险公司收到被保险人的赔偿请求后，对不属于保险责任的，应当发出拒绝赔偿保险金通知书，并说明理由。',
    ),
  ],
};

// Criminal judgments' facts gave 刑法第一百九十八条 the everyday words of an insurance claim.
const model = (factsWithoutCrimeCue: number): SearchModel => ({
  version: 1,
  provenance: {},
  weights: { factsWeight: 80, factsWithoutCrimeCue },
  asked: {
    questions: [],
    facts: [['中华人民共和国刑法', '第一百九十八条', '保险:100 险公:100 公司:90 理赔:80 不赔:60 赔钱:40']],
  },
  crimeNames: {
    law: '中华人民共和国刑法',
    crimes: [
      ['保险诈骗罪', ['第一百九十八条']],
      ['盗窃罪', ['第二百六十四条']],
    ],
  },
});
const first = (query: string, share: number): string | undefined => {
  const hit = search(buildIndex([CRIMINAL_LAW, INSURANCE_LAW], model(share)), query).hits[0];
  return hit && `${hit.documentTitle.replace('中华人民共和国', '')}${hit.articleNumber}`;
};

describe('whether a question speaks of a crime', () => {
  const table = buildIndex([CRIMINAL_LAW], model(1)).crimeNames;

  it('hears the words of criminal law and procedure', () => {
    expect(speaksOfCrime(table, ['偷了邻居的电动车会判刑吗'])).toBe(true);
    expect(speaksOfCrime(table, ['经审理查明，被告人张某于2019年5月'])).toBe(true);
    expect(speaksOfCrime(table, ['打架过了半年才报警还能处罚吗'])).toBe(true);
  });

  it('hears a crime named without 罪, in the words or in the statutory wordings they called up (偷 → 盗窃)', () => {
    expect(speaksOfCrime(table, ['邻居盗窃我家的东西'])).toBe(true);
    expect(speaksOfCrime(table, ['东西被偷了怎么办', '盗窃'])).toBe(true);
  });

  it('hears nothing criminal in a civil question', () => {
    expect(speaksOfCrime(table, ['买的保险出事了保险公司不赔怎么办'])).toBe(false);
    expect(speaksOfCrime(table, ['商标被人抢注了怎么办'])).toBe(false);
  });
});

describe('the criminal judgments’ words, for a question that says nothing of a crime', () => {
  it('given 保险公司不赔怎么办, answers with 保险法 rather than the criminal article those words were learned for', () => {
    expect(first('保险公司不赔怎么办', 1)).toBe('刑法第一百九十八条');
    expect(first('保险公司不赔怎么办', 0)).toBe('保险法第二十四条');
  });

  it('keeps them for a question about a crime: 骗保险公司理赔会判刑吗', () => {
    expect(first('骗保险公司理赔会判刑吗', 0)).toBe('刑法第一百九十八条');
  });
});

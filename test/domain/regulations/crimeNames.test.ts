import fs from 'node:fs';
import path from 'node:path';
import { buildIndex, search, type IndexableDocument } from '../../../src/domain/regulations';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';
import { loadSearchModel } from '../../../src/services/regulations/searchModel';
import { indexableLaw } from '../../support/regulations';

const article = (number: string, ordinal: number, text: string) => ({
  number,
  ordinal,
  suffix: 0,
  chapter: '第二编 分则',
  text,
});

const CRIMINAL_LAW: IndexableDocument = {
  title: '中华人民共和国刑法',
  docType: '法律',
  versionDate: '2023-12-29',
  current: true,
  articles: [
    article(
      '第六十七条',
      67,
      '犯罪以后自动投案，如实供述自己的罪行的，是自首。对于自首的犯罪分子，可以从轻或者减轻处罚。',
    ),
    article('第一百九十二条', 192, '使用诈骗方法非法集资，集资诈骗数额较大的，处有期徒刑。'),
    article('第一百九十六条', 196, '有下列情形之一，进行信用卡诈骗活动，数额较大的，处五年以下有期徒刑。'),
    article(
      '第二百六十六条',
      266,
      '诈骗公私财物，数额较大的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；数额巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处罚金。',
    ),
    article('第三百一十三条', 313, '对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑。'),
  ],
};

const crimeNames: SearchModel['crimeNames'] = {
  law: '中华人民共和国刑法',
  crimes: [
    ['集资诈骗罪', ['第一百九十二条']],
    ['信用卡诈骗罪', ['第一百九十六条']],
    ['诈骗罪', ['第二百六十六条']],
    ['拒不执行判决、裁定罪', ['第三百一十三条']],
  ],
};
const model = (crimeNameWeight: number): SearchModel => ({
  version: 1,
  provenance: {},
  weights: { crimeNameWeight },
  asked: { questions: [], facts: [] },
  crimeNames,
});
const index = buildIndex([CRIMINAL_LAW], model(1.5));
const ranking = (query: string, within = index) => search(within, query).hits.map((h) => h.articleNumber);

describe("a crime's name speaks for the 刑法 article defining it", () => {
  it('given 诈骗罪, answers 刑法第二百六十六条 first, above the kinds of fraud its words match more', () => {
    expect(ranking('诈骗罪')[0]).toBe('第二百六十六条');
    expect(ranking('诈骗罪 数额较大')[0]).toBe('第二百六十六条');
    // Without the lift the basic fraud article is not first.
    expect(ranking('诈骗罪', buildIndex([CRIMINAL_LAW], model(0)))[0]).not.toBe('第二百六十六条');
  });

  it('takes the longest name: 信用卡诈骗罪 is not also 诈骗罪', () => {
    expect(ranking('信用卡诈骗罪')[0]).toBe('第一百九十六条');
    expect(ranking('信用卡诈骗罪')).not.toContain('第二百六十六条');
  });

  it('reads a name written without its 、 (拒不执行判决裁定罪), and counts an article the words missed', () => {
    const result = search(index, '拒不执行判决裁定罪');
    expect(result.hits.map((h) => h.articleNumber)).toContain('第三百一十三条');
    expect(result.total).toBe(result.hits.length);
    const missed = search(index, '是否构成诈骗罪');
    expect(missed.hits[0]?.articleNumber).toBe('第二百六十六条');
  });

  it('below 1 it joins the best articles without displacing what the question asks (诈骗罪 自首)', () => {
    const gentle = buildIndex([CRIMINAL_LAW], model(0.5));
    const hits = ranking('诈骗罪的犯罪分子自首', gentle);
    expect(hits[0]).toBe('第六十七条');
    expect(hits).toContain('第二百六十六条');
  });

  it('leaves a query that names no crime to its words', () => {
    expect(ranking('诈骗公私财物')).toEqual(ranking('诈骗公私财物', buildIndex([CRIMINAL_LAW], model(0))));
  });
});

describe('the shipped table of crime names (data/search/crime-names.json), on the shipped 刑法', () => {
  const shippedModel = loadSearchModel() as SearchModel;
  const criminalLaw = indexableLaw(
    fs.readFileSync(path.join(__dirname, '../../../data/laws/法律/中华人民共和国刑法(2023-12-29).md'), 'utf8'),
  );
  const shippedIndex = buildIndex([criminalLaw], shippedModel);
  /** The article's place in the first three, and whether it scores as the best article does. */
  const standing = (query: string, number: string) => {
    const hits = search(shippedIndex, query, { limit: 3 }).hits;
    const hit = hits.find((h) => h.articleNumber === number);
    return { inFirstThree: hit !== undefined, scoresAsTheBest: hit?.score === hits[0]?.score };
  };

  it('holds the names in force and not those a later rule cancelled', () => {
    const names = new Map(shippedModel.crimeNames?.crimes);
    expect(names.size).toBeGreaterThan(450);
    expect(names.get('诈骗罪')).toEqual(['第二百六十六条']);
    expect(names.get('危险驾驶罪')).toEqual(['第一百三十三条之一']);
    expect(names.get('帮助信息网络犯罪活动罪')).toEqual(['第二百八十七条之二']);
    expect(names.has('投毒罪')).toBe(false);
    expect(names.has('嫖宿幼女罪')).toBe(false);
  });

  it.each([
    ['诈骗罪', '第二百六十六条'],
    ['交通肇事罪', '第一百三十三条'],
    ['组织、领导传销活动罪', '第二百二十四条之一'],
    ['合同诈骗罪', '第二百二十四条'],
  ])('puts the article of %s in the first three, scored as the best (%s)', (query, number) => {
    expect(standing(query, number)).toEqual({ inFirstThree: true, scoresAsTheBest: true });
  });
});

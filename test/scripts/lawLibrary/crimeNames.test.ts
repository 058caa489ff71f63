import type { CrimeTable } from '../../../scripts/lawLibrary/crimeNames';
import { applySupplement, articlesOf, readCrimeList } from '../../../scripts/lawLibrary/crimeNames';

/** As the snapshot's copies write them: the SPP's 1997 list, then 补充规定 tables and sentences. */
const LIST_1997 = `## 第二章 危害公共安全罪

放火罪（第114条、第115条第1款） 14．决水罪（第114条、第115条第1款） 48．交通肇事罪（第133条）

## 第五章 侵犯财产罪

264．诈骗罪（第266条） 265．抢夺罪（第267条第1款） 300．偷越国（边）境罪（第322条） 301．投毒罪（第114条、第115条第1款）
302．嫖宿幼女罪（第360条第2款） 303．滥用职权罪（第397条）`;

const SUPPLEMENT_2002 = `<!-- TABLE -->
| 刑法条文 |罪名 |
|-----|-----|
| 第114条、第115条第1款（《修正案（三）》第1、2条） |投放危险物质罪（取消投毒罪罪名） |
| 第397条 |滥用职权罪、玩忽职守罪（取消国家机关工作人员徇私舞弊罪罪名） |
<!-- TABLE END -->`;

const SUPPLEMENT_2011 = `| 刑法条文 |罪名 |
|-----|-----|
| 第一百三十三条之一 （《刑法修正案（八）》第二十二条） |危险驾驶罪 |
| 第三百六十条第二款 （《刑法修正案（九）》第四十三条） |取消嫖宿幼女罪罪名 |`;

const SUPPLEMENT_2024 =
  '将《中华人民共和国刑法》第一百六十九条（《刑法修正案（十二）》第三条）的罪名由“徇私舞弊低价折股、出售国有资产罪”修改为“徇私舞弊低价折股、出售公司、企业资产罪”。';

function table(): CrimeTable {
  const crimes: CrimeTable = new Map();
  readCrimeList(LIST_1997, crimes);
  crimes.set('徇私舞弊低价折股、出售国有资产罪', new Set(['第一百六十九条']));
  for (const supplement of [SUPPLEMENT_2002, SUPPLEMENT_2011, SUPPLEMENT_2024]) applySupplement(supplement, crimes);
  return crimes;
}
const articles = (name: string) => [...(table().get(name) ?? [])];

describe('the names of crimes, read from the SPC and SPP rules that fix them', () => {
  it('given the 1997 list, 诈骗罪 is 刑法第二百六十六条 and 放火罪 第一百一十四条 and 第一百一十五条', () => {
    expect(articles('诈骗罪')).toEqual(['第二百六十六条']);
    expect(articles('放火罪')).toEqual(['第一百一十四条', '第一百一十五条']);
    expect(articles('抢夺罪')).toEqual(['第二百六十七条']);
  });

  it('keeps the brackets inside a name: 偷越国（边）境罪', () => {
    expect(articles('偷越国（边）境罪')).toEqual(['第三百二十二条']);
  });

  it('drops a name a later rule cancels, and adds what it names: 投毒罪 became 投放危险物质罪', () => {
    expect(table().has('投毒罪')).toBe(false);
    expect(articles('投放危险物质罪')).toEqual(['第一百一十四条', '第一百一十五条']);
    expect(table().has('嫖宿幼女罪')).toBe(false);
  });

  it('reads two names in one cell (滥用职权罪、玩忽职守罪) and amended articles in Chinese numerals', () => {
    expect(articles('玩忽职守罪')).toEqual(['第三百九十七条']);
    expect(articles('滥用职权罪')).toEqual(['第三百九十七条']);
    expect(articles('危险驾驶罪')).toEqual(['第一百三十三条之一']);
  });

  it('follows a renaming sentence', () => {
    expect(table().has('徇私舞弊低价折股、出售国有资产罪')).toBe(false);
    expect(articles('徇私舞弊低价折股、出售公司、企业资产罪')).toEqual(['第一百六十九条']);
  });

  it('cites articles, not paragraphs: 第229条第1款、第2款 第3款 is 第二百二十九条', () => {
    expect(articlesOf('第229条第1款、第2款 第3款')).toEqual(['第二百二十九条']);
    expect(articlesOf('第一百二十条之六 ')).toEqual(['第一百二十条之六']);
  });
});

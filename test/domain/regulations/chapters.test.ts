import { search } from '../../../src/domain/regulations/search';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import { chapterScores } from '../../../src/domain/regulations/chapters';
import { RANKING } from '../../../src/domain/regulations/scoring';
import { civilCode, FILLER_LAW, modelWithWeights } from '../../support/regulations';

const CONTRACTS = civilCode(`### 第十九章 运输合同
第八百一十一条 承运人应当在约定期限或者合理期限内将旅客、货物安全运输到约定地点。
第八百三十二条 承运人对运输过程中货物的毁损、灭失承担赔偿责任。
### 第二十一章 保管合同
第八百八十八条 保管合同是保管人保管寄存人交付的保管物，并返还该物的合同。寄存人到保管人处从事购物、就餐、住宿等活动，将物品存放在指定场所的，视为保管。
第八百九十条 寄存人向保管人交付保管物的，保管人应当出具保管凭证，但是另有交易习惯的除外。
第八百九十七条 保管期内，因保管人保管不善造成保管物毁损、灭失的，保管人应当承担赔偿责任。
`);

const model = (chapterWeight: number) => modelWithWeights({ chapterWeight });

describe('the chapter a query is about', () => {
  it('scores each chapter by the query words its articles use together, the best at 1 + weight', () => {
    const index = buildIndex([CONTRACTS, FILLER_LAW], model(1));
    const scores = chapterScores(index, ['寄存', '毁损', '赔偿'], 1, RANKING);
    const of = (article: string): number => {
      const a = index.articles.findIndex((x) => x.number === article && x.document === 0);
      return scores?.[index.articles[a]?.context ?? -1] ?? 0;
    };
    expect(of('第八百九十七条')).toBe(2);
    expect(of('第八百三十二条')).toBeGreaterThan(1);
    expect(of('第八百三十二条')).toBeLessThan(2);
    expect(chapterScores(index, ['寄存'], 0, RANKING)).toBeUndefined();
  });

  it('lifts the article of the chapter that speaks of the subject, though its own text never names it', () => {
    const order = (weight: number): string[] =>
      search(buildIndex([CONTRACTS, FILLER_LAW], model(weight)), '寄存的东西毁损了谁赔偿')
        .hits.map((h) => h.articleNumber)
        .filter((n) => n === '第八百三十二条' || n === '第八百九十七条');
    expect(order(0)).toEqual(['第八百三十二条', '第八百九十七条']);
    expect(order(4)).toEqual(['第八百九十七条', '第八百三十二条']);
  });
});

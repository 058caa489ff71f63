import { withFeedback } from '../../../src/domain/regulations/feedback';
import type { RegulationIndex } from '../../../src/domain/regulations/searchIndex';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import { RANKING } from '../../../src/domain/regulations/scoring';
import { civilCode, FILLER_LAW } from '../../support/regulations';

const CODE = civilCode(`### 第九章 饲养动物损害责任
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
第一千二百四十六条 违反管理规定，未对动物采取安全措施造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
第一千二百四十七条 禁止饲养的烈性犬等危险动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
第一千二百四十八条 动物园的动物造成他人损害的，动物园应当承担侵权责任。
### 第十章 建筑物和物件损害责任
第一千二百五十三条 建筑物、构筑物或者其他设施及其搁置物、悬挂物发生脱落、坠落造成他人损害的，所有人、管理人或者使用人应当承担侵权责任。
`);

function articleAt(index: RegulationIndex, number: string): number {
  return index.articles.findIndex((a) => a.document === 0 && a.number === number);
}

describe('pseudo-relevance feedback', () => {
  const plain = buildIndex([CODE, FILLER_LAW]);
  const withWeight = (feedbackWeight: number): RegulationIndex => ({
    ...plain,
    weights: { ...plain.weights, feedbackWeight },
  });
  // A first ranking whose best three are about animals, then two candidates the question's words scored alike.
  const ranked = (index: RegulationIndex) => [
    { a: articleAt(index, '第一千二百四十五条'), score: 3 },
    { a: articleAt(index, '第一千二百四十六条'), score: 2.5 },
    { a: articleAt(index, '第一千二百四十七条'), score: 2 },
    { a: articleAt(index, '第一千二百五十三条'), score: 1 },
    { a: articleAt(index, '第一千二百四十八条'), score: 1 },
  ];

  it('lifts the candidate that uses the best articles’ words above one the query scored the same', () => {
    const index = withWeight(0.5);
    const fed = withFeedback(index, ranked(index), new Set(['损害']), RANKING);
    const score = (number: string): number => fed?.find((s) => s.a === articleAt(index, number))?.score ?? 0;
    expect(score('第一千二百四十八条')).toBeGreaterThan(score('第一千二百五十三条'));
    expect(score('第一千二百四十五条')).toBeGreaterThan(3);
  });

  it('changes nothing at weight 0, or with too few articles to learn from', () => {
    expect(withFeedback(withWeight(0), ranked(plain), new Set(), RANKING)).toBeUndefined();
    expect(withFeedback(withWeight(0.5), ranked(plain).slice(0, 3), new Set(), RANKING)).toBeUndefined();
  });
});

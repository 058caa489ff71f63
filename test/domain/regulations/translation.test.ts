import { buildTranslation } from '../../../bench/search/model/translation';
import type { TrainingPair } from '../../../bench/search/pairs';
import { parseArticleNumber } from '../../../src/domain/regulations/numerals';
import { search } from '../../../src/domain/regulations/search';
import { articleKey, buildIndex } from '../../../src/domain/regulations/searchIndex';
import type { SearchModel } from '../../../src/domain/regulations/searchModel';
import { compileTranslation, expandQuery, MAX_EXPANSION_TERMS } from '../../../src/domain/regulations/translation';
import { CIVIL_CODE_TITLE, civilCode, FILLER_LAW } from '../../support/regulations';

const CIVIL_CODE = civilCode(`### 第九章 饲养动物损害责任
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
第一千二百四十六条 违反管理规定，未对动物采取安全措施造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
### 第十章 建筑物和物件损害责任
第一千二百五十三条 建筑物、构筑物或者其他设施及其搁置物、悬挂物发生脱落、坠落造成他人损害的，所有人、管理人或者使用人应当承担侵权责任。
第一千二百五十四条 禁止从建筑物中抛掷物品。从建筑物中抛掷物品造成他人损害的，由侵权人依法承担侵权责任。
`);

describe('query expansion by the learned translation table', () => {
  const table = compileTranslation([
    ['狗咬', '动物:80 饲养:60'],
    ['邻居', '相邻:50 动物:10'],
  ]);

  it('spreads a weight of one per query word over its statutory words, by translation probability', () => {
    const expanded = expandQuery(table, ['狗咬', '邻居']).map(({ term, weight }) => [term, Number(weight.toFixed(3))]);
    expect(expanded).toEqual([
      ['相邻', 0.833],
      ['动物', 0.738],
      ['饲养', 0.429],
    ]);
  });

  it('leaves words the query already has to the text score, and keeps the strongest few', () => {
    expect(expandQuery(table, ['狗咬', '动物']).map((e) => e.term)).toEqual(['饲养']);
    const wide = compileTranslation([['狗咬', Array.from({ length: 40 }, (_, i) => `词${i}:${i + 1}`).join(' ')]]);
    const expanded = expandQuery(wide, ['狗咬']);
    expect(expanded).toHaveLength(MAX_EXPANSION_TERMS);
    expect(expanded[0]?.term).toBe('词39');
  });

  it('finds an article by the statutory words of a query in everyday words, with translationWeight only', () => {
    const model = (translationWeight: number): SearchModel => ({
      version: 1,
      provenance: {},
      weights: { translationWeight },
      asked: { questions: [], facts: [] },
      translation: [['狗咬', '动物:80 饲养:60']],
    });
    expect(search(buildIndex([CIVIL_CODE], model(0)), '狗咬').hits).toHaveLength(0);
    const hits = search(buildIndex([CIVIL_CODE], model(1)), '狗咬').hits.map((h) => h.articleNumber);
    expect(hits.slice(0, 2).sort()).toEqual(['第一千二百四十五条', '第一千二百四十六条']);
  });
});

describe('learning the translation table from question → article pairs', () => {
  const index = buildIndex([CIVIL_CODE, FILLER_LAW]);
  const articleOf = (title: string, number: string): number | undefined => {
    const parsed = parseArticleNumber(number);
    return title === CIVIL_CODE_TITLE && parsed
      ? index.byNumber.get(articleKey(0, parsed.ordinal, parsed.suffix))
      : undefined;
  };
  const pair = (id: string, question: string, article: string, kind = 'layperson_question'): TrainingPair => ({
    id,
    question,
    relevant: [{ law: CIVIL_CODE_TITLE, article }],
    source: 'test',
    kind,
  });
  // Enough unrelated questions that the words under test are rare among questions, as in the real pairs.
  const background = Array.from({ length: 120 }, (_, i) =>
    pair(`b${i}`, `问题${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[i % 12]}`, '第一千二百五十四条'),
  );
  const targetsOf = (entries: ReturnType<typeof buildTranslation>, source: string): string[] =>
    (entries.find(([s]) => s === source)?.[1] ?? '').split(' ').map((t) => t.split(':')[0] as string);

  it('maps a word that several questions answered by different articles share to their statutory words', () => {
    const pairs = [
      ...background,
      pair('d1', '被狗咬了谁赔', '第一千二百四十五条'),
      pair('d2', '邻居家的狗咬伤孩子', '第一千二百四十六条'),
      pair('d3', '遛狗没拴绳狗咬人', '第一千二百四十六条'),
      pair('d4', '路上被狗咬', '第一千二百四十五条'),
    ];
    expect(targetsOf(buildTranslation(pairs, index, articleOf), '狗咬')).toEqual(expect.arrayContaining(['动物']));
  });

  it('maps nothing from one question’s words, nor from questions that all have the same answer', () => {
    const one = [...background, pair('d1', '被狗咬了谁赔', '第一千二百四十五条')];
    expect(targetsOf(buildTranslation(one, index, articleOf), '狗咬')).toEqual(['']);
    const sameAnswer = [
      ...background,
      pair('d1', '被狗咬了谁赔', '第一千二百四十五条'),
      pair('d2', '邻居家的狗咬伤孩子', '第一千二百四十五条'),
      pair('d3', '遛狗没拴绳狗咬人', '第一千二百四十五条'),
    ];
    expect(targetsOf(buildTranslation(sameAnswer, index, articleOf), '狗咬')).toEqual(['']);
  });

  it('does not learn from 刑法 fact descriptions', () => {
    const facts = [
      ...background,
      pair('d1', '被狗咬了谁赔', '第一千二百四十五条', 'fact_description'),
      pair('d2', '邻居家的狗咬伤孩子', '第一千二百四十六条', 'fact_description'),
      pair('d3', '遛狗没拴绳狗咬人', '第一千二百四十六条', 'fact_description'),
      pair('d4', '路上被狗咬', '第一千二百四十五条', 'fact_description'),
    ];
    // Fact descriptions of other laws count (their stratum is told by their labels)…
    expect(targetsOf(buildTranslation(facts, index, articleOf), '狗咬')).toEqual(expect.arrayContaining(['动物']));
    // …and the same descriptions labelled with 刑法 do not.
    const criminal = facts.map((p) =>
      p.kind === 'fact_description' ? { ...p, relevant: [{ law: '中华人民共和国刑法', article: '第一条' }] } : p,
    );
    const criminalOf = (title: string, number: string): number | undefined =>
      title === '中华人民共和国刑法' ? articleOf(CIVIL_CODE_TITLE, '第一千二百四十五条') : articleOf(title, number);
    expect(targetsOf(buildTranslation(criminal, index, criminalOf), '狗咬')).toEqual(['']);
  });
});

import {
  buildIndex,
  parseRegulationDocument,
  search,
  suggestAlternatives,
  toIndexable,
} from '../../../src/domain/regulations';

const parsed = parseRegulationDocument(`---
title: 中华人民共和国民事诉讼法
doc_type: 法律
version_date: 2023-09-01
---
第一条 中华人民共和国民事诉讼法以宪法为根据，结合我国民事审判工作的经验和实际情况制定。
第一百六十三条 人民法院审理案件，可以参照审判委员会会议纪要确定的裁判尺度。
第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。
第一百六十五条 基层人民法院审理简单金钱给付民事案件，可以适用小额诉讼的程序审理。
`);
if (!parsed.ok) throw new Error(parsed.error.reason);
const index = buildIndex([toIndexable(parsed.value)]);

describe('suggestions when a query finds nothing', () => {
  it('tells which articles a law has when the cited one does not exist', () => {
    expect(search(index, '民诉法第九百条').hits).toHaveLength(0);
    expect(suggestAlternatives(index, '民诉法第九百条')).toEqual([
      {
        kind: 'article-range',
        title: '中华人民共和国民事诉讼法',
        cited: '第九百条',
        first: '第一条',
        last: '第一百六十五条',
      },
    ]);
  });

  it('says a law is not in the library instead of citing that article of every law', () => {
    expect(search(index, '某某保护法第十条').hits).toHaveLength(0);
    expect(suggestAlternatives(index, '某某保护法第十条')).toEqual([{ kind: 'unknown-law', name: '某某保护法' }]);
    // 民通意见, 九民纪要: an SPC opinion or minutes the library does not hold, not 第一百条 of every law.
    expect(search(index, '民通意见第一百六十四条').hits).toHaveLength(0);
    expect(suggestAlternatives(index, '民通意见第一百六十四条')).toEqual([{ kind: 'unknown-law', name: '民通意见' }]);
    expect(suggestAlternatives(index, '《九民纪要》第5条')).toEqual(
      expect.arrayContaining([{ kind: 'unknown-law', name: '九民纪要' }]),
    );
    expect(suggestAlternatives(index, '《中华人民共和国某某条例》第3条')).toEqual(
      expect.arrayContaining([{ kind: 'unknown-law', name: '中华人民共和国某某条例' }]),
    );
  });

  it('answers a bare name of minutes or an amending act the library lacks as such, not by 纪要 in passing', () => {
    for (const [query, name] of [
      ['九民纪要', '九民纪要'],
      ['《全国法院民商事审判工作会议纪要》', '全国法院民商事审判工作会议纪要'],
      ['民诉法修正案（二）', '民诉法修正案(二)'],
    ]) {
      expect(search(index, query as string)).toMatchObject({ hits: [], total: 0 });
      expect(suggestAlternatives(index, query as string)).toContainEqual({ kind: 'unknown-law', name });
    }
    // A phrase the texts use is a term, searched as words: here an article says 会议纪要.
    expect(search(index, '会议纪要').hits[0]?.articleNumber).toBe('第一百六十三条');
    // Only a whole query: 九民纪要 beside other words searches them.
    expect(search(index, '九民纪要 小额诉讼').hits[0]?.articleNumber).toBe('第一百六十五条');
  });

  it('lists the titles a short name could mean when it fits no one of them', () => {
    const interpretation = (ordinal: string) =>
      parseRegulationDocument(`---
title: 最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（${ordinal}）
doc_type: 司法解释
version_date: 2020-12-29
---
第五条 婚姻家庭编解释（${ordinal}）的条文。
`);
    const family = [interpretation('一'), interpretation('二')].map((p) => {
      if (!p.ok) throw new Error(p.error.reason);
      return toIndexable(p.value);
    });
    const withFamily = buildIndex(family);
    expect(search(withFamily, '婚姻家庭编解释第五条').hits).toHaveLength(0);
    expect(suggestAlternatives(withFamily, '婚姻家庭编解释第五条')).toEqual([
      {
        kind: 'short-name',
        name: '婚姻家庭编解释',
        titles: [
          '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
          '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（二）',
        ],
      },
    ]);
    expect(search(withFamily, '婚姻家庭编解释二第五条').hits[0]?.snippet).toBe('婚姻家庭编解释（二）的条文。');
  });

  it('names the stored versions when a citation asks for an older one, and the range of the version it names', () => {
    expect(search(index, '民诉法(1991)第一百六十四条').hits).toHaveLength(0);
    expect(suggestAlternatives(index, '民诉法(1991)第一百六十四条')).toEqual(
      expect.arrayContaining([
        { kind: 'no-such-version', title: '中华人民共和国民事诉讼法', year: 1991, versions: ['2023-09-01'] },
      ]),
    );
    expect(suggestAlternatives(index, '民诉法(2024)第九百条')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'article-range', cited: '第九百条', last: '第一百六十五条' }),
      ]),
    );
  });

  it('offers the words of a longer query that find articles on their own', () => {
    expect(suggestAlternatives(index, 'hello 小额诉讼 ！！')).toEqual([
      { kind: 'fewer-words', query: '小额诉讼', total: expect.any(Number) },
    ]);
  });

  it('falls back to examples for punctuation, emoji and words no article uses', () => {
    for (const query of ['！！！', '🙂', 'hello world', ''])
      expect(suggestAlternatives(index, query)).toEqual([{ kind: 'examples' }]);
  });
});

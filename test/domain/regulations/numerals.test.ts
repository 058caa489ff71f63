import {
  chineseToNumber,
  formatArticleNumber,
  numberToChinese,
  parseArticleNumber,
} from '../../../src/domain/regulations/numerals';

describe('Chinese numerals in article numbers', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百六十四', 164],
    ['一千零七十九', 1079],
    ['一千二百六十', 1260],
    ['二〇二一', 2021],
    ['两千', 2000],
  ])('reads %s as %d', (text, value) => {
    expect(chineseToNumber(text)).toBe(value);
  });

  it.each(['', '条', '一二三四五六七八九十百', 'abc'])('rejects %p', (text) => {
    expect(chineseToNumber(text)).toBeUndefined();
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [105, '一百零五'],
    [110, '一百一十'],
    [164, '一百六十四'],
    [1079, '一千零七十九'],
    [1260, '一千二百六十'],
    [10001, '一万零一'],
  ])('writes %d as %s', (value, text) => {
    expect(numberToChinese(value)).toBe(text);
  });

  it('round-trips every article number a code could have', () => {
    for (let n = 1; n <= 3000; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });

  it('parses 第一百三十三条之一 into ordinal and suffix, and writes it back', () => {
    expect(parseArticleNumber('第一百三十三条之一')).toEqual({ ordinal: 133, suffix: 1 });
    expect(parseArticleNumber('第164条')).toEqual({ ordinal: 164, suffix: 0 });
    expect(formatArticleNumber({ ordinal: 133, suffix: 1 })).toBe('第一百三十三条之一');
    expect(parseArticleNumber('第零条')).toBeUndefined();
    expect(parseArticleNumber('第三人')).toBeUndefined();
  });
});

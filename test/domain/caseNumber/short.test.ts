import { expandShortCaseNumber, isShortCaseNumber, tryParseCaseNumber } from '../../../src/domain/caseNumber';

describe('a short 案号, as judges say a case of their own court', () => {
  it.each([
    ['2026执569', '（2026）内0291执569号'],
    ['2026年民初123号', '（2026）内0291民初123号'],
    ['（2026）执恢12', '（2026）内0291执恢12号'],
    ['(2025) 民初 101', '（2025）内0291民初101号'],
    ['２０２５刑初７', '（2025）内0291刑初7号'],
  ])('%s in the court 内0291 is %s', (short, full) => {
    expect(isShortCaseNumber(short)).toBe(true);
    expect(expandShortCaseNumber(short, '内0291')).toBe(full);
    expect(tryParseCaseNumber(full).ok).toBe(true);
  });

  it.each([
    '（2015）民申字第2633号', // pre-2016: always with its court, 字第 never short
    '（2025）内0291民初101号', // a full number is not a short one
    '15天',
    '2025',
    '民初101',
    '@王明',
  ])('%s is not a short number', (text) => {
    expect(isShortCaseNumber(text)).toBe(false);
    expect(expandShortCaseNumber(text, '内0291')).toBeNull();
  });
});

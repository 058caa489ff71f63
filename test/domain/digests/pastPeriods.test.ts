import fc from 'fast-check';
import {
  comparedPeriods,
  periodByKey,
  periodFromText,
  previousOf,
  quarterOf,
  sameTimeLastYear,
  type KindedPeriod,
} from '../../../src/domain/digests';

const TODAY = '2026-12-07'; // a Monday

function chosen(text: string): KindedPeriod {
  const parsed = periodFromText(text, TODAY);
  if (!parsed.ok) throw new Error(`not understood: ${text}`);
  return parsed.period;
}

describe('periods as people type them', () => {
  test('上周 and 上月 are the last complete week and month, as the weekly and monthly reports have them', () => {
    expect(chosen('上周')).toEqual({ kind: 'week', period: { key: '2026-W49', from: '2026-11-30', to: '2026-12-06' } });
    expect(chosen('上月')).toEqual({ kind: 'month', period: { key: '2026-11', from: '2026-11-01', to: '2026-11-30' } });
    expect(chosen('上季度').period.key).toBe('2026-Q3');
    expect(chosen('去年').period).toEqual({ key: '2025', from: '2025-01-01', to: '2025-12-31' });
  });

  test('2025年, 2026-Q3 and 2026年11月 name whole periods; 今年 and 2026年 run to today', () => {
    expect(chosen('2025年').period).toEqual({ key: '2025', from: '2025-01-01', to: '2025-12-31' });
    expect(chosen('2026-Q3')).toEqual({
      kind: 'quarter',
      period: { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30' },
    });
    expect(chosen('2026年第三季度').period.key).toBe('2026-Q3');
    expect(chosen('2026年11月').period).toEqual({ key: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    expect(chosen('2026年第48周').period).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' });
    expect(chosen('今年').period).toEqual({ key: '2026', from: '2026-01-01', to: TODAY });
    expect(chosen('2026年').period).toEqual({ key: '2026', from: '2026-01-01', to: TODAY });
  });

  test('a period that has not begun, and words that name none, are refused with the reason', () => {
    expect(periodFromText('2027年', TODAY)).toEqual({ ok: false, problem: { kind: 'future', key: '2027' } });
    expect(periodFromText('2025-W53', TODAY)).toEqual({ ok: false, problem: { kind: 'unknown', text: '2025-W53' } });
    expect(periodFromText('2026-13', TODAY).ok).toBe(false);
    expect(periodFromText('下月', TODAY).ok).toBe(false);
  });
});

describe('the periods a report compares', () => {
  test('2026-Q3 with 2026-Q2 (环比) and 2025-Q3 (同比); its year to date ends with it', () => {
    const periods = comparedPeriods(chosen('2026-Q3'), { lastYear: true });
    expect(periods.previous).toEqual({ key: '2026-Q2', from: '2026-04-01', to: '2026-06-30' });
    expect(periods.lastYear).toEqual({ key: '2025-Q3', from: '2025-07-01', to: '2025-09-30' });
    expect(periods.yearToDate).toMatchObject({ from: '2026-01-01', to: '2026-09-30' });
  });

  test('this year so far compares with last year to the same day', () => {
    const periods = comparedPeriods(chosen('今年'), { lastYear: true });
    expect(periods.lastYear).toEqual({ key: '2025', from: '2025-01-01', to: '2025-12-07' });
    expect(periods.previous).toEqual({ key: '2025', from: '2025-01-01', to: '2025-12-31' });
  });

  test('week 53 of 2026 compares with week 52 of 2025, which had no week 53', () => {
    const w53 = periodByKey('2026-W53');
    expect(w53?.period).toEqual({ key: '2026-W53', from: '2026-12-28', to: '2027-01-03' });
    expect(sameTimeLastYear('week', (w53 as KindedPeriod).period).key).toBe('2025-W52');
  });

  test('29 February 2028 so far compares with 28 February 2027', () => {
    expect(sameTimeLastYear('month', { key: '2028-02', from: '2028-02-01', to: '2028-02-29' }).to).toBe('2027-02-28');
  });

  test('every day lies in its quarter, and the quarter before ends the day before it begins', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          const quarter = quarterOf(day);
          expect(quarter.from <= day && day <= quarter.to).toBe(true);
          const before = previousOf('quarter', quarter);
          expect(new Date(`${before.to}T00:00:00Z`).getTime() + 86_400_000).toBe(
            new Date(`${quarter.from}T00:00:00Z`).getTime(),
          );
          expect(periodByKey(quarter.key)?.period).toEqual(quarter);
        },
      ),
    );
  });
});

import { buildHolidayCalendar } from '../../../src/domain/calendar';
import {
  computeDeadline,
  deadlineStatus,
  DEFAULT_DEADLINE_POLICY,
  resolveDeadlinePolicy,
} from '../../../src/domain/deadline';
import { basisKeys, calendar, deadlineOf, warningCodes } from './helpers';

describe('the conventions where the law is unclear (domain.md §8), each configurable', () => {
  it('has documented defaults and rejects unknown settings', () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual({
      holidayRollover: true,
      detainedNoRollover: true,
      criminalMonthEnd: true,
      extensionChaining: 'natural',
      excludedDayCount: 'endMinusStart',
      provisions2000Lengths: true,
      administrativeAppealStart: 'filing',
      unknownFacts: 'conservative',
    });
    expect(resolveDeadlinePolicy({ excludedDayCount: 'inclusive' }).excludedDayCount).toBe('inclusive');
    expect(resolveDeadlinePolicy(null)).toEqual(DEFAULT_DEADLINE_POLICY);
    expect(() => resolveDeadlinePolicy({ rollover: false })).toThrow();
  });

  it('U1: a court that does not roll over keeps the natural date', () => {
    const result = deadlineOf(
      { typeCode: '民初', procedure: 'simple', filedOn: '2024-07-01' },
      { holidayRollover: false },
    );
    expect(result.deadline).toBe('2024-10-01');
    expect(basisKeys(result)).toContain('no_rollover');
  });

  it('U2: a court may roll over for detained defendants too', () => {
    expect(
      deadlineOf(
        { typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', detained: true, filedOn: '2024-08-01' },
        { detainedNoRollover: false },
      ).deadline,
    ).toBe('2024-10-08');
  });

  it('U4: extensions chained from the unadjusted end, from the rolled end, or added to the start', () => {
    const input = {
      typeCode: '民初',
      procedure: 'ordinary' as const,
      filedOn: '2024-08-31',
      extensions: [{ months: 6 }],
    };
    expect(deadlineOf(input).deadline).toBe('2025-08-28');
    expect(deadlineOf(input, { extensionChaining: 'fromStart' })).toMatchObject({
      naturalDeadline: '2025-08-31',
      deadline: '2025-09-01',
    });
    const endsOnNationalDay = {
      typeCode: '民初',
      procedure: 'ordinary' as const,
      filedOn: '2024-04-01',
      extensions: [{ months: 6 }],
    };
    expect(deadlineOf(endsOnNationalDay).deadline).toBe('2025-04-01');
    expect(deadlineOf(endsOnNationalDay, { extensionChaining: 'rolled' }).deadline).toBe('2025-04-08');
    // …but never past a statutory cap: 简易 stays within 4 months (2024-11-01) however it is chained.
    expect(
      deadlineOf(
        { typeCode: '民初', procedure: 'simple', filedOn: '2024-07-01', extensions: [{ months: 1 }] },
        { extensionChaining: 'rolled' },
      ).deadline,
    ).toBe('2024-11-01');
  });

  it('U6: without the 2000 Provisions, a length the statute does not give must be stated', () => {
    expect(() =>
      deadlineOf(
        { typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31', extensions: [{}, {}] },
        { provisions2000Lengths: false },
      ),
    ).toThrow(expect.objectContaining({ field: 'extensions[1]' }));
    expect(
      deadlineOf(
        { typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31', extensions: [{}] },
        { provisions2000Lengths: false },
      ).deadline,
    ).toBe('2025-08-28');
  });

  it('an extension longer than the statute allows is applied but flagged', () => {
    expect(
      warningCodes(
        deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31', extensions: [{ months: 7 }] }),
      ),
    ).toContain('extension_longer_than_law');
  });
});

describe('years without an official arrangement (2027)', () => {
  it('a 简易 case filed on 2026-10-01 ends on 元旦 2027, a statutory holiday though a Friday: rolled to 01-04', () => {
    const result = deadlineOf({ typeCode: '民初', procedure: 'simple', filedOn: '2026-10-01' });
    expect(result).toMatchObject({ naturalDeadline: '2027-01-01', deadline: '2027-01-04', provisional: true });
    const rollover = result.basis.find((line) => line.key === 'rollover');
    expect(rollover?.zh).toBe('期满日2027-01-01(周五)为法定节假日，顺延至其后第一个工作日2027-01-04(周一)');
    const provisional = result.basis.find((line) => line.key === 'provisional');
    expect(provisional?.zh).toContain('补假和调休上班的日期尚不知道');
    expect(provisional?.citations).toContainEqual({ law: 'holidayMeasures', article: 2 });
  });

  it('a deadline on 除夕 2027 (02-05, a Friday) rests through 初三 and rolls to Tuesday 02-09', () => {
    expect(deadlineOf({ typeCode: '民初', procedure: 'simple', filedOn: '2026-11-05' })).toMatchObject({
      naturalDeadline: '2027-02-05',
      deadline: '2027-02-09',
      provisional: true,
    });
  });

  it('a year before the 2013 revision rests on weekends only, and says so', () => {
    const result = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2013-07-01' });
    expect(result).toMatchObject({ deadline: '2014-01-02', provisional: true }); // 2014-01-01 is statutory
    const old = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2012-07-01' });
    expect(old).toMatchObject({ deadline: '2013-01-01', provisional: true });
    expect(old.basis.find((line) => line.key === 'provisional')?.zh).toContain('仅按周六、周日');
  });

  it('otherwise weekends and mark the deadline provisional', () => {
    const monday = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2026-08-15' });
    expect(monday).toMatchObject({ deadline: '2027-02-15', provisional: true });
    expect(warningCodes(monday)).toContain('provisional');
    expect(deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2026-07-03' })).toMatchObject({
      naturalDeadline: '2027-01-03',
      deadline: '2027-01-04',
      provisional: true,
    });
  });

  it('stop being provisional once the year is imported', () => {
    const withNotice = buildHolidayCalendar([
      {
        year: 2027,
        source: '国务院办公厅关于2027年部分节假日安排的通知',
        holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'],
        workdays: [],
      },
    ]);
    const result = computeDeadline({ typeCode: '民初', procedure: 'ordinary', filedOn: '2026-07-03' }, withNotice);
    expect(result).toMatchObject({ deadline: '2027-01-05', provisional: false });
  });
});

describe('where a case stands on a given day', () => {
  const result = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31' });

  it('counts calendar and working days left (the Spring Festival and its 调休 Saturday and Sunday included)', () => {
    expect(deadlineStatus(result, '2025-01-10', calendar)).toEqual({
      daysLeft: 49,
      workingDaysLeft: 31,
      overdueDays: 0,
    });
  });

  it('is not overdue on the last day, and counts overdue days after it', () => {
    expect(deadlineStatus(result, '2025-02-28', calendar)).toEqual({ daysLeft: 0, workingDaysLeft: 0, overdueDays: 0 });
    expect(deadlineStatus(result, '2025-03-05', calendar)).toEqual({ daysLeft: 0, workingDaysLeft: 0, overdueDays: 5 });
  });
});

describe('the breakdown', () => {
  it('cites an article for the limit, the start, the arithmetic and the roll-over, in Chinese and English', () => {
    const result = deadlineOf({ typeCode: '民初', procedure: 'simple', filedOn: '2024-07-01' });
    for (const line of result.basis) {
      expect(line.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(line.en).toMatch(/[a-z]/);
    }
    expect(result.basis.find((line) => line.key === 'base')?.citations[0]).toEqual({
      law: 'civilProcedureLaw',
      article: 164,
    });
    expect(result.basis.find((line) => line.key === 'rollover')?.citations[0]).toEqual({
      law: 'civilProcedureLaw',
      article: 85,
      paragraph: 3,
    });
  });

  it('can be skipped for bulk recomputation without changing any date or warning', () => {
    const input = {
      typeCode: '民初',
      procedure: 'simple' as const,
      filedOn: '2024-09-30',
      extensions: [{ months: 1 }, { months: 1 }],
    };
    const full = computeDeadline(input, calendar);
    const bare = computeDeadline(input, calendar, { explain: false });
    expect(bare.basis).toEqual([]);
    expect({
      ...bare,
      basis: full.basis,
      extensionWindow: full.kind === 'deadline' ? full.extensionWindow : null,
    }).toEqual(full);
  });
});

import { deadlineOf, outcomeOf, warningCodes } from './helpers';

describe('administrative cases (行政诉讼法 §81–88)', () => {
  it('行初 普通: filed on a 调休 Sunday, 2024-04-07 + 6 months = 10-07 (last day of National Day) → 10-08', () => {
    expect(deadlineOf({ typeCode: '行初', procedure: 'ordinary', filedOn: '2024-04-07' })).toMatchObject({
      naturalDeadline: '2024-10-07',
      deadline: '2024-10-08',
    });
  });

  it('行初 简易: 45 days, 2024-08-17 → 10-01 → 10-08; it cannot be extended', () => {
    expect(deadlineOf({ typeCode: '行初', procedure: 'simple', filedOn: '2024-08-17' }).deadline).toBe('2024-10-08');
    expect(() =>
      outcomeOf({ typeCode: '行初', procedure: 'simple', filedOn: '2024-08-17', extensions: [{ days: 10 }] }),
    ).toThrow(expect.objectContaining({ field: 'extensions[0]' }));
  });

  it('行初 简易 → 普通 keeps counting from 立案 (行诉法解释 §105)', () => {
    expect(
      deadlineOf({
        typeCode: '行初',
        procedure: 'simple',
        filedOn: '2024-04-07',
        conversions: [{ on: '2024-05-10', to: 'ordinary' }],
      }).deadline,
    ).toBe('2024-10-08');
  });

  it('an extension by the high court must state its length', () => {
    expect(() =>
      outcomeOf({
        typeCode: '行初',
        procedure: 'ordinary',
        filedOn: '2024-04-07',
        extensions: [{ approvedBy: '高级人民法院' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'extensions[0]' }));
    expect(
      deadlineOf({ typeCode: '行初', procedure: 'ordinary', filedOn: '2024-04-07', extensions: [{ months: 3 }] })
        .deadline,
    ).toBe('2025-01-07');
  });

  it('行终 counts from 立案 by default, or from receipt of the appeal when given', () => {
    const byFiling = deadlineOf({ typeCode: '行终', filedOn: '2024-05-31' });
    expect(byFiling.deadline).toBe('2024-09-02');
    expect(byFiling.basis.some((line) => line.key === 'start_convention')).toBe(true);
    expect(deadlineOf({ typeCode: '行终', filedOn: '2024-05-31', startsOn: '2024-05-28' }).deadline).toBe('2024-08-28');
    expect(
      warningCodes(
        deadlineOf({ typeCode: '行终', filedOn: '2024-05-31' }, { administrativeAppealStart: 'appealReceived' }),
      ),
    ).toContain('start_missing');
  });

  it('行审: 7 days for a written review, 30 days when the parties are heard', () => {
    expect(deadlineOf({ typeCode: '行审', filedOn: '2024-09-24' }).deadline).toBe('2024-10-08');
    expect(deadlineOf({ typeCode: '行审', specialKind: 'hearing_review', filedOn: '2024-09-24' }).deadline).toBe(
      '2024-10-24',
    );
  });

  it('调解 is a recognised exclusion in administrative cases (行诉法解释 §50)', () => {
    const result = deadlineOf({
      typeCode: '行初',
      procedure: 'ordinary',
      filedOn: '2024-04-07',
      excludedPeriods: [{ from: '2024-05-01', to: '2024-05-11', reason: '调解' }],
    });
    expect(result.excludedDays).toBe(10);
    expect(warningCodes(result)).not.toContain('exclusion_unrecognised');
  });
});

describe('enforcement cases', () => {
  it('执: 6 months (执行工作规定 §63); 非诉执行: 3 months', () => {
    expect(deadlineOf({ typeCode: '执', filedOn: '2024-04-30' }).deadline).toBe('2024-10-30');
    expect(deadlineOf({ typeCode: '执', nonLitigation: true, filedOn: '2024-04-30' }).deadline).toBe('2024-07-30');
  });

  it('执 extended by the president’s 3 months: 2025-01-30 (Spring Festival) → 02-05', () => {
    expect(deadlineOf({ typeCode: '执', filedOn: '2024-04-30', extensions: [{}] })).toMatchObject({
      naturalDeadline: '2025-01-30',
      deadline: '2025-02-05',
    });
  });

  it('执恢 takes the limits of first enforcement', () => {
    expect(deadlineOf({ typeCode: '执恢', filedOn: '2024-04-30' }).deadline).toBe('2024-10-30');
  });

  it('执行中止 is deducted', () => {
    expect(
      deadlineOf({
        typeCode: '执',
        filedOn: '2024-04-30',
        excludedPeriods: [{ from: '2024-06-01', to: '2024-07-01', reason: '中止执行' }],
      }).deadline,
    ).toBe('2024-11-29');
  });

  it('执异: 15 days from receipt of the written objection', () => {
    expect(deadlineOf({ typeCode: '执异', filedOn: '2024-09-18', startsOn: '2024-09-16' })).toMatchObject({
      start: '2024-09-16',
      deadline: '2024-10-08',
    });
    expect(deadlineOf({ typeCode: '执异', filedOn: '2024-09-18' }).start).toBe('2024-09-18');
  });

  it('执复: 30 days, at most 30 more', () => {
    expect(deadlineOf({ typeCode: '执复', filedOn: '2024-05-06' }).deadline).toBe('2024-06-05');
    expect(deadlineOf({ typeCode: '执复', filedOn: '2024-05-06', extensions: [{}] }).deadline).toBe('2024-07-05');
  });
});

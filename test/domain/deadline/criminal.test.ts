import type { DeadlineInput } from '../../../src/domain/deadline';
import { basisKeys, deadlineOf, outcomeOf, warningCodes } from './helpers';

describe('criminal first instance (刑诉法 §208, §212, §220, §225)', () => {
  it('公诉, defendant in custody: 2024-08-01 + 2 months = 10-01, National Day, not rolled (刑诉法 §105)', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'public',
      detained: true,
      filedOn: '2024-08-01',
    });
    expect(result).toMatchObject({ naturalDeadline: '2024-10-01', deadline: '2024-10-01', rolledOver: false });
    expect(basisKeys(result)).toContain('no_rollover');
  });

  it('公诉, defendant not in custody: the same last day rolls to 10-08', () => {
    expect(
      deadlineOf({
        typeCode: '刑初',
        procedure: 'ordinary',
        prosecution: 'public',
        detained: false,
        filedOn: '2024-08-01',
      }).deadline,
    ).toBe('2024-10-08');
  });

  it('months run month-end to month-end (刑诉法解释 §202): 2024-02-29 + 2 months = 04-30, where civil counting gives 04-29', () => {
    expect(
      deadlineOf({
        typeCode: '刑初',
        procedure: 'ordinary',
        prosecution: 'public',
        detained: true,
        filedOn: '2024-02-29',
      }).deadline,
    ).toBe('2024-04-30');
    expect(
      deadlineOf(
        { typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', detained: true, filedOn: '2024-02-29' },
        { criminalMonthEnd: false },
      ).deadline,
    ).toBe('2024-04-29');
  });

  it('extensions chain month-end to month-end: third month to 05-31, then the higher court’s 3 months to 08-31', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'public',
      detained: true,
      incidentalCivil: true,
      filedOn: '2024-02-29',
      extensions: [{ approvedBy: '本院院长' }, { approvedBy: '上一级人民法院' }],
    });
    expect(result.deadline).toBe('2024-08-31');
    expect(result.extensionWindow?.citations[0]).toMatchObject({
      law: 'criminalProcedureInterpretation',
      article: 210,
    });
  });

  it('an extension approved by the court one level up takes its statutory 3 months even when it is the first', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'public',
      detained: true,
      incidentalCivil: true,
      filedOn: '2024-03-10',
      extensions: [{ approvedBy: '上一级人民法院' }],
    });
    expect(result.deadline).toBe('2024-08-10');
    expect(warningCodes(result)).toEqual([]);
  });

  it('自诉 with the defendant not detained: 6 months', () => {
    expect(
      deadlineOf({
        typeCode: '刑初',
        procedure: 'ordinary',
        prosecution: 'private',
        detained: false,
        filedOn: '2024-03-10',
      }).deadline,
    ).toBe('2024-09-10');
  });

  it('自诉 with custody unknown is counted as detained (2 months) and says so', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'private',
      filedOn: '2024-03-10',
    });
    expect(result.naturalDeadline).toBe('2024-05-10');
    expect(warningCodes(result)).toContain('assumed_fact');
  });

  it('prosecution unknown is counted as 公诉; a strict court asks for it', () => {
    expect(deadlineOf({ typeCode: '刑初', procedure: 'ordinary', detained: true, filedOn: '2024-03-10' }).ruleId).toBe(
      'criminal.first.ordinary',
    );
    expect(() =>
      outcomeOf(
        { typeCode: '刑初', procedure: 'ordinary', detained: true, filedOn: '2024-03-10' },
        { unknownFacts: 'reject' },
      ),
    ).toThrow(expect.objectContaining({ field: 'prosecution' }));
  });

  it('given a 公诉 case filed 2024-03-01 whose prosecution reads "公诉" instead of its key, it is named, never counted as an undetained 自诉 (6 months)', () => {
    const stored = (prosecution: string) =>
      ({
        typeCode: '刑初',
        procedure: 'ordinary',
        prosecution,
        detained: false,
        filedOn: '2024-03-01',
      }) as DeadlineInput;
    // The key itself: 2 months, 2024-05-01 (劳动节) → 05-06.
    expect(deadlineOf(stored('public')).deadline).toBe('2024-05-06');
    for (const written of ['公诉', 'pubic'])
      expect(() => outcomeOf(stored(written))).toThrow(
        expect.objectContaining({ name: 'DeadlineInputError', field: 'prosecution' }),
      );
  });

  it('an appeal object or special kind that is no key is named too, not read as the other branch', () => {
    expect(() =>
      outcomeOf({ typeCode: '民终', appealAgainst: '判决', filedOn: '2024-03-01' } as unknown as DeadlineInput),
    ).toThrow(expect.objectContaining({ field: 'appealAgainst' }));
    expect(() =>
      outcomeOf({ typeCode: '行审', specialKind: 'hearing', filedOn: '2024-03-01' } as unknown as DeadlineInput),
    ).toThrow(expect.objectContaining({ field: 'specialKind' }));
  });

  it('custody unknown: no roll-over (the earlier date), or an error for a strict court', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'public',
      filedOn: '2024-08-01',
    });
    expect(result.deadline).toBe('2024-10-01');
    expect(warningCodes(result)).toContain('assumed_fact');
    expect(() =>
      outcomeOf(
        { typeCode: '刑初', procedure: 'ordinary', prosecution: 'public', filedOn: '2024-08-01' },
        { unknownFacts: 'reject' },
      ),
    ).toThrow(expect.objectContaining({ field: 'detained' }));
  });

  it('简易: 20 days, 2024-09-11 → 10-01 → 10-08 when not in custody', () => {
    expect(deadlineOf({ typeCode: '刑初', procedure: 'simple', detained: false, filedOn: '2024-09-11' })).toMatchObject(
      { naturalDeadline: '2024-10-01', deadline: '2024-10-08' },
    );
  });

  it('简易 extended to 一个半月 = one month then 15 days: 2024-01-31 → 02-29 → 03-15', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'simple',
      detained: true,
      filedOn: '2024-01-31',
      extensions: [{}],
    });
    expect(result.deadline).toBe('2024-03-15');
    expect(result.basis.find((line) => line.key === 'extension')?.zh).toContain('延长至一个半月');
  });

  it('简易 extended by more than the law allows is capped at 一个半月', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'simple',
      detained: true,
      filedOn: '2024-01-31',
      extensions: [{ months: 1 }],
    });
    expect(result.deadline).toBe('2024-03-15');
    expect(warningCodes(result)).toContain('extension_capped');
  });

  it('速裁: 10 days, extended to 15 days', () => {
    expect(
      deadlineOf({ typeCode: '刑初', procedure: 'expedited', detained: false, filedOn: '2024-09-21' }),
    ).toMatchObject({ naturalDeadline: '2024-10-01', deadline: '2024-10-08' });
    expect(
      deadlineOf({ typeCode: '刑初', procedure: 'expedited', detained: true, filedOn: '2024-09-27', extensions: [{}] })
        .deadline,
    ).toBe('2024-10-12');
  });

  it('简易 → 普通 restarts from the conversion decision (刑诉法解释 §368)', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'simple',
      detained: true,
      filedOn: '2024-03-01',
      conversions: [{ on: '2024-03-15', to: 'ordinary' }],
    });
    expect(result).toMatchObject({ start: '2024-03-15', deadline: '2024-05-15', procedure: 'ordinary' });
    expect(result.basis.find((line) => line.key === 'conversion')?.zh).toContain('重新计算');
  });

  it('速裁 → 简易 restarts too (刑诉法解释 §376)', () => {
    expect(
      deadlineOf({
        typeCode: '刑初',
        procedure: 'expedited',
        detained: true,
        filedOn: '2024-03-01',
        conversions: [{ on: '2024-03-06', to: 'simple' }],
      }).deadline,
    ).toBe('2024-03-26');
  });

  it('excluded 精神病鉴定 is recognised for criminal cases; 和解 is not', () => {
    const result = deadlineOf({
      typeCode: '刑初',
      procedure: 'ordinary',
      prosecution: 'public',
      detained: true,
      filedOn: '2024-03-01',
      excludedPeriods: [
        { from: '2024-03-10', to: '2024-04-10', reason: '精神病鉴定' },
        { from: '2024-04-10', to: '2024-04-20', reason: '和解' },
      ],
    });
    expect(result).toMatchObject({ excludedDays: 41, deadline: '2024-06-11' });
    expect(result.warnings.filter((warning) => warning.code === 'exclusion_unrecognised')).toHaveLength(1);
  });
});

describe('criminal appeals and retrials', () => {
  it('刑终: 2 months, month-end to month-end: 2024-06-30 → 08-31', () => {
    expect(deadlineOf({ typeCode: '刑终', detained: true, filedOn: '2024-06-30' }).deadline).toBe('2024-08-31');
  });

  it('刑再 counts from the retrial decision: 2024-05-31 + 3 months = 08-31 (Saturday), rolled when not in custody', () => {
    expect(
      deadlineOf({ typeCode: '刑再', detained: false, filedOn: '2024-06-05', startsOn: '2024-05-31' }),
    ).toMatchObject({ start: '2024-05-31', deadline: '2024-09-02' });
  });

  it('刑再 may be extended to 6 months in all, no more', () => {
    const result = deadlineOf({
      typeCode: '刑再',
      detained: true,
      filedOn: '2024-05-31',
      extensions: [{}, { months: 3 }],
    });
    expect(result.deadline).toBe('2024-11-30');
    expect(warningCodes(result)).toContain('extension_capped');
  });
});

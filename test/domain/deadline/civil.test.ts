import { DeadlineInputError, type DeadlineInput } from '../../../src/domain/deadline';
import { basisKeys, deadlineOf, outcomeOf, warningCodes } from './helpers';

describe('civil first instance, 普通程序 (民诉法 §152)', () => {
  it('given a case filed on 2024-08-31, its 审限 ends 2025-02-28 (no corresponding day: month end)', () => {
    const result = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31' });
    expect(result).toMatchObject({
      naturalDeadline: '2025-02-28',
      deadline: '2025-02-28',
      rolledOver: false,
      provisional: false,
      start: '2024-08-31',
    });
    expect(basisKeys(result)).toEqual(['base', 'start', 'base_end', 'rollover', 'extension_window']);
  });

  it('given a case filed on 2024-03-15, the last day falls in 中秋 (09-15 to 09-17) and rolls to 09-18', () => {
    expect(deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-03-15' })).toMatchObject({
      naturalDeadline: '2024-09-15',
      deadline: '2024-09-18',
    });
  });

  it('a six-month extension by the president chains from the unadjusted end: 2025-02-28 → 2025-08-28', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'ordinary',
      filedOn: '2024-08-31',
      extensions: [{ months: 6, approvedBy: '本院院长' }],
    });
    expect(result).toMatchObject({ deadline: '2025-08-28', extensionsApplied: 1, baseDeadline: '2025-02-28' });
  });

  it('an extension without a length takes the statutory one; the higher court adds 3 months (审限规定(2000) §2)', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'ordinary',
      filedOn: '2024-08-31',
      extensions: [{}, { approvedBy: '上级人民法院' }],
    });
    expect(result.deadline).toBe('2025-11-28');
    expect(result.extensionWindow).toBeNull(); // no further extension exists
  });

  it('the extension window is 15 and 5 days before the unadjusted end (延长审限规定 §1)', () => {
    const result = deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-08-31' });
    expect(result.extensionWindow).toMatchObject({ applyBy: '2025-02-13', decideBy: '2025-02-23' });
  });

  it('an excluded 鉴定 period of 70 days (end − start) moves 2024-09-11 to 2024-11-20; inclusively to 11-21', () => {
    const input = {
      typeCode: '民初',
      procedure: 'ordinary' as const,
      filedOn: '2024-03-11',
      excludedPeriods: [{ from: '2024-05-06', to: '2024-07-15', reason: '鉴定' }],
    };
    expect(deadlineOf(input)).toMatchObject({ excludedDays: 70, deadline: '2024-11-20' });
    expect(deadlineOf(input, { excludedDayCount: 'inclusive' })).toMatchObject({
      excludedDays: 71,
      deadline: '2024-11-21',
    });
  });

  it('overlapping excluded periods count each day once', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'ordinary',
      filedOn: '2024-03-11',
      excludedPeriods: [
        { from: '2024-05-06', to: '2024-07-15', reason: '鉴定' },
        { from: '2024-07-01', to: '2024-07-20', reason: '公告' },
      ],
    });
    expect(result).toMatchObject({ excludedDays: 75, deadline: '2024-11-25' });
    expect(basisKeys(result)).toContain('exclusion_overlap');
  });

  it('a stay still running is counted up to asOf, and the result says so', () => {
    const input = {
      typeCode: '民初',
      procedure: 'ordinary' as const,
      filedOn: '2024-03-11',
      excludedPeriods: [{ from: '2024-05-06', to: null, reason: '中止诉讼' }],
    };
    expect(deadlineOf({ ...input, asOf: '2024-06-05' })).toMatchObject({
      excludedDays: 30,
      deadline: '2024-10-11',
      openExclusion: true,
    });
    expect(() => deadlineOf(input)).toThrow(expect.objectContaining({ field: 'excludedPeriods[0].to' }));
  });

  it('warns about a reason no source lets a civil case deduct (调解), but still deducts it', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'ordinary',
      filedOn: '2024-03-11',
      excludedPeriods: [{ from: '2024-05-06', to: '2024-05-16', reason: '调解' }],
    });
    expect(result.excludedDays).toBe(10);
    expect(warningCodes(result)).toContain('exclusion_unrecognised');
  });
});

describe('civil first instance, 简易程序 and 小额诉讼', () => {
  it('简易: 2024-07-01 + 3 months = 10-01, National Day, rolls to 10-08', () => {
    expect(deadlineOf({ typeCode: '民初', procedure: 'simple', filedOn: '2024-07-01' })).toMatchObject({
      naturalDeadline: '2024-10-01',
      deadline: '2024-10-08',
    });
  });

  it('简易 extended by one month: chained to 2025-01-30 (Spring Festival), rolls to 02-05', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-09-30',
      extensions: [{ months: 1, approvedBy: '本院院长' }],
    });
    expect(result).toMatchObject({ naturalDeadline: '2025-01-30', deadline: '2025-02-05' });
    expect(result.extensionWindow).toBeNull(); // the 4-month cap is reached
  });

  it('简易 never exceeds 4 months in all (民诉法解释 §258): a second extension is capped', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-09-30',
      extensions: [{ months: 1 }, { months: 1 }],
    });
    expect(result.naturalDeadline).toBe('2025-01-30');
    expect(warningCodes(result)).toEqual(expect.arrayContaining(['extension_beyond_law', 'extension_capped']));
  });

  it('简易 converted to 普通 keeps counting from 立案: 6 months from 2024-07-01 = 2025-01-01 (元旦) → 01-02', () => {
    const asFiled = deadlineOf({
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-07-01',
      conversions: [{ on: '2024-08-15', to: 'ordinary' }],
    });
    expect(asFiled).toMatchObject({
      naturalDeadline: '2025-01-01',
      deadline: '2025-01-02',
      procedure: 'ordinary',
      start: '2024-07-01',
    });
    const asCurrent = deadlineOf({
      typeCode: '民初',
      procedure: 'ordinary',
      filedOn: '2024-07-01',
      conversions: [{ on: '2024-08-15', to: 'ordinary' }],
    });
    expect(asCurrent.deadline).toBe('2025-01-02');
  });

  it('an extension approved under 简易 before the conversion no longer counts', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-07-01',
      extensions: [{ months: 1, on: '2024-09-20' }],
      conversions: [{ on: '2024-09-25', to: 'ordinary' }],
    });
    expect(result).toMatchObject({ deadline: '2025-01-02', extensionsApplied: 0 });
    expect(basisKeys(result)).toContain('extension_superseded');
  });

  it('普通 cannot be converted to 简易', () => {
    expect(() =>
      deadlineOf({
        typeCode: '民初',
        procedure: 'ordinary',
        filedOn: '2024-07-01',
        conversions: [{ on: '2024-08-15', to: 'simple' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'conversions[0].to' }));
  });

  it('小额: 2023-10-30 + 2 months = 12-30 (Saturday), 元旦 follows, rolls to 2024-01-02', () => {
    expect(deadlineOf({ typeCode: '民初', procedure: 'small_claims', filedOn: '2023-10-30' })).toMatchObject({
      naturalDeadline: '2023-12-30',
      deadline: '2024-01-02',
      provisional: false,
    });
  });

  it('小额 extended by the statutory month: 05-01 → 06-01 (Saturday) → 06-03', () => {
    expect(
      deadlineOf({ typeCode: '民初', procedure: 'small_claims', filedOn: '2024-03-01', extensions: [{}] }),
    ).toMatchObject({ naturalDeadline: '2024-06-01', deadline: '2024-06-03' });
  });

  it('小额 converted to 普通 keeps counting from 立案 (by analogy, and says so)', () => {
    const result = deadlineOf({
      typeCode: '民初',
      procedure: 'small_claims',
      filedOn: '2024-03-01',
      conversions: [{ on: '2024-04-01', to: 'ordinary' }],
    });
    expect(result).toMatchObject({ naturalDeadline: '2024-09-01', deadline: '2024-09-02' });
    expect(result.basis.find((line) => line.key === 'conversion')?.zh).toContain('推定');
  });

  it('a procedure the catalogue does not know (a stored "普通" or a typo) is named, not a crash', () => {
    const input = (procedure: string) => ({ typeCode: '民初', procedure, filedOn: '2024-03-01' }) as DeadlineInput;
    expect(() => outcomeOf(input('普通'))).toThrow(DeadlineInputError);
    expect(() => outcomeOf(input('ordinry'))).toThrow(
      expect.objectContaining({ field: 'procedure', messageZh: expect.stringContaining('未知程序 "ordinry"') }),
    );
    const conversion = {
      typeCode: '民初',
      procedure: 'simple',
      filedOn: '2024-03-01',
      conversions: [{ on: '2024-04-01', to: 'normal' }],
    } as unknown as DeadlineInput;
    expect(() => outcomeOf(conversion)).toThrow(expect.objectContaining({ field: 'conversions[0].to' }));
  });

  it('a filing date or an extension that would end the 审限 after 9999-12-31 is named, not a crash', () => {
    expect(() => outcomeOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '9999-12-31' })).toThrow(
      expect.objectContaining({ name: 'DeadlineInputError', field: 'filedOn' }),
    );
    expect(() =>
      outcomeOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '2024-01-01', extensions: [{ months: 1e9 }] }),
    ).toThrow(expect.objectContaining({ name: 'DeadlineInputError', field: 'extensions' }));
    const twoExtensions = { extensions: [{ months: 1e9 }, { months: 1 }] };
    expect(() =>
      outcomeOf(
        { typeCode: '民初', procedure: 'ordinary', filedOn: '2024-01-01', ...twoExtensions },
        { extensionChaining: 'rolled' },
      ),
    ).toThrow(expect.objectContaining({ name: 'DeadlineInputError', field: 'extensions' }));
    // The last representable year still computes (weekends and the statutory holidays, provisional).
    expect(deadlineOf({ typeCode: '民初', procedure: 'ordinary', filedOn: '9999-01-31' })).toMatchObject({
      naturalDeadline: '9999-07-31',
      provisional: true,
    });
  });

  it('民初 needs a procedure, and the error names the field', () => {
    expect(() => outcomeOf({ typeCode: '民初', filedOn: '2024-03-01' })).toThrow(DeadlineInputError);
    expect(() => outcomeOf({ typeCode: '民初', filedOn: '2024-03-01' })).toThrow(
      expect.objectContaining({ field: 'procedure' }),
    );
  });
});

describe('civil appeals, retrials and other civil procedures', () => {
  it('民终 against a judgment: 2024-05-28 + 3 months = 2024-08-28 (the SPC 2014 example, ten years on)', () => {
    expect(deadlineOf({ typeCode: '民终', appealAgainst: 'judgment', filedOn: '2024-05-28' }).deadline).toBe(
      '2024-08-28',
    );
  });

  it('民终 against a ruling: 30 days, 2024-09-01 → 10-01 → 10-08', () => {
    expect(deadlineOf({ typeCode: '民终', appealAgainst: 'ruling', filedOn: '2024-09-01' })).toMatchObject({
      naturalDeadline: '2024-10-01',
      deadline: '2024-10-08',
    });
  });

  it('民终 without appealAgainst assumes a ruling (the earlier date) and says so; a strict court rejects it', () => {
    const result = deadlineOf({ typeCode: '民终', filedOn: '2024-09-01' });
    expect(result.ruleId).toBe('civil.appeal.ruling');
    expect(warningCodes(result)).toContain('assumed_fact');
    expect(() => outcomeOf({ typeCode: '民终', filedOn: '2024-09-01' }, { unknownFacts: 'reject' })).toThrow(
      expect.objectContaining({ field: 'appealAgainst' }),
    );
  });

  it('an extension the law gives no length for must state it', () => {
    expect(() =>
      deadlineOf({
        typeCode: '民终',
        appealAgainst: 'ruling',
        filedOn: '2024-09-01',
        extensions: [{ approvedBy: '本院院长' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'extensions[0]' }));
    expect(
      deadlineOf({ typeCode: '民终', appealAgainst: 'ruling', filedOn: '2024-09-01', extensions: [{ days: 30 }] })
        .naturalDeadline,
    ).toBe('2024-10-31');
  });

  it('民再 under first-instance procedure: 6 months from 再审立案, 2025-07-27 (Sunday) → 07-28', () => {
    expect(deadlineOf({ typeCode: '民再', filedOn: '2025-01-27' })).toMatchObject({
      naturalDeadline: '2025-07-27',
      deadline: '2025-07-28',
      ruleId: 'civil.retrial.first_instance',
    });
  });

  it('民再 under second-instance procedure ends on 2025-04-27, a Sunday that was a working day (调休)', () => {
    const result = deadlineOf({
      typeCode: '民再',
      procedure: 'second_instance',
      appealAgainst: 'judgment',
      filedOn: '2025-01-27',
    });
    expect(result).toMatchObject({ naturalDeadline: '2025-04-27', deadline: '2025-04-27', rolledOver: false });
    expect(result.basis.find((line) => line.key === 'rollover')?.zh).toContain('调休上班日');
  });

  it('民再 may not use 简易程序 (民诉法解释 §257)', () => {
    expect(() => outcomeOf({ typeCode: '民再', procedure: 'simple', filedOn: '2025-01-27' })).toThrow(
      expect.objectContaining({ field: 'procedure' }),
    );
  });

  it('民申: 3 months from receipt of the application', () => {
    expect(deadlineOf({ typeCode: '民申', filedOn: '2024-05-10' }).deadline).toBe('2024-08-12'); // 08-10 is a Saturday
  });

  it('民特 实现担保物权: 30 days, 2026-01-20 → 02-19 (Spring Festival) → 02-24', () => {
    expect(deadlineOf({ typeCode: '民特', specialKind: 'security_interest', filedOn: '2026-01-20' })).toMatchObject({
      naturalDeadline: '2026-02-19',
      deadline: '2026-02-24',
    });
  });

  describe('司法确认 (确认调解协议) follows its own rule, not §187', () => {
    const confirmation = { typeCode: '民特', specialKind: 'mediation_confirmation' as const, filedOn: '2026-01-20' };

    it('an application accepted on 2026-01-20 must be decided by 2026-02-04: 15 days, not 30', () => {
      const result = deadlineOf(confirmation);
      expect(result).toMatchObject({ ruleId: 'civil.special.mediation_confirmation', deadline: '2026-02-04' });
    });

    it('cites 司法确认规定 第5条 beside 民事诉讼法 第187条', () => {
      const base = deadlineOf(confirmation).basis.find((line) => line.key === 'base');
      expect(base?.zh).toContain('审限15日');
      expect(base?.citations).toEqual([
        { law: 'mediationConfirmationProvisions', article: 5 },
        { law: 'civilProcedureLaw', article: 187 },
      ]);
    });

    it('the 院长 may extend it by 10 days: 02-14, a make-up working Saturday, so no roll-over', () => {
      expect(deadlineOf({ ...confirmation, extensions: [{ approvedBy: '院长' }] })).toMatchObject({
        naturalDeadline: '2026-02-14',
        deadline: '2026-02-14',
        extensionWindow: null,
      });
    });

    it('no more than 25 days in all', () => {
      const result = deadlineOf({ ...confirmation, extensions: [{ days: 30 }] });
      expect(result.deadline).toBe('2026-02-14');
      expect(warningCodes(result)).toContain('extension_capped');
    });
  });

  it('民特 extended by the statutory 30 days: 03-21 (Saturday) → 03-23', () => {
    expect(deadlineOf({ typeCode: '民特', filedOn: '2026-01-20', extensions: [{}] })).toMatchObject({
      naturalDeadline: '2026-03-21',
      deadline: '2026-03-23',
    });
  });

  it('宣告失踪 counts 30 days from the end of the announcement, which it needs', () => {
    expect(
      deadlineOf({
        typeCode: '民特',
        specialKind: 'missing_person',
        filedOn: '2024-03-01',
        announcementEndsOn: '2024-06-30',
      }),
    ).toMatchObject({ start: '2024-06-30', deadline: '2024-07-30' });
    expect(() => outcomeOf({ typeCode: '民特', specialKind: 'missing_person', filedOn: '2024-03-01' })).toThrow(
      expect.objectContaining({ field: 'announcementEndsOn' }),
    );
  });

  it('选民资格 has no deadline in days; 公示催告 and 执保 have no 审限; 司救 has no rule in Docket', () => {
    for (const input of [
      { typeCode: '民特', specialKind: 'voter_eligibility' as const, filedOn: '2024-03-01' },
      { typeCode: '民催', filedOn: '2024-03-01' },
      { typeCode: '执保', filedOn: '2024-03-01' },
      { typeCode: '司救民', filedOn: '2024-03-01' },
    ]) {
      const outcome = outcomeOf(input);
      expect(outcome.kind).toBe('none');
      expect(outcome.basis[0]?.key).toBe('no_deadline');
    }
  });

  it('民督: the payment order within 15 days, 2024-09-20 → 10-05 → 10-08', () => {
    expect(deadlineOf({ typeCode: '民督', filedOn: '2024-09-20' }).deadline).toBe('2024-10-08');
  });

  it('财保: 48 hours, shown as a date, never rolled over', () => {
    expect(deadlineOf({ typeCode: '财保', filedOn: '2024-09-30' })).toMatchObject({
      deadline: '2024-10-02',
      rolledOver: false,
    });
  });

  it('an unknown type code is rejected by name', () => {
    expect(() => outcomeOf({ typeCode: '执初', filedOn: '2024-03-01' })).toThrow(
      expect.objectContaining({ field: 'typeCode' }),
    );
  });
});

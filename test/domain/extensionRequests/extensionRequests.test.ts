import { buildHolidayCalendar } from '../../../src/domain/calendar';
import { computeDeadline, DEFAULT_DEADLINE_POLICY, type DeadlineInput } from '../../../src/domain/deadline';
import {
  checkLength,
  extensionEligibility,
  formatCitationsFormal,
  wouldBeDeadline,
} from '../../../src/domain/extensionRequests';
import { cite } from '../../../src/domain/law';

const calendar = buildHolidayCalendar();
const policy = DEFAULT_DEADLINE_POLICY;
const eligibility = (input: DeadlineInput, today: string) =>
  extensionEligibility(input, computeDeadline(input, calendar, { policy }), today, policy);

describe('asking for an extension of the 审限', () => {
  const ordinary: DeadlineInput = { typeCode: '民初', procedure: 'ordinary', filedOn: '2025-01-05' };

  it('a 普通程序 case filed 2025-01-05 may ask the 院长 for six months until 2025-06-20, to 2026-01-05', () => {
    const result = eligibility(ordinary, '2025-06-16');
    if (!result.ok) throw new Error(result.reason);
    expect(result.draft).toMatchObject({
      stepNumber: 1,
      approver: 'president',
      length: { months: 6, days: 0 },
      currentDeadline: '2025-07-07',
      window: { applyBy: '2025-06-20', decideBy: '2025-06-30' },
    });
    expect(formatCitationsFormal(result.draft.citations)).toBe(
      '《中华人民共和国民事诉讼法》第一百五十二条；《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条',
    );
    expect(wouldBeDeadline(ordinary, { months: 6, days: 0 }, '2025-06-16', calendar, policy)).toBe('2026-01-05');
  });

  it('is refused the day after the application date, with the rule that says so', () => {
    expect(eligibility(ordinary, '2025-06-21')).toMatchObject({
      ok: false,
      reason: 'window_passed',
      applyBy: '2025-06-20',
      citations: [cite('extensionProvisions2019', 1)],
    });
  });

  it('after the 院长’s extension, the next goes to the court one level up, not to this court', () => {
    const extended = { ...ordinary, extensions: [{ months: 6, approvedBy: '本院院长', on: '2025-06-18' }] };
    expect(eligibility(extended, '2025-12-01')).toMatchObject({
      ok: false,
      reason: 'higher_court',
      approver: 'higher_court',
      stepNumber: 2,
    });
  });

  it('a 简易程序 case may have one month, and is told that converting to 普通程序 is the way beyond four months', () => {
    const simple: DeadlineInput = { typeCode: '民初', procedure: 'simple', filedOn: '2025-03-20' };
    const result = eligibility(simple, '2025-06-01');
    if (!result.ok) throw new Error(result.reason);
    expect(result.draft.length).toEqual({ months: 1, days: 0 });
    expect(formatCitationsFormal(result.draft.cap?.citations ?? [])).toBe(
      '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百五十八条第一款',
    );
    expect(result.draft.conversion?.zh).toContain('转普通而非延长');
    expect(checkLength(result.draft, { months: 2, days: 0 })).toEqual({ ok: false, reason: 'longer_than_law' });
    const once = { ...simple, extensions: [{ months: 1, on: '2025-06-02' }] };
    expect(eligibility(once, '2025-06-03')).toMatchObject({ ok: false, reason: 'exhausted' });
  });

  it('an administrative simple case cannot be extended at all: convert instead', () => {
    expect(eligibility({ typeCode: '行初', procedure: 'simple', filedOn: '2025-06-01' }, '2025-06-10')).toMatchObject({
      ok: false,
      reason: 'not_extendable',
      conversion: { citations: [cite('administrativeProcedureLaw', 84)] },
    });
  });
});

import { buildHolidayCalendar } from '../../src/domain/calendar';
import { DEFAULT_DEADLINE_POLICY } from '../../src/domain/deadline';
import { monthOf } from '../../src/domain/digests';
import { resolveMetricPolicy } from '../../src/domain/metrics';
import { summarizeCases } from '../../src/services/caseSummary';
import { ReportDataService } from '../../src/services/digests/reportData';
import type { Store } from '../../src/store';
import { toDbDate } from '../../src/store/dbDate';
import { createTestStore } from '../support/store';

const d = toDbDate;
const policyOverrides = { excludeTypeCodes: ['执保'] };

describe('超12个月未结 has one definition: the monthly report lists what /mycases counts', () => {
  let store: Store;
  let courtId: number;

  beforeAll(async () => {
    store = await createTestStore();
    courtId = (
      await store.prisma.court.create({ data: { code: '内0291', name: '测试法院', metricPolicy: policyOverrides } })
    ).id;
    const cases: Array<{
      sequence: number;
      typeCode: string;
      filedOn: string;
      closedOn?: string;
      closeMethod?: string;
    }> = [
      { sequence: 1, typeCode: '民初', filedOn: '2024-03-01' }, // pending 16 months: counts
      { sequence: 2, typeCode: '执保', filedOn: '2024-03-01' }, // a type the court leaves out
      { sequence: 3, typeCode: '民初', filedOn: '2024-03-01', closedOn: '2025-07-10', closeMethod: 'cancelled' }, // 销案
      { sequence: 4, typeCode: '民初', filedOn: '2024-07-01' }, // 12 months end on 2025-07-01: not yet over
      { sequence: 5, typeCode: '民初', filedOn: '2024-06-29' }, // 12 months ended on 2025-06-29: over on 06-30
      { sequence: 6, typeCode: '民初', filedOn: '2023-01-10', closedOn: '2025-06-30', closeMethod: 'judgment' }, // closed that day
    ];
    for (const c of cases) {
      const number = `（${c.filedOn.slice(0, 4)}）内0291${c.typeCode}${c.sequence}号`;
      await store.prisma.case.create({
        data: {
          courtId,
          caseNumber: number,
          normalizedNumber: number,
          year: Number(c.filedOn.slice(0, 4)),
          courtCode: '内0291',
          typeCode: c.typeCode,
          sequence: c.sequence,
          cause: '民间借贷纠纷',
          procedure: c.typeCode === '民初' ? 'ordinary' : 'enforcement',
          filedOn: d(c.filedOn),
          closedOn: c.closedOn ? d(c.closedOn) : null,
          closeMethod: c.closeMethod ?? null,
          status: c.closedOn && c.closedOn <= '2025-06-30' ? 'closed' : 'open',
        },
      });
    }
  });
  afterAll(() => store.close());

  it('on 2025-06-30 two cases are pending over 12 months — not the 执保 case the court leaves out, nor the 销案 one', async () => {
    const report = await new ReportDataService({ store }).monthly(courtId, monthOf('2025-06-30'));
    expect(report.longPendingCount).toBe(2);
    expect(report.longPending.map((row) => [row.caseNumber, row.months])).toEqual([
      ['（2024）内0291民初1号', 15],
      ['（2024）内0291民初5号', 12],
    ]);
    const summary = await summarizeCases(store, { courtId }, '2025-06-30', {
      calendar: buildHolidayCalendar(),
      policy: DEFAULT_DEADLINE_POLICY,
      metricPolicy: resolveMetricPolicy(policyOverrides),
    });
    expect(summary.pendingOver[0]).toBe(report.longPendingCount);
  });
});

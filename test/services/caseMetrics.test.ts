import { computeMetric, resolveMetricPolicy } from '../../src/domain/metrics';
import type { CaseEventKind } from '../../src/generated/prisma/client';
import { METRIC_CASE_SELECT, metricCaseFor, recomputeDeadlines } from '../../src/services/caseRecords';
import type { Store } from '../../src/store';
import { toDbDate } from '../../src/store/dbDate';
import { createTestStore } from '../support/store';

const d = toDbDate;
const period = { from: '2024-01-01', to: '2025-12-31' };

interface StoredCase {
  sequence: number;
  procedure: string;
  filedOn: string;
  closedOn: string;
  events: {
    kind: CaseEventKind;
    occurredOn: string;
    months?: number;
    fromDate?: string;
    toDate?: string;
    reason?: string;
    approvedBy?: string;
  }[];
}

describe('the metrics read the statutory deadline and excluded days the recompute stores', () => {
  let store: Store;
  let courtId: number;

  beforeAll(async () => {
    store = await createTestStore();
    courtId = (await store.prisma.court.create({ data: { code: '内0291', name: '测试法院' } })).id;
  });
  afterAll(() => store.close());
  beforeEach(() => store.prisma.case.deleteMany());

  async function metricCases(cases: StoredCase[]) {
    for (const c of cases) {
      const number = `（2024）内0291民初${c.sequence}号`;
      await store.prisma.case.create({
        data: {
          courtId,
          caseNumber: number,
          normalizedNumber: number,
          year: 2024,
          courtCode: '内0291',
          typeCode: '民初',
          sequence: c.sequence,
          cause: '民间借贷纠纷',
          procedure: c.procedure,
          filedOn: d(c.filedOn),
          closedOn: d(c.closedOn),
          closeMethod: 'judgment',
          status: 'closed',
          events: {
            create: c.events.map((event, index) => ({
              ...event,
              occurredOn: d(event.occurredOn),
              fromDate: event.fromDate ? d(event.fromDate) : null,
              toDate: event.toDate ? d(event.toDate) : null,
              fingerprint: `e${index}`,
            })),
          },
        },
      });
    }
    await recomputeDeadlines(store, { courtId, asOf: '2025-06-30' });
    return (await store.prisma.case.findMany({ select: METRIC_CASE_SELECT, orderBy: { sequence: 'asc' } })).map(
      metricCaseFor,
    );
  }

  it('a case closed after its base deadline but within an approved extension is 审限内 but not 法定正常审限内; one extended but closed in time is both', async () => {
    // 简易程序 filed 2024-09-13: three months to 2024-12-13, extended by one month to 2025-01-13.
    const extension = { kind: 'extension' as const, occurredOn: '2024-12-01', months: 1, approvedBy: '本院院长' };
    const cases = await metricCases([
      { sequence: 1, procedure: 'simple', filedOn: '2024-09-13', closedOn: '2025-01-06', events: [extension] },
      { sequence: 2, procedure: 'simple', filedOn: '2024-09-13', closedOn: '2024-12-10', events: [extension] },
    ]);
    expect(cases[0]).toMatchObject({ baseDeadline: '2024-12-13', deadline: '2025-01-13', extended: true });
    expect(computeMetric('onTimeRate', cases, { period })).toMatchObject({ numerator: 2, denominator: 2 });
    expect(computeMetric('statutoryOnTimeRate', cases, { period })).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('handling days subtract the excluded days only when the 口径 says so', async () => {
    // 普通程序 filed 2024-08-31, 30 days of 鉴定 excluded, closed 121 days later.
    const cases = await metricCases([
      {
        sequence: 3,
        procedure: 'ordinary',
        filedOn: '2024-08-31',
        closedOn: '2024-12-30',
        events: [
          {
            kind: 'excluded_period',
            occurredOn: '2024-10-01',
            fromDate: '2024-10-01',
            toDate: '2024-10-31',
            reason: '鉴定',
          },
        ],
      },
    ]);
    expect(cases[0]).toMatchObject({ excludedDays: 30 });
    expect(computeMetric('avgDays', cases, { period }).value).toBe(121);
    const subtracting = resolveMetricPolicy({ averageDays: { subtractExcludedDays: true } });
    expect(computeMetric('avgDays', cases, { period }, subtracting).value).toBe(91);
  });
});

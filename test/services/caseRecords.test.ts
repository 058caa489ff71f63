import { buildHolidayCalendar } from '../../src/domain/calendar';
import type { CaseEventKind } from '../../src/generated/prisma/client';
import {
  caseDeadlineFacts,
  caseEventFacts,
  deadlineFieldsFor,
  deadlineInputFor,
  loadCalendar,
  metricCaseFor,
  recomputeDeadlines,
  type CaseDeadlineFacts,
  type CaseEventFacts,
} from '../../src/services/caseRecords';
import type { Store } from '../../src/store';
import { toDbDate } from '../../src/store/dbDate';
import { createTestStore } from '../support/store';

const d = toDbDate;

function facts(overrides: Partial<CaseDeadlineFacts> = {}): CaseDeadlineFacts {
  return {
    id: 1,
    typeCode: '民初',
    procedure: 'ordinary',
    filedOn: '2024-08-31',
    startsOn: null,
    prosecution: null,
    detained: null,
    incidentalCivil: false,
    appealAgainst: null,
    nonLitigation: false,
    specialKind: null,
    announcementEndsOn: null,
    ...overrides,
  };
}

function event(kind: CaseEventKind, occurredOn: string, overrides: Partial<CaseEventFacts> = {}): CaseEventFacts {
  return {
    kind,
    occurredOn,
    months: null,
    days: null,
    approvedBy: null,
    fromDate: null,
    toDate: null,
    reason: null,
    procedureFrom: null,
    procedureTo: null,
    ...overrides,
  };
}

const calendar = buildHolidayCalendar();

describe('a stored case and its events as the 审限 engine reads them', () => {
  it('given a case filed on 2024-08-31 under 普通程序, its 审限 ends 2025-02-28', () => {
    const result = deadlineFieldsFor(facts(), [], calendar);
    expect(result).toEqual({
      ok: true,
      fields: {
        deadline: '2025-02-28',
        naturalDeadline: '2025-02-28',
        baseDeadline: '2025-02-28',
        excludedDays: 0,
        deadlineProvisional: false,
        extended: false,
        suspended: false,
      },
    });
  });

  it('an extension approved by the president adds its months and marks the case extended', () => {
    const events = [event('extension', '2025-02-10', { months: 6, approvedBy: '本院院长' })];
    expect(deadlineInputFor(facts(), events).extensions).toEqual([
      { months: 6, days: null, approvedBy: '本院院长', on: '2025-02-10' },
    ]);
    const result = deadlineFieldsFor(facts(), events, calendar);
    expect(result.ok && result.fields).toMatchObject({
      naturalDeadline: '2025-08-28',
      baseDeadline: '2025-02-28',
      extended: true,
    });
  });

  it('a stay (中止) ended by a resumption is an excluded period; one still running is counted to the as-of day and marks the case suspended', () => {
    const ended = [
      event('suspension', '2024-10-01', { reason: '等待另案审理结果' }),
      event('resumption', '2024-10-31'),
    ];
    expect(deadlineInputFor(facts(), ended).excludedPeriods).toEqual([
      { from: '2024-10-01', to: '2024-10-31', reason: '中止(等待另案审理结果)' },
    ]);
    const endedResult = deadlineFieldsFor(facts(), ended, calendar);
    expect(endedResult.ok && endedResult.fields).toMatchObject({
      naturalDeadline: '2025-03-30',
      deadline: '2025-03-31',
      excludedDays: 30,
      suspended: false,
    });

    const running = [event('suspension', '2024-10-01')];
    const result = deadlineFieldsFor(facts(), running, calendar, { asOf: '2024-11-10' });
    expect(result.ok && result.fields).toMatchObject({ naturalDeadline: '2025-04-09', suspended: true });
  });

  it('a 简易 → 普通 conversion keeps counting from 立案 (民诉法解释 §258)', () => {
    const events = [event('conversion', '2024-10-15', { procedureFrom: 'simple', procedureTo: 'ordinary' })];
    expect(deadlineInputFor(facts(), events).conversions).toEqual([
      { on: '2024-10-15', from: 'simple', to: 'ordinary' },
    ]);
    const result = deadlineFieldsFor(facts(), events, calendar);
    expect(result.ok && result.fields.naturalDeadline).toBe('2025-02-28');
  });

  it('a case type without a 审限 (执保) has empty deadline columns', () => {
    expect(deadlineFieldsFor(facts({ typeCode: '执保', procedure: 'enforcement' }), [], calendar)).toMatchObject({
      ok: true,
      fields: { deadline: null, naturalDeadline: null, baseDeadline: null, excludedDays: null },
    });
  });

  it('a case read as Prisma rows (dates as UTC-midnight Dates) gives the engine the same input as its ISO facts', () => {
    const iso = facts({ startsOn: '2024-09-02', announcementEndsOn: '2024-09-30' });
    const events = [
      event('suspension', '2024-10-01', { fromDate: '2024-10-02', toDate: '2024-10-31', reason: '等待另案审理结果' }),
      event('extension', '2025-02-10', { months: 6 }),
    ];
    const row = { ...iso, filedOn: d('2024-08-31'), startsOn: d('2024-09-02'), announcementEndsOn: d('2024-09-30') };
    const eventRows = events.map((one) => ({
      ...one,
      occurredOn: d(one.occurredOn),
      fromDate: one.fromDate === null ? null : d(one.fromDate),
      toDate: one.toDate === null ? null : d(one.toDate),
    }));
    expect(caseDeadlineFacts(row)).toEqual(iso);
    expect(eventRows.map(caseEventFacts)).toEqual(events);
    expect(deadlineInputFor(caseDeadlineFacts(row), eventRows.map(caseEventFacts), '2025-03-01')).toEqual(
      deadlineInputFor(iso, events, '2025-03-01'),
    );
  });

  it('a value outside the domain vocabulary becomes a problem naming the case and field, not an exception', () => {
    const result = deadlineFieldsFor(facts({ id: 7, procedure: '普通' }), [], calendar);
    expect(result).toMatchObject({ ok: false, problem: { caseId: 7, field: 'procedure' }, fields: { deadline: null } });
  });

  it('maps amounts and dates for the metric formulas', () => {
    const row = {
      typeCode: '执',
      procedure: 'enforcement',
      filedOn: d('2025-01-02'),
      closedOn: d('2025-03-04'),
      closeMethod: 'executed',
      deadline: d('2025-07-02'),
      baseDeadline: d('2025-07-02'),
      excludedDays: 0,
      extended: false,
      suspended: false,
      appealed: false,
      appealOutcome: null,
      amount: { toNumber: () => 1234.5 },
      recoveredAmount: null,
      judgeId: 3,
      teamId: 2,
    } as unknown as Parameters<typeof metricCaseFor>[0];
    expect(metricCaseFor(row)).toMatchObject({
      filedOn: '2025-01-02',
      closedOn: '2025-03-04',
      baseDeadline: '2025-07-02',
      excludedDays: 0,
      amount: 1234.5,
      recoveredAmount: null,
    });
  });
});

describe('recomputing the stored 审限 columns', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
    const court = await store.prisma.court.create({ data: { code: '内0291', name: '测试法院' } });
    await store.prisma.case.create({
      data: {
        courtId: court.id,
        caseNumber: '（2024）内0291民初1号',
        normalizedNumber: '（2024）内0291民初1号',
        year: 2024,
        courtCode: '内0291',
        typeCode: '民初',
        sequence: 1,
        cause: '民间借贷纠纷',
        procedure: 'simple',
        filedOn: d('2024-09-13'),
        events: {
          create: [
            { kind: 'extension', occurredOn: d('2024-12-01'), months: 1, approvedBy: '本院院长', fingerprint: 'x1' },
          ],
        },
      },
    });
  });
  afterAll(() => store.close());

  it('fills the columns once and leaves unchanged rows alone the second time', async () => {
    expect(await recomputeDeadlines(store, { asOf: '2024-12-02' })).toEqual({ examined: 1, updated: 1, problems: [] });
    const stored = await store.prisma.case.findFirstOrThrow();
    // 2024-09-13 + 3 months + 1 month = 2025-01-13 (a Monday).
    expect(stored).toMatchObject({
      deadline: d('2025-01-13'),
      naturalDeadline: d('2025-01-13'),
      extended: true,
      suspended: false,
    });
    expect(await recomputeDeadlines(store, { asOf: '2024-12-02' })).toEqual({ examined: 1, updated: 0, problems: [] });
  });

  it('looks only at the cases named, when given', async () => {
    const { id } = await store.prisma.case.findFirstOrThrow();
    expect(await recomputeDeadlines(store, { caseIds: [id, id, id + 1000], asOf: '2024-12-02', batchSize: 1 })).toEqual(
      { examined: 1, updated: 0, problems: [] },
    );
    expect(await recomputeDeadlines(store, { caseIds: [], asOf: '2024-12-02' })).toEqual({
      examined: 0,
      updated: 0,
      problems: [],
    });
  });

  it('uses a calendar year imported into the store in place of the bundled one', async () => {
    await store.prisma.calendarYear.create({
      data: { year: 2025, source: '测试通知', holidays: ['2025-01-13'], workdays: [] },
    });
    expect((await loadCalendar(store)).isRestDay(Date.UTC(2025, 0, 13) / 86400000)).toBe(true);
    expect(await recomputeDeadlines(store, { asOf: '2024-12-02' })).toMatchObject({ updated: 1 });
    expect(await store.prisma.case.findFirstOrThrow()).toMatchObject({
      naturalDeadline: d('2025-01-13'),
      deadline: d('2025-01-14'),
    });
  });
});

import { buildHolidayCalendar } from '../../../src/domain/calendar';
import { tryParseCaseNumber } from '../../../src/domain/caseNumber';
import { toEpochDay } from '../../../src/domain/dates';
import { computeMetrics, type MetricCase } from '../../../src/domain/metrics';
import { generateCourt } from '../../../src/devtools/demo/generateCourt';
import { DEMO_COURT } from '../../../src/devtools/demo/regionCourts';
import { IdCounters, type CaseRow, type CourtData } from '../../../src/devtools/demo/rows';
import { SlackIds } from '../../../src/devtools/demo/staff';

const AS_OF = '2026-11-26';
const calendar = buildHolidayCalendar();

function court(seed: number, yearlyVolume: number): Promise<CourtData> {
  return generateCourt(
    { court: DEMO_COURT, index: 0, seed, yearlyVolume, asOf: toEpochDay(AS_OF), calendar },
    new IdCounters(),
    new SlackIds(),
  );
}

function metricCase(row: CaseRow): MetricCase {
  return {
    ...row,
    amount: row.amount === null ? null : Number(row.amount),
    recoveredAmount: row.recoveredAmount === null ? null : Number(row.recoveredAmount),
  };
}

describe('the demo court generator', () => {
  it('gives the same court for the same seed and a different one for another seed', async () => {
    const [first, again, other] = await Promise.all([court(7, 300), court(7, 300), court(8, 300)]);
    expect(again).toEqual(first);
    expect(other.cases.map((row) => row.caseNumber)).not.toEqual(first.cases.map((row) => row.caseNumber));
  });
});

describe('the demo court at full scale, shaped like 包头稀土高新区人民法院 (内0291)', () => {
  let data: CourtData;
  // Three years of a full-size court: seconds on a quiet machine, past Jest's default on a busy one.
  beforeAll(async () => {
    data = await court(1, 5400);
  }, 120_000);
  const fullYears = ['2024', '2025'];

  it('files about 5,400 cases a year over the three years up to the as-of day', () => {
    for (const year of fullYears)
      expect(data.cases.filter((row) => row.year === Number(year)).length).toBeGreaterThan(4900);
    for (const year of fullYears)
      expect(data.cases.filter((row) => row.year === Number(year)).length).toBeLessThan(5900);
    expect(data.cases.every((row) => row.filedOn > '2023-11-26' && row.filedOn <= AS_OF)).toBe(true);
  });

  it('closes ~97% of each year’s caseload within the year (结案率), in time in ~99% of cases, at about 378 per judge', () => {
    const judges = data.people.filter((person) => person.role === 'judge' || person.role === 'team_lead').length;
    expect(judges).toBe(14);
    const cases = data.cases.map(metricCase);
    for (const year of fullYears) {
      const values = Object.fromEntries(
        computeMetrics(
          cases,
          { period: { from: `${year}-01-01`, to: `${year}-12-31` }, judgeCount: judges },
          undefined,
          ['closureRate', 'onTimeRate', 'simpleProcedureRate', 'acceptanceRate', 'reversalRate'],
        ).map((metric) => [metric.key, metric.value as number]),
      );
      expect(values.closureRate).toBeGreaterThan(95);
      expect(values.closureRate).toBeLessThan(99.5);
      expect(values.onTimeRate).toBeGreaterThan(97.5);
      expect(values.simpleProcedureRate).toBeGreaterThan(75);
      expect(values.acceptanceRate).toBeGreaterThan(85);
      expect(values.reversalRate).toBeLessThan(3);
      const closed = data.cases.filter((row) => row.closedOn?.startsWith(year)).length;
      expect(closed / judges).toBeGreaterThan(330);
      expect(closed / judges).toBeLessThan(430);
    }
  });

  it('sends 60–70% of civil cases to the 速裁快审 teams', () => {
    const fastTeams = new Set(data.teams.filter((team) => team.kind === 'fast_track').map((team) => team.id));
    const civil = data.cases.filter((row) => row.typeCode.startsWith('民'));
    const share = civil.filter((row) => fastTeams.has(row.teamId)).length / civil.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.7);
    expect(data.teams.length).toBeGreaterThanOrEqual(8);
    expect(data.teams.length).toBeLessThanOrEqual(10);
  });

  it('has a basic court’s mix: 民初 about half, no 民终, enforcement, criminal, special and preservation cases', () => {
    const share = (code: string) => data.cases.filter((row) => row.typeCode === code).length / data.cases.length;
    expect(share('民初')).toBeGreaterThan(0.45);
    expect(share('民初')).toBeLessThan(0.56);
    expect(share('执')).toBeGreaterThan(0.15);
    expect(share('民终')).toBe(0);
    for (const code of ['执恢', '执异', '执保', '财保', '刑初', '行初', '行审', '民特', '民督'])
      expect(share(code)).toBeGreaterThan(0);
  });

  it('numbers every case with a valid 案号 of the court, sequential per year and type', () => {
    const sequences = new Map<string, number[]>();
    const mismatches: string[] = [];
    for (const row of data.cases) {
      const parsed = tryParseCaseNumber(row.caseNumber, { currentYear: 2026 });
      const value = parsed.ok ? parsed.value : null;
      const agrees =
        value !== null &&
        value.normalized === row.normalizedNumber &&
        value.year === row.year &&
        value.courtCode === '内0291' &&
        value.typeCode === row.typeCode &&
        value.sequence === row.sequence &&
        !value.legacy;
      if (!agrees) mismatches.push(row.caseNumber);
      sequences.set(`${row.year}${row.typeCode}`, [
        ...(sequences.get(`${row.year}${row.typeCode}`) ?? []),
        row.sequence,
      ]);
    }
    expect(mismatches).toEqual([]);
    for (const numbers of sequences.values()) expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('fills the 审限 of every case whose type has one, with some cases overdue and some due within days', () => {
    const withoutLimit = new Set(['执保', '民催']);
    expect(data.cases.filter((row) => !withoutLimit.has(row.typeCode) && row.deadline === null)).toEqual([]);
    const open = data.cases.filter((row) => row.status === 'open');
    expect(open.filter((row) => row.deadline !== null && row.deadline < AS_OF).length).toBeGreaterThan(0);
    expect(
      open.filter((row) => row.deadline !== null && row.deadline >= AS_OF && row.deadline <= '2026-12-03').length,
    ).toBeGreaterThan(3);
    expect(data.cases.filter((row) => row.extended).length).toBeGreaterThan(100);
    expect(data.cases.some((row) => row.suspended)).toBe(true);
  });

  it('records conversions, excluded periods, stays, appeals with remands and amendments, and nothing after the as-of day', () => {
    const kinds = new Set(data.events.map((event) => event.kind));
    for (const kind of [
      'extension',
      'excluded_period',
      'suspension',
      'resumption',
      'conversion',
      'appeal_filed',
      'appeal_decided',
      'remanded',
      'amended',
    ] as const)
      expect(kinds).toContain(kind);
    expect(
      data.events.every((event) => event.occurredOn <= AS_OF && (event.toDate === null || event.toDate <= AS_OF)),
    ).toBe(true);
    expect(
      data.cases.every(
        (row) =>
          row.closedOn === null || (row.closedOn >= row.filedOn && row.closedOn <= AS_OF && row.closeMethod !== null),
      ),
    ).toBe(true);
    const enforced = data.cases.filter((row) => row.typeCode === '执' && row.status === 'closed');
    expect(
      enforced.every(
        (row) =>
          row.amount !== null && row.recoveredAmount !== null && Number(row.recoveredAmount) <= Number(row.amount),
      ),
    ).toBe(true);
  });

  it('staffs the court with judges, an assistant per judge, clerks and administrators, each with a unique e-mail and Slack id', () => {
    const roles = data.people.map((person) => person.role);
    expect(roles.filter((role) => role === 'admin').length).toBeGreaterThanOrEqual(2);
    expect(roles.filter((role) => role === 'assistant').length).toBe(14);
    expect(new Set(data.people.map((person) => person.email)).size).toBe(data.people.length);
    expect(data.people.every((person) => /^U[A-Z0-9]{10}$/.test(person.slackUserId))).toBe(true);
    expect(
      data.teams.every((team) => data.people.find((person) => person.id === team.leadId)?.role === 'team_lead'),
    ).toBe(true);
    expect(data.targets.length).toBeGreaterThan(0);
  });
});

import { teamKindFromName } from '../../domain/catalogues';
import type { IsoDate } from '../../domain/dates';
import type { ReportPeriod, ReportPeriods } from '../../domain/digests';
import { diversionFigures, type DiversionCase, type DiversionFigures } from '../../domain/diversion';
import { resolveMetricPolicy } from '../../domain/metrics';
import type { Store } from '../../store';
import { METRIC_CASE_SELECT, metricCaseFor } from '../caseRecords/metricRecord';

/** 繁简分流 of a report's period, the one before (环比) and, when compared, a year before (同比). */
export interface DiversionReport {
  current: DiversionFigures;
  previous: DiversionFigures;
  lastYear: DiversionFigures | null;
  /** The court's 速裁快审 teams, by name (Team.kind). */
  fastTrackTeams: string[];
  /** Teams whose kind Docket does not know: counted as 普通, and the report says so. */
  teamsWithoutKind: string[];
  /** The type codes split 繁简 (民初 by default) and those of 诉前调解, for the 口径 line. */
  typeCodes: string[];
  preLitigationTypeCodes: string[];
}

const SIMPLE_PROCEDURES = new Set(['simple', 'small_claims']);

/** 繁简分流 figures of the reports (the monthly report, /rankings): read from the store, computed by the domain. */
export class DiversionDataService {
  constructor(private readonly deps: { store: Store }) {}

  /** Loads the diverted cases filed or closed in any of the periods, with their 简转普 conversions, and computes the figures. */
  async report(courtId: number, periods: ReportPeriods): Promise<DiversionReport> {
    const prisma = this.deps.store.prisma;
    const court = await prisma.court.findUniqueOrThrow({ where: { id: courtId }, select: { metricPolicy: true } });
    const policy = resolveMetricPolicy(court.metricPolicy);
    const { typeCodes, preLitigationTypeCodes } = policy.diversion;
    const compared: ReportPeriod[] = [
      periods.current,
      periods.previous,
      ...(periods.lastYear ? [periods.lastYear] : []),
    ];
    const from = compared.map((period) => period.from).reduce((a, b) => (a < b ? a : b));
    const to = compared.map((period) => period.to).reduce((a, b) => (a > b ? a : b));
    const [teams, rows, preLitigation] = await Promise.all([
      prisma.team.findMany({
        where: { courtId, active: true },
        select: { id: true, name: true, kind: true },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      }),
      prisma.case.findMany({
        where: {
          courtId,
          typeCode: { in: [...typeCodes, ...preLitigationTypeCodes] },
          filedOn: { lte: day(to) },
          OR: [{ filedOn: { gte: day(from) } }, { closedOn: { gte: day(from) } }],
        },
        select: {
          ...METRIC_CASE_SELECT,
          events: { where: { kind: 'conversion' }, select: { procedureFrom: true, procedureTo: true } },
        },
      }),
      prisma.case.findFirst({ where: { courtId, typeCode: { in: preLitigationTypeCodes } }, select: { id: true } }),
    ]);
    const cases: DiversionCase[] = rows.map((row) => ({
      ...metricCaseFor(row),
      convertedToOrdinary: row.events.some(
        (event) => SIMPLE_PROCEDURES.has(event.procedureFrom ?? '') && event.procedureTo === 'ordinary',
      ),
    }));
    const kinds = teams.map((team) => ({ ...team, known: teamKindFromName(team.kind) }));
    const courtFacts = {
      fastTrackTeams: new Set(kinds.filter((team) => team.known === 'fast_track').map((team) => team.id)),
      preLitigationImported: preLitigation !== null,
    };
    const figures = (period: ReportPeriod) => diversionFigures(cases, period, policy, courtFacts);
    return {
      current: figures(periods.current),
      previous: figures(periods.previous),
      lastYear: periods.lastYear ? figures(periods.lastYear) : null,
      fastTrackTeams: kinds.filter((team) => team.known === 'fast_track').map((team) => team.name),
      teamsWithoutKind: kinds.filter((team) => team.known === null).map((team) => team.name),
      typeCodes,
      preLitigationTypeCodes,
    };
  }
}

function day(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

import type { HolidayCalendar } from '../../domain/calendar';
import { addMonths, civilFromEpochDay, toIsoDate, type EpochDay } from '../../domain/dates';
import { CASE_MIX, retrialAfterRemand, type CaseFacts, type CourtContext } from './caseMix';
import { draftDeadline, type DraftCase } from './draft';
import { filingDays } from './filings';
import { liveCase } from './lifecycle';
import { closeCase } from './outcomes';
import type { Random } from './random';
import type { CaseRow, EventRow, IdCounters } from './rows';
import type { Staff } from './staff';
import type { Desk } from './staffPlan';

export interface CaseGeneration {
  readonly courtId: number;
  readonly courtCode: string;
  readonly context: CourtContext;
  readonly calendar: HolidayCalendar;
  readonly asOf: EpochDay;
  /** Cases filed in a full year (asOf's previous year); other years follow a 3% yearly growth. */
  readonly yearlyVolume: number;
}

/** The first day of the three years that end on the as-of day. */
function windowStart(asOf: EpochDay): EpochDay {
  return addMonths(asOf, -36, 'civil') + 1;
}

/**
 * Three years of one court's cases up to the as-of day: filed on working days, assigned to a judge of
 * the team that takes that kind of case, lived through to closing (or still open), appealed now and then,
 * and numbered (（年）法院代字类型代字序号号) per year and type in the order they were filed.
 */
export async function generateCases(
  random: Random,
  staff: Staff,
  generation: CaseGeneration,
  ids: IdCounters,
): Promise<{ cases: CaseRow[]; events: EventRow[] }> {
  const { asOf, calendar } = generation;
  const asOfYear = civilFromEpochDay(asOf).year;
  const drafts: DraftCase[] = [];
  const pick = (desk: Desk, except?: number): { judgeId: number; teamId: number } => {
    const judges = staff.judgesByDesk.get(desk) ?? [];
    const candidates =
      judges.length > 1 && except !== undefined ? judges.filter((judge) => judge.judgeId !== except) : judges;
    return random.pick(candidates);
  };
  const remands: { on: EpochDay; facts: CaseFacts; judgeId: number }[] = [];
  const open = (facts: CaseFacts, filedOn: EpochDay, seat: { judgeId: number; teamId: number }): void => {
    const draft: DraftCase = {
      order: drafts.length,
      facts,
      filedOn,
      startsOn: null,
      announcementEndsOn: null,
      closedOn: null,
      closeMethod: null,
      ...seat,
      recovered: null,
      appealed: false,
      appealOutcome: null,
      events: [],
      deadline: null,
    };
    liveCase(draft, random, { calendar, asOf });
    const remand = closeCase(draft, random, asOf);
    if (remand !== null) remands.push({ on: remand, facts, judgeId: seat.judgeId });
    drafts.push(draft);
  };

  const plan = { yearlyVolume: (year: number) => generation.yearlyVolume * 1.03 ** (year - (asOfYear - 1)) };
  let days = 0;
  for (const [day, count] of filingDays(random, calendar, windowStart(asOf), asOf, plan)) {
    // Let the event loop run now and then, so the previous court's rows stream to the store meanwhile.
    if (++days % 8 === 0) await yieldToEventLoop();
    for (let n = 0; n < count; n++) {
      const facts = CASE_MIX.draw(random)(random, generation.context);
      open(facts, day, pick(facts.desk));
    }
  }
  // 发回重审: the first-instance court files the case again; a new bench tries it (民诉法 §41).
  for (let next = remands.shift(); next !== undefined; next = remands.shift()) {
    const facts = retrialAfterRemand(next.facts);
    open(facts, next.on, pick(facts.desk, next.judgeId));
  }
  return numberCases(drafts, generation, ids);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function numberCases(
  drafts: DraftCase[],
  generation: CaseGeneration,
  ids: IdCounters,
): { cases: CaseRow[]; events: EventRow[] } {
  drafts.sort((a, b) => a.filedOn - b.filedOn || a.order - b.order);
  const sequences = new Map<string, number>();
  const cases: CaseRow[] = [];
  const events: EventRow[] = [];
  for (const draft of drafts) {
    const year = civilFromEpochDay(draft.filedOn).year;
    const { typeCode } = draft.facts;
    const sequenceKey = `${year}${typeCode}`;
    const sequence = (sequences.get(sequenceKey) ?? 0) + 1;
    sequences.set(sequenceKey, sequence);
    const caseNumber = `（${year}）${generation.courtCode}${typeCode}${sequence}号`;
    const fields = draft.deadline ?? draftDeadline(draft, draft.events, generation.calendar, generation.asOf);
    const id = ++ids.case;
    cases.push({
      id,
      courtId: generation.courtId,
      caseNumber,
      normalizedNumber: caseNumber,
      year,
      courtCode: generation.courtCode,
      typeCode,
      sequence,
      cause: draft.facts.cause,
      procedure: draft.facts.procedure,
      prosecution: draft.facts.prosecution,
      detained: draft.facts.detained,
      incidentalCivil: draft.facts.incidentalCivil,
      nonLitigation: draft.facts.nonLitigation,
      appealAgainst: null,
      specialKind: draft.facts.specialKind,
      announcementEndsOn: draft.announcementEndsOn === null ? null : toIsoDate(draft.announcementEndsOn),
      startsOn: draft.startsOn === null ? null : toIsoDate(draft.startsOn),
      filedOn: toIsoDate(draft.filedOn),
      closedOn: draft.closedOn === null ? null : toIsoDate(draft.closedOn),
      closeMethod: draft.closeMethod,
      status: draft.closedOn === null ? 'open' : 'closed',
      judgeId: draft.judgeId,
      teamId: draft.teamId,
      amount: draft.facts.amount === null ? null : draft.facts.amount.toFixed(2),
      recoveredAmount: draft.recovered === null ? null : draft.recovered.toFixed(2),
      parties: draft.facts.parties,
      appealed: draft.appealed,
      appealOutcome: draft.appealOutcome,
      ...fields,
    });
    draft.events.sort((a, b) => a.on - b.on);
    draft.events.forEach((event, index) => {
      events.push({
        id: ++ids.event,
        caseId: id,
        kind: event.kind,
        occurredOn: toIsoDate(event.on),
        months: event.months ?? null,
        days: event.days ?? null,
        approvedBy: event.approvedBy ?? null,
        fromDate: event.from === undefined ? null : toIsoDate(event.from),
        toDate: event.to === undefined || event.to === null ? null : toIsoDate(event.to),
        reason: event.reason ?? null,
        procedureFrom: event.procedureFrom ?? null,
        procedureTo: event.procedureTo ?? null,
        outcome: event.outcome ?? null,
        fingerprint: `${event.kind}:${toIsoDate(event.on)}:${index}`,
      });
    });
  }
  return { cases, events };
}

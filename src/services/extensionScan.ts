import type { HolidayCalendar } from '../domain/calendar';
import type { IsoDate } from '../domain/dates';
import {
  computeDeadline,
  DeadlineInputError,
  extensionApplicationOn,
  type DeadlinePolicy,
  type ExtensionApplication,
} from '../domain/deadline';
import { addDays } from '../domain/digests';
import type { CaseStatus } from '../generated/prisma/client';
import { fromDbDateOrNull } from '../store/dbDate';
import {
  caseDeadlineFacts,
  caseEventFacts,
  CaseRecordError,
  deadlineInputFor,
  type CaseDeadlineRow,
  type CaseEventRow,
} from './caseRecords';

/** What the 审限 engine needs besides the case: the holiday calendar and the court's deadline policy. */
export interface EngineContext {
  calendar: HolidayCalendar;
  policy: DeadlinePolicy;
}

/**
 * Only open cases due within this many days are run through the engine for the extension flag:
 * applications fall due weeks, not months, before expiry.
 */
export const EXTENSION_SCAN_DAYS = 60;

export type ScannedCase = CaseDeadlineRow & {
  status: CaseStatus;
  deadline: Date | null;
  events: readonly CaseEventRow[];
};

/**
 * The cases whose next extension application falls due within the notice period (the domain's
 * EXTENSION_NOTICE_DAYS) or whose last day to apply has passed while the 审限 runs, by case id. A case
 * the engine cannot compute is simply not flagged: its problem is reported where its 审限 is written,
 * not in every list that shows it.
 */
export function extensionApplications(
  rows: readonly ScannedCase[],
  asOf: IsoDate,
  context: EngineContext,
): Map<number, ExtensionApplication> {
  const horizon = addDays(asOf, EXTENSION_SCAN_DAYS);
  const dates = new Map<number, ExtensionApplication>();
  for (const row of rows) {
    const deadline = fromDbDateOrNull(row.deadline);
    if (row.status !== 'open' || deadline === null || deadline < asOf || deadline > horizon) continue;
    try {
      // Converted here, after the horizon check: rows the engine never sees need no ISO facts.
      const facts = caseDeadlineFacts(row);
      const outcome = computeDeadline(deadlineInputFor(facts, row.events.map(caseEventFacts), asOf), context.calendar, {
        policy: context.policy,
        explain: false,
      });
      const application = extensionApplicationOn(outcome, asOf);
      if (application !== null) dates.set(row.id, application);
    } catch (error) {
      if (!(error instanceof DeadlineInputError || error instanceof CaseRecordError)) throw error;
    }
  }
  return dates;
}

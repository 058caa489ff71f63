import { formatCitationsEn, formatCitationsZh } from '../../domain/law';
import type { DeadlineOutcome, DeadlineStatus } from '../../domain/deadline';
import { procedureNameZh } from '../../domain/procedures';

/**
 * The JSON `docket deadline` prints (docs/deadlines.md): the fields of the contract first,
 * then what helps someone checking a disputed date — the rule, the start, the warnings.
 */
export function deadlineJson(
  outcome: DeadlineOutcome,
  status: DeadlineStatus | null,
  calendarYears: readonly number[],
): Record<string, unknown> {
  const basis = outcome.basis.map((line) => ({
    rule: line.zh,
    ruleEn: line.en,
    citation: formatCitationsZh(line.citations),
    citationEn: formatCitationsEn(line.citations),
  }));
  const common = {
    ruleId: outcome.ruleId,
    typeCode: outcome.typeCode,
    procedure: outcome.procedure === null ? null : procedureNameZh(outcome.procedure),
    warnings: outcome.warnings.map((warning) => ({ code: warning.code, message: warning.zh, messageEn: warning.en })),
    calendarYears,
  };
  if (outcome.kind === 'none') {
    return {
      deadline: null,
      naturalDeadline: null,
      provisional: false,
      daysLeft: null,
      overdueDays: null,
      extensionWindow: null,
      basis,
      noDeadline: { reason: outcome.reasonZh, reasonEn: outcome.reasonEn },
      ...common,
    };
  }
  return {
    deadline: outcome.deadline,
    naturalDeadline: outcome.naturalDeadline,
    provisional: outcome.provisional,
    daysLeft: status?.daysLeft ?? null,
    overdueDays: status?.overdueDays ?? null,
    extensionWindow:
      outcome.extensionWindow === null
        ? null
        : { applyBy: outcome.extensionWindow.applyBy, decideBy: outcome.extensionWindow.decideBy },
    basis,
    workingDaysLeft: status?.workingDaysLeft ?? null,
    start: outcome.start,
    baseDeadline: outcome.baseDeadline,
    excludedDays: outcome.excludedDays,
    extensionsApplied: outcome.extensionsApplied,
    ...common,
  };
}

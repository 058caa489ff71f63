export {
  deadlineInputFor,
  isSuspended,
  CaseRecordError,
  type CaseDeadlineFacts,
  type CaseEventFacts,
} from './deadlineInput';
export { caseDeadlineFacts, caseEventFacts, type CaseDeadlineRow, type CaseEventRow } from './rowFacts';
export {
  deadlineColumns,
  deadlineFieldsFor,
  type DeadlineFields,
  type DeadlineFieldsResult,
  type DeadlineProblem,
  type DeadlineFieldsOptions,
} from './deadlineFields';
export { recomputeDeadlines, recomputeDeadlinesIn, type RecomputeOptions, type RecomputeReport } from './recompute';
export { loadCalendar, loadCalendarIn } from './calendar';
export { metricCaseFor, METRIC_CASE_SELECT, type CaseMetricFacts } from './metricRecord';

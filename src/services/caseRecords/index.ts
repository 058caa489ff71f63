export { deadlineInputFor, CaseRecordError, type CaseDeadlineFacts, type CaseEventFacts } from './deadlineInput';
export { caseDeadlineFacts, caseEventFacts, type CaseDeadlineRow, type CaseEventRow } from './rowFacts';
export { deadlineColumns, deadlineFieldsFor, type DeadlineFields } from './deadlineFields';
export { recomputeDeadlines, recomputeDeadlinesIn } from './recompute';
export { loadCalendar, loadCalendarIn } from './calendar';
export { metricCaseFor, METRIC_CASE_SELECT } from './metricRecord';

import { cite } from '../../law';
import type { StartEvent } from '../timeLimitRule';

/** The day of the start event is not counted; counting starts the next day (次日起算). */
export const CIVIL_FILING: StartEvent = {
  zh: '立案之日',
  en: 'the filing date',
  citations: [
    cite('civilProcedureLaw', 85, 2),
    cite('civilProcedureInterpretation', 125),
    cite('trialPeriodProvisions2000', 8),
  ],
};

export const CRIMINAL_ACCEPTANCE: StartEvent = {
  zh: '受理之日(立案日)',
  en: 'the day the case was accepted (filing date)',
  citations: [cite('criminalProcedureLaw', 105, 2), cite('trialPeriodProvisions2000', 8)],
};

export const ADMINISTRATIVE_FILING: StartEvent = {
  zh: '立案之日',
  en: 'the filing date',
  citations: [
    cite('administrativeProcedureInterpretation', 48),
    cite('administrativeProcedureInterpretation', 50),
    cite('trialPeriodProvisions2000', 8),
  ],
};

export const ANNOUNCEMENT_END: StartEvent = {
  zh: '公告期满之日',
  en: 'the day the public announcement period ends',
  citations: [cite('civilProcedureLaw', 187), cite('civilProcedureLaw', 85, 2)],
};

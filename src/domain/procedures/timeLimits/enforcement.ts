import { days, months } from '../../dates';
import { cite } from '../../law';
import type { TimeLimitRule, ExtensionStep } from '../timeLimitRule';
import { CIVIL_FILING } from './startEvents';

const ENFORCEMENT_EXTENSIONS: readonly ExtensionStep[] = [
  {
    approver: 'president',
    length: months(3),
    lengthFromProvisions2000: true,
    citations: [cite('trialPeriodProvisions2000', 5), cite('enforcementWorkProvisions', 63)],
  },
  // Further extensions are filed with (备案), not approved by, the high court; no length is set.
  { approver: 'high_court', length: null, citations: [cite('trialPeriodProvisions2000', 5)], repeatable: true },
];

export const ENFORCEMENT: TimeLimitRule = {
  id: 'enforcement.first',
  category: 'enforcement',
  titleZh: '执行实施案件',
  titleEn: 'enforcement case',
  base: months(6),
  baseCitations: [cite('enforcementWorkProvisions', 63), cite('trialPeriodProvisions2000', 5)],
  start: CIVIL_FILING,
  extensions: ENFORCEMENT_EXTENSIONS,
  cap: null,
  extensionWindow: null,
};

export const ENFORCEMENT_RESUMED: TimeLimitRule = {
  ...ENFORCEMENT,
  id: 'enforcement.resumed',
  titleZh: '恢复执行案件(按首次执行期限)',
  titleEn: 'resumed enforcement (limits of first enforcement)',
};

export const ENFORCEMENT_NONLITIGATION: TimeLimitRule = {
  ...ENFORCEMENT,
  id: 'enforcement.nonlitigation',
  titleZh: '非诉执行案件',
  titleEn: 'non-litigation enforcement case',
  base: months(3),
  baseCitations: [cite('trialPeriodProvisions2000', 5)],
};

export const ENFORCEMENT_OBJECTION: TimeLimitRule = {
  id: 'enforcement.objection',
  category: 'enforcement',
  titleZh: '执行异议审查',
  titleEn: 'enforcement objection',
  base: days(15),
  baseCitations: [
    cite('civilProcedureLaw', 236),
    cite('civilProcedureLaw', 238),
    cite('enforcementObjectionProvisions', 2),
  ],
  start: CIVIL_FILING,
  startsOnMeaning: {
    zh: '收到书面异议之日',
    en: 'the day the written objection was received',
    citations: [cite('civilProcedureLaw', 236), cite('enforcementProcedureInterpretation', 5)],
  },
  extensions: [],
  cap: null,
  extensionWindow: null,
  notesZh: ['法定起算点为收到书面异议之日；未提供时按立案日计算(立案须在收到异议后3日内)'],
  notesEn: [
    'the law counts from receipt of the written objection; without it the filing date is used (filed within 3 days of receipt)',
  ],
};

export const ENFORCEMENT_REVIEW: TimeLimitRule = {
  id: 'enforcement.review',
  category: 'enforcement',
  titleZh: '执行复议审查',
  titleEn: 'enforcement review',
  base: days(30),
  baseCitations: [cite('enforcementProcedureInterpretation', 8)],
  start: CIVIL_FILING,
  startsOnMeaning: {
    zh: '收到复议申请之日',
    en: 'the day the review application was received',
    citations: [cite('enforcementProcedureInterpretation', 8)],
  },
  extensions: [{ approver: 'president', length: days(30), citations: [cite('enforcementProcedureInterpretation', 8)] }],
  cap: { period: days(60), citations: [cite('enforcementProcedureInterpretation', 8)] },
  extensionWindow: null,
};

export const ENFORCEMENT_PRESERVATION: TimeLimitRule = {
  id: 'enforcement.preservation',
  category: 'enforcement',
  titleZh: '财产保全执行',
  titleEn: 'execution of a preservation order',
  base: null,
  baseCitations: [cite('civilProcedureLaw', 103), cite('civilProcedureLaw', 104)],
  noDeadlineZh: '保全裁定应当立即开始执行，没有审限',
  noDeadlineEn: 'a preservation order is executed immediately; there is no time limit',
  start: CIVIL_FILING,
  extensions: [],
  cap: null,
  extensionWindow: null,
};

import { days, months } from '../../dates';
import { cite } from '../../law';
import type { TimeLimitRule } from '../timeLimitRule';
import { ADMINISTRATIVE_FILING } from './startEvents';

export const ADMINISTRATIVE_ORDINARY: TimeLimitRule = {
  id: 'administrative.first.ordinary',
  category: 'administrative',
  titleZh: '行政一审普通程序',
  titleEn: 'administrative first instance, ordinary procedure',
  base: months(6),
  baseCitations: [cite('administrativeProcedureLaw', 81)],
  start: ADMINISTRATIVE_FILING,
  // A basic court reports directly to the high court and files a copy with the intermediate court; the
  // law gives no length, so the approved length must be entered.
  extensions: [
    {
      approver: 'high_court',
      length: null,
      citations: [cite('administrativeProcedureLaw', 81), cite('administrativeProcedureInterpretation', 50, 3)],
    },
  ],
  cap: null,
  extensionWindow: null,
};

export const ADMINISTRATIVE_SIMPLE: TimeLimitRule = {
  id: 'administrative.first.simple',
  category: 'administrative',
  titleZh: '行政一审简易程序',
  titleEn: 'administrative first instance, simple procedure',
  base: days(45),
  baseCitations: [cite('administrativeProcedureLaw', 83)],
  start: ADMINISTRATIVE_FILING,
  extensions: [],
  cap: null,
  extensionWindow: null,
  notesZh: ['简易程序不能延长审限；不能审结的应转为普通程序(行政诉讼法第84条)'],
  notesEn: ['the simple procedure cannot be extended; convert to the ordinary procedure instead (art. 84)'],
};

export const ADMINISTRATIVE_APPEAL: TimeLimitRule = {
  id: 'administrative.appeal',
  category: 'administrative',
  titleZh: '行政二审',
  titleEn: 'administrative appeal',
  base: months(3),
  baseCitations: [cite('administrativeProcedureLaw', 88)],
  start: ADMINISTRATIVE_FILING,
  startsOnMeaning: {
    zh: '收到上诉状之日',
    en: 'the day the appeal petition was received',
    citations: [cite('administrativeProcedureLaw', 88)],
  },
  extensions: [{ approver: 'high_court', length: null, citations: [cite('administrativeProcedureLaw', 88)] }],
  cap: null,
  extensionWindow: null,
};

export const ADMINISTRATIVE_RETRIAL_FIRST_INSTANCE: TimeLimitRule = {
  ...ADMINISTRATIVE_ORDINARY,
  id: 'administrative.retrial.first_instance',
  titleZh: '行政再审(按第一审程序)',
  titleEn: 'administrative retrial under first-instance procedure',
  baseCitations: [cite('administrativeProcedureLaw', 81), cite('administrativeProcedureInterpretation', 50, 2)],
};

export const ADMINISTRATIVE_RETRIAL_SECOND_INSTANCE: TimeLimitRule = {
  ...ADMINISTRATIVE_APPEAL,
  id: 'administrative.retrial.second_instance',
  titleZh: '行政再审(按第二审程序)',
  titleEn: 'administrative retrial under second-instance procedure',
  baseCitations: [cite('administrativeProcedureLaw', 88), cite('administrativeProcedureInterpretation', 50, 2)],
  startsOnMeaning: undefined,
};

export const ADMINISTRATIVE_NONLITIGATION_REVIEW: TimeLimitRule = {
  id: 'administrative.nonlitigation_review',
  category: 'administrative',
  titleZh: '非诉行政执行审查(书面审查)',
  titleEn: 'review of a non-litigation administrative enforcement application',
  base: days(7),
  baseCitations: [cite('administrativeProcedureInterpretation', 160)],
  start: {
    zh: '受理之日',
    en: 'the day the application was accepted',
    citations: [cite('administrativeProcedureInterpretation', 48)],
  },
  extensions: [],
  cap: null,
  extensionWindow: null,
};

export const ADMINISTRATIVE_NONLITIGATION_HEARING: TimeLimitRule = {
  ...ADMINISTRATIVE_NONLITIGATION_REVIEW,
  id: 'administrative.nonlitigation_review.hearing',
  titleZh: '非诉行政执行审查(听取被执行人和行政机关意见)',
  titleEn: 'non-litigation enforcement review hearing the parties',
  base: days(30),
};

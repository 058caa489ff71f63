import { days, months } from '../../dates';
import { cite } from '../../law';
import type { TimeLimitRule, ExtensionStep } from '../timeLimitRule';
import { CRIMINAL_ACCEPTANCE } from './startEvents';

const DEATH_OR_CIVIL_CONDITION = {
  conditionZh: '可能判处死刑、附带民事诉讼，或有刑事诉讼法第158条规定情形之一',
  conditionEn: 'possible death sentence, incidental civil action, or a situation under art. 158',
};

/** 刑诉法解释 §210 para 3: further extensions of one to three months each, asked for again if needed. */
const SUPREME_COURT_STEP: ExtensionStep = {
  approver: 'supreme_court',
  length: null,
  citations: [cite('criminalProcedureLaw', 208, 1), cite('criminalProcedureInterpretation', 210, 3)],
  repeatable: true,
};

export const CRIMINAL_ORDINARY: TimeLimitRule = {
  id: 'criminal.first.ordinary',
  category: 'criminal',
  titleZh: '刑事一审普通程序(公诉或被告人被羁押的自诉)',
  titleEn: 'criminal first instance, ordinary procedure (public, or private with the defendant detained)',
  base: months(2),
  baseCitations: [cite('criminalProcedureLaw', 208, 1), cite('criminalProcedureLaw', 212, 2)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [
    // "应当在受理后二个月以内宣判，至迟不超过三个月": the third month needs no higher court; courts
    // have the president approve it (approver is practice, domain.md §1.2).
    { approver: 'president', length: months(1), citations: [cite('criminalProcedureLaw', 208, 1)] },
    {
      approver: 'higher_court',
      length: months(3),
      citations: [cite('criminalProcedureLaw', 208, 1), cite('criminalProcedureInterpretation', 210, 1)],
      ...DEATH_OR_CIVIL_CONDITION,
    },
    SUPREME_COURT_STEP,
  ],
  cap: null,
  extensionWindow: 'criminal',
};

export const CRIMINAL_PRIVATE_NOT_DETAINED: TimeLimitRule = {
  id: 'criminal.first.private_not_detained',
  category: 'criminal',
  titleZh: '刑事自诉案件(被告人未被羁押)',
  titleEn: 'criminal private prosecution, defendant not detained',
  base: months(6),
  baseCitations: [cite('criminalProcedureLaw', 212, 2)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [
    {
      approver: 'president',
      length: months(3),
      lengthFromProvisions2000: true,
      citations: [cite('trialPeriodProvisions2000', 1, 2)],
    },
  ],
  cap: null,
  extensionWindow: 'criminal',
};

export const CRIMINAL_SIMPLE: TimeLimitRule = {
  id: 'criminal.first.simple',
  category: 'criminal',
  titleZh: '刑事一审简易程序',
  titleEn: 'criminal first instance, simple procedure',
  base: days(20),
  baseCitations: [cite('criminalProcedureLaw', 220)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [
    {
      approver: 'unnamed',
      length: null,
      citations: [cite('criminalProcedureLaw', 220)],
      conditionZh: '可能判处的有期徒刑超过三年',
      conditionEn: 'a possible prison sentence of more than three years',
    },
  ],
  cap: {
    period: { months: 1, days: 15 },
    citations: [cite('criminalProcedureLaw', 220), cite('criminalProcedureInterpretation', 202)],
  },
  extensionWindow: null,
};

export const CRIMINAL_EXPEDITED: TimeLimitRule = {
  id: 'criminal.first.expedited',
  category: 'criminal',
  titleZh: '刑事一审速裁程序',
  titleEn: 'criminal first instance, expedited procedure',
  base: days(10),
  baseCitations: [cite('criminalProcedureLaw', 225)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [
    {
      approver: 'unnamed',
      length: null,
      citations: [cite('criminalProcedureLaw', 225)],
      conditionZh: '可能判处的有期徒刑超过一年',
      conditionEn: 'a possible prison sentence of more than one year',
    },
  ],
  cap: { period: days(15), citations: [cite('criminalProcedureLaw', 225)] },
  extensionWindow: null,
};

export const CRIMINAL_APPEAL: TimeLimitRule = {
  id: 'criminal.appeal',
  category: 'criminal',
  titleZh: '刑事二审',
  titleEn: 'criminal appeal',
  base: months(2),
  baseCitations: [cite('criminalProcedureLaw', 243)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [
    {
      approver: 'high_court',
      length: months(2),
      citations: [cite('criminalProcedureLaw', 243)],
      ...DEATH_OR_CIVIL_CONDITION,
    },
    { ...SUPREME_COURT_STEP, citations: [cite('criminalProcedureLaw', 243)] },
  ],
  cap: null,
  extensionWindow: 'criminal',
};

export const CRIMINAL_RETRIAL: TimeLimitRule = {
  id: 'criminal.retrial',
  category: 'criminal',
  titleZh: '刑事再审',
  titleEn: 'criminal retrial',
  base: months(3),
  baseCitations: [cite('criminalProcedureLaw', 258)],
  start: {
    zh: '作出提审、再审决定之日',
    en: 'the day the retrial was decided',
    citations: [cite('criminalProcedureLaw', 258), cite('criminalProcedureLaw', 105, 2)],
  },
  extensions: [
    {
      approver: 'president',
      length: months(3),
      lengthFromProvisions2000: true,
      citations: [cite('criminalProcedureLaw', 258), cite('trialPeriodProvisions2000', 4)],
    },
  ],
  cap: { period: months(6), citations: [cite('criminalProcedureLaw', 258)] },
  extensionWindow: 'criminal',
};

export const CRIMINAL_PETITION_REVIEW: TimeLimitRule = {
  id: 'criminal.petition_review',
  category: 'criminal',
  titleZh: '刑事申诉审查',
  titleEn: 'review of a criminal petition',
  base: months(3),
  baseCitations: [cite('criminalProcedureInterpretation', 457)],
  start: CRIMINAL_ACCEPTANCE,
  extensions: [{ approver: 'president', length: null, citations: [cite('criminalProcedureInterpretation', 457)] }],
  cap: { period: months(6), citations: [cite('criminalProcedureInterpretation', 457)] },
  extensionWindow: 'criminal',
};

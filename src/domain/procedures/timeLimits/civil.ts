import { days, months } from '../../dates';
import { cite } from '../../law';
import type { TimeLimitRule, ExtensionStep } from '../timeLimitRule';
import { ANNOUNCEMENT_END, CIVIL_FILING } from './startEvents';

/** 审限规定(2000) §2: the further extension by the higher court; the statute gives no length (domain.md U6). */
const HIGHER_COURT_THREE_MONTHS: ExtensionStep = {
  approver: 'higher_court',
  length: months(3),
  lengthFromProvisions2000: true,
  citations: [cite('civilProcedureLaw', 152), cite('trialPeriodProvisions2000', 2)],
};

export const CIVIL_ORDINARY: TimeLimitRule = {
  id: 'civil.first.ordinary',
  category: 'civil',
  titleZh: '民事一审普通程序',
  titleEn: 'civil first instance, ordinary procedure',
  base: months(6),
  baseCitations: [cite('civilProcedureLaw', 152)],
  start: CIVIL_FILING,
  extensions: [
    { approver: 'president', length: months(6), citations: [cite('civilProcedureLaw', 152)] },
    HIGHER_COURT_THREE_MONTHS,
  ],
  cap: null,
  extensionWindow: 'civil',
};

export const CIVIL_SIMPLE: TimeLimitRule = {
  id: 'civil.first.simple',
  category: 'civil',
  titleZh: '民事一审简易程序',
  titleEn: 'civil first instance, simple procedure',
  base: months(3),
  baseCitations: [cite('civilProcedureLaw', 164)],
  start: CIVIL_FILING,
  extensions: [{ approver: 'president', length: months(1), citations: [cite('civilProcedureLaw', 164)] }],
  cap: { period: months(4), citations: [cite('civilProcedureInterpretation', 258, 1)] },
  extensionWindow: 'civil',
};

export const CIVIL_SMALL_CLAIMS: TimeLimitRule = {
  id: 'civil.first.small_claims',
  category: 'civil',
  titleZh: '民事一审小额诉讼程序',
  titleEn: 'civil first instance, small-claims procedure',
  base: months(2),
  baseCitations: [cite('civilProcedureLaw', 168)],
  start: CIVIL_FILING,
  extensions: [{ approver: 'president', length: months(1), citations: [cite('civilProcedureLaw', 168)] }],
  cap: { period: months(3), citations: [cite('civilProcedureLaw', 168)] },
  extensionWindow: 'civil',
};

export const CIVIL_THIRD_PARTY_REVOCATION: TimeLimitRule = {
  ...CIVIL_ORDINARY,
  id: 'civil.third_party_revocation',
  titleZh: '第三人撤销之诉(适用普通程序)',
  titleEn: 'third-party revocation suit (ordinary procedure)',
  baseCitations: [
    cite('civilProcedureLaw', 152),
    cite('civilProcedureInterpretation', 257),
    cite('civilProcedureInterpretation', 292),
  ],
};

const SECOND_INSTANCE_START = {
  zh: '第二审立案之日',
  en: 'the day the appeal was filed',
  citations: CIVIL_FILING.citations,
};

export const CIVIL_APPEAL_JUDGMENT: TimeLimitRule = {
  id: 'civil.appeal.judgment',
  category: 'civil',
  titleZh: '民事二审(对判决的上诉)',
  titleEn: 'civil appeal against a judgment',
  base: months(3),
  baseCitations: [cite('civilProcedureLaw', 183, 1)],
  start: SECOND_INSTANCE_START,
  extensions: [
    {
      approver: 'president',
      length: months(3),
      lengthFromProvisions2000: true,
      citations: [cite('civilProcedureLaw', 183, 1), cite('trialPeriodProvisions2000', 2)],
    },
  ],
  cap: null,
  extensionWindow: 'civil',
};

export const CIVIL_APPEAL_RULING: TimeLimitRule = {
  id: 'civil.appeal.ruling',
  category: 'civil',
  titleZh: '民事二审(对裁定的上诉)',
  titleEn: 'civil appeal against a ruling',
  base: days(30),
  baseCitations: [cite('civilProcedureLaw', 183, 2)],
  start: SECOND_INSTANCE_START,
  extensions: [{ approver: 'president', length: null, citations: [cite('civilProcedureInterpretation', 339)] }],
  cap: null,
  extensionWindow: 'civil',
};

const RETRIAL_START = {
  zh: '再审立案之日',
  en: 'the day the retrial was filed',
  citations: [cite('civilProcedureInterpretation', 128), ...CIVIL_FILING.citations],
};

export const CIVIL_RETRIAL_FIRST_INSTANCE: TimeLimitRule = {
  ...CIVIL_ORDINARY,
  id: 'civil.retrial.first_instance',
  titleZh: '民事再审(按第一审普通程序)',
  titleEn: 'civil retrial under first-instance procedure',
  baseCitations: [
    cite('civilProcedureInterpretation', 128),
    cite('civilProcedureLaw', 152),
    cite('civilProcedureInterpretation', 257),
  ],
  start: RETRIAL_START,
};

export const CIVIL_RETRIAL_APPEAL_JUDGMENT: TimeLimitRule = {
  ...CIVIL_APPEAL_JUDGMENT,
  id: 'civil.retrial.second_instance.judgment',
  titleZh: '民事再审(按第二审程序，原审为判决)',
  titleEn: 'civil retrial under second-instance procedure (judgment)',
  baseCitations: [cite('civilProcedureInterpretation', 128), cite('civilProcedureLaw', 183, 1)],
  start: RETRIAL_START,
};

export const CIVIL_RETRIAL_APPEAL_RULING: TimeLimitRule = {
  ...CIVIL_APPEAL_RULING,
  id: 'civil.retrial.second_instance.ruling',
  titleZh: '民事再审(按第二审程序，原审为裁定)',
  titleEn: 'civil retrial under second-instance procedure (ruling)',
  baseCitations: [cite('civilProcedureInterpretation', 128), cite('civilProcedureLaw', 183, 2)],
  start: RETRIAL_START,
};

export const CIVIL_RETRIAL_REVIEW: TimeLimitRule = {
  id: 'civil.retrial_review',
  category: 'civil',
  titleZh: '民事申请再审审查',
  titleEn: 'review of a civil retrial application',
  base: months(3),
  baseCitations: [cite('civilProcedureLaw', 215)],
  start: {
    zh: '收到再审申请书之日',
    en: 'the day the retrial application was received',
    citations: [cite('civilProcedureInterpretation', 129)],
  },
  extensions: [{ approver: 'president', length: null, citations: [cite('civilProcedureLaw', 215)] }],
  cap: null,
  extensionWindow: 'civil',
  notesZh: ['公告期间、当事人和解期间不计入审查期限(民诉法解释第129条)'],
  notesEn: ['announcement and settlement periods are not counted (SPC Interpretation art. 129)'],
};

export const CIVIL_SPECIAL: TimeLimitRule = {
  id: 'civil.special',
  category: 'civil',
  titleZh: '民事特别程序',
  titleEn: 'civil special procedure',
  base: days(30),
  baseCitations: [cite('civilProcedureLaw', 187)],
  start: CIVIL_FILING,
  extensions: [
    {
      approver: 'president',
      length: days(30),
      lengthFromProvisions2000: true,
      citations: [cite('civilProcedureLaw', 187), cite('trialPeriodProvisions2000', 2)],
    },
  ],
  cap: null,
  extensionWindow: 'civil',
};

/**
 * 确认调解协议 (司法确认): the judicial interpretation's 15 days (+10 by the 院长) displace 民诉法 §187's
 * 30 days for special-procedure cases, as the specific rule. The 15-days-before-expiry application
 * window of 延长审限规定 §1 would fall on the day of acceptance itself, so none is shown.
 */
export const CIVIL_MEDIATION_CONFIRMATION: TimeLimitRule = {
  id: 'civil.special.mediation_confirmation',
  category: 'civil',
  titleZh: '确认调解协议(司法确认)',
  titleEn: 'judicial confirmation of a mediation agreement',
  base: days(15),
  baseCitations: [cite('mediationConfirmationProvisions', 5), cite('civilProcedureLaw', 187)],
  start: { zh: '受理之日', en: 'the day the application was accepted', citations: CIVIL_FILING.citations },
  extensions: [{ approver: 'president', length: days(10), citations: [cite('mediationConfirmationProvisions', 5)] }],
  cap: { period: days(25), citations: [cite('mediationConfirmationProvisions', 5)] },
  extensionWindow: null,
  notesZh: [
    '民事诉讼法第187条规定特别程序审限为三十日；司法确认案件适用司法确认规定第五条的特别规定：十五日，经院长批准可延长十日',
  ],
  notesEn: [
    'the Civil Procedure Law gives special-procedure cases 30 days (art. 187); confirming a mediation agreement follows the specific rule: 15 days, extendable by 10 with the president’s approval',
  ],
};

/** 宣告失踪 / 宣告死亡 / 认定财产无主: 30 days from the end of the statutory 公告. */
export const CIVIL_SPECIAL_AFTER_ANNOUNCEMENT: TimeLimitRule = {
  ...CIVIL_SPECIAL,
  id: 'civil.special.after_announcement',
  titleZh: '民事特别程序(公告期满后审结)',
  titleEn: 'civil special procedure (decided after the announcement period)',
  baseCitations: [cite('civilProcedureLaw', 187), cite('civilProcedureLaw', 192), cite('civilProcedureLaw', 203)],
  start: ANNOUNCEMENT_END,
};

export const CIVIL_VOTER_ELIGIBILITY: TimeLimitRule = {
  ...CIVIL_SPECIAL,
  id: 'civil.special.voter_eligibility',
  titleZh: '选民资格案件',
  titleEn: 'voter-eligibility case',
  base: null,
  baseCitations: [cite('civilProcedureLaw', 187), cite('civilProcedureLaw', 189)],
  noDeadlineZh: '选民资格案件必须在选举日前审结，没有按日计算的审限',
  noDeadlineEn: 'must be decided before election day; there is no period in days',
  extensions: [],
  extensionWindow: null,
};

export const CIVIL_PAYMENT_ORDER: TimeLimitRule = {
  id: 'civil.payment_order',
  category: 'civil',
  titleZh: '督促程序(发出支付令)',
  titleEn: 'payment-order procedure (issuing the order)',
  base: days(15),
  baseCitations: [cite('civilProcedureLaw', 227)],
  start: { zh: '受理之日', en: 'the day the application was accepted', citations: [cite('civilProcedureLaw', 85, 2)] },
  extensions: [],
  cap: null,
  extensionWindow: null,
};

export const CIVIL_PUBLIC_NOTICE: TimeLimitRule = {
  id: 'civil.public_notice',
  category: 'civil',
  titleZh: '公示催告程序',
  titleEn: 'public-notice procedure',
  base: null,
  baseCitations: [
    cite('civilProcedureLaw', 230),
    cite('civilProcedureInterpretation', 447),
    cite('civilProcedureInterpretation', 450),
  ],
  noDeadlineZh: '公示催告程序没有总审限：受理后3日内发出公告，公示催告期不少于60日',
  noDeadlineEn: 'no overall limit: the announcement issues within 3 days and runs at least 60 days',
  start: CIVIL_FILING,
  extensions: [],
  cap: null,
  extensionWindow: null,
};

export const PRESERVATION_REVIEW: TimeLimitRule = {
  id: 'civil.preservation',
  category: 'civil',
  titleZh: '保全申请审查(四十八小时内作出裁定)',
  titleEn: 'preservation application (ruling within 48 hours)',
  base: days(2),
  baseCitations: [cite('civilProcedureLaw', 103), cite('civilProcedureLaw', 104)],
  start: {
    zh: '接受申请之日',
    en: 'the day the application was received',
    citations: [cite('civilProcedureLaw', 85, 2)],
  },
  extensions: [],
  cap: null,
  extensionWindow: null,
  noRollover: true,
  notesZh: ['以小时计算：精确期限为接受申请时刻起48小时，此处按日期显示(诉中保全仅情况紧急时适用48小时)'],
  notesEn: [
    'counted in hours: exactly 48 hours from receipt; shown here as a date (in-suit preservation only when urgent)',
  ],
};

/**
 * The laws and interpretations Docket cites, and one way of writing a citation, so every place that
 * shows a rule to a judge ("why this date?") cites it identically. Versions follow ../docs/deadlines.md;
 * what is known about each source's standing (second-hand copies, provisions of uncertain force) is
 * said there, not in the citation a judge reads.
 */

export type LawKey =
  | 'civilProcedureLaw'
  | 'civilProcedureInterpretation'
  | 'civilCode'
  | 'criminalProcedureLaw'
  | 'criminalProcedureInterpretation'
  | 'administrativeProcedureLaw'
  | 'administrativeProcedureInterpretation'
  | 'trialPeriodProvisions2000'
  | 'extensionProvisions2019'
  | 'enforcementWorkProvisions'
  | 'enforcementProcedureInterpretation'
  | 'enforcementObjectionProvisions'
  | 'enforcementPeriodProvisions2006'
  | 'spcPeriodNotice2014'
  | 'holidayMeasures'
  | 'mediationConfirmationProvisions';

export interface LawInfo {
  /** Short name as courts write it, with the version in brackets: 民事诉讼法(2023). */
  readonly shortZh: string;
  readonly titleZh: string;
  readonly shortEn: string;
}

export const LAWS: Readonly<Record<LawKey, LawInfo>> = {
  civilProcedureLaw: {
    shortZh: '民事诉讼法(2023)',
    titleZh: '中华人民共和国民事诉讼法(2023年第五次修正)',
    shortEn: 'Civil Procedure Law (2023)',
  },
  civilProcedureInterpretation: {
    shortZh: '民诉法解释(2022)',
    titleZh: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释(法释〔2022〕11号)',
    shortEn: 'SPC Interpretation of the Civil Procedure Law (2022)',
  },
  civilCode: { shortZh: '民法典', titleZh: '中华人民共和国民法典', shortEn: 'Civil Code' },
  criminalProcedureLaw: {
    shortZh: '刑事诉讼法(2018)',
    titleZh: '中华人民共和国刑事诉讼法(2018年修正)',
    shortEn: 'Criminal Procedure Law (2018)',
  },
  criminalProcedureInterpretation: {
    shortZh: '刑诉法解释(2021)',
    titleZh: '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释(法释〔2021〕1号)',
    shortEn: 'SPC Interpretation of the Criminal Procedure Law (2021)',
  },
  administrativeProcedureLaw: {
    shortZh: '行政诉讼法(2017)',
    titleZh: '中华人民共和国行政诉讼法(2017年修正)',
    shortEn: 'Administrative Procedure Law (2017)',
  },
  administrativeProcedureInterpretation: {
    shortZh: '行诉法解释(2018)',
    titleZh: '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释(法释〔2018〕1号)',
    shortEn: 'SPC Interpretation of the Administrative Procedure Law (2018)',
  },
  trialPeriodProvisions2000: {
    shortZh: '审限规定(2000)',
    titleZh: '最高人民法院关于严格执行案件审理期限制度的若干规定(法释〔2000〕29号)',
    shortEn: 'SPC Provisions on Trial Time Limits (2000)',
  },
  extensionProvisions2019: {
    shortZh: '延长审限规定(2019)',
    titleZh: '最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定(2018年通过、2019年修正)',
    shortEn: 'SPC Provisions on Extending Trial Limits in Civil Cases (2019)',
  },
  enforcementWorkProvisions: {
    shortZh: '执行工作规定(2020)',
    titleZh: '最高人民法院关于人民法院执行工作若干问题的规定(试行)(2020年修正)',
    shortEn: 'SPC Provisions on Enforcement Work (2020)',
  },
  enforcementProcedureInterpretation: {
    shortZh: '执行程序解释(2020)',
    titleZh: '最高人民法院关于适用《中华人民共和国民事诉讼法》执行程序若干问题的解释(2020年修正)',
    shortEn: 'SPC Interpretation on Enforcement Procedure (2020)',
  },
  enforcementObjectionProvisions: {
    shortZh: '执行异议复议规定(2020)',
    titleZh: '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定(2020年修正)',
    shortEn: 'SPC Provisions on Enforcement Objections and Reviews (2020)',
  },
  enforcementPeriodProvisions2006: {
    shortZh: '执行期限规定(2006)',
    titleZh: '最高人民法院关于人民法院办理执行案件若干期限的规定(2006)',
    shortEn: 'SPC Provisions on Enforcement Time Limits (2006)',
  },
  spcPeriodNotice2014: {
    shortZh: '最高法司法文件(2014-12-12)',
    titleZh: '最高人民法院关于审理期限计算的司法文件(2014-12-12)',
    shortEn: 'SPC judicial document on counting periods (2014-12-12)',
  },
  holidayMeasures: {
    shortZh: '全国年节及纪念日放假办法(2024)',
    titleZh: '全国年节及纪念日放假办法(2024年11月10日修订)',
    shortEn: 'Measures on National Holidays (2024)',
  },
  mediationConfirmationProvisions: {
    shortZh: '司法确认规定(2011)',
    titleZh: '最高人民法院关于人民调解协议司法确认程序的若干规定(法释〔2011〕5号)',
    shortEn: 'SPC Provisions on Judicial Confirmation of Mediation Agreements (2011)',
  },
};

export interface Citation {
  readonly law: LawKey;
  /** Absent for documents cited as a whole (the 2014 SPC notice has no article numbers in our copy). */
  readonly article?: number;
  readonly paragraph?: number;
  readonly item?: number;
}

export function cite(law: LawKey, article?: number, paragraph?: number, item?: number): Citation {
  return {
    law,
    ...(article === undefined ? {} : { article }),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  };
}

/** `民事诉讼法(2023) 第152条第2款第6项` */
export function formatCitationZh(citation: Citation): string {
  const law = LAWS[citation.law];
  const paragraph = citation.paragraph === undefined ? '' : `第${citation.paragraph}款`;
  const item = citation.item === undefined ? '' : `第${citation.item}项`;
  const article = citation.article === undefined ? '' : ` 第${citation.article}条`;
  return `${law.shortZh}${article}${paragraph}${item}`;
}

/** `Civil Procedure Law (2023) art. 152(2), item 6` */
export function formatCitationEn(citation: Citation): string {
  const law = LAWS[citation.law];
  const paragraph = citation.paragraph === undefined ? '' : `(${citation.paragraph})`;
  const item = citation.item === undefined ? '' : `, item ${citation.item}`;
  const article = citation.article === undefined ? '' : ` art. ${citation.article}`;
  return `${law.shortEn}${article}${paragraph}${item}`;
}

export function formatCitationsZh(citations: readonly Citation[]): string {
  return citations.map(formatCitationZh).join('；');
}

export function formatCitationsEn(citations: readonly Citation[]): string {
  return citations.map(formatCitationEn).join('; ');
}

import type { FieldSpec } from '../columns';
import { text } from '../../i18n/localized';

export type CaseField =
  | 'caseNumber'
  | 'cause'
  | 'judge'
  | 'judgeStaffNo'
  | 'team'
  | 'filedOn'
  | 'closedOn'
  | 'procedure'
  | 'closeMethod'
  | 'trialDays'
  | 'amount'
  | 'recoveredAmount'
  | 'parties'
  | 'detained'
  | 'prosecution'
  | 'incidentalCivil'
  | 'nonLitigation'
  | 'appealAgainst'
  | 'specialKind'
  | 'announcementEndsOn'
  | 'appealed'
  | 'appealOutcome';

/** The case columns of a case-management export and the header spellings seen in exports. */
export const CASE_FIELDS: readonly FieldSpec<CaseField>[] = [
  {
    key: 'caseNumber',
    label: text('案号', 'case number'),
    headers: ['案号', '案件编号', '案件号', '案件字号'],
    required: true,
  },
  {
    key: 'cause',
    label: text('案由', 'cause'),
    headers: ['案由', '立案案由', '案由名称', '结案案由'],
    required: true,
    // The longest 案由 of 民事案件案由规定 has some 30 characters; several joined by 、 fit.
    maxLength: 200,
  },
  {
    key: 'judge',
    label: text('承办人', 'judge'),
    headers: ['承办人', '承办法官', '主审法官', '审判长', '承办审判员', '经办人', '执行法官'],
  },
  {
    key: 'judgeStaffNo',
    label: text('承办人工号', "judge's staff number"),
    headers: ['承办人工号', '承办法官工号', '法官工号', '工号'],
  },
  { key: 'team', label: text('审判团队', 'team'), headers: ['审判团队', '承办团队', '团队', '所属团队'] },
  {
    key: 'filedOn',
    label: text('立案日期', 'filing date'),
    headers: ['立案日期', '收案日期', '立案时间', '收案时间', '受理日期'],
    required: true,
  },
  {
    key: 'closedOn',
    label: text('结案日期', 'closing date'),
    headers: ['结案日期', '结案时间', '审结日期', '执结日期'],
  },
  {
    key: 'procedure',
    label: text('适用程序', 'procedure'),
    headers: ['适用程序', '审判程序', '程序', '审理程序', '适用程序名称'],
    required: true,
  },
  {
    key: 'closeMethod',
    label: text('结案方式', 'close method'),
    headers: ['结案方式', '结案方式名称', '审结方式', '执结方式'],
  },
  {
    key: 'trialDays',
    label: text('审理天数', 'days in trial'),
    headers: ['审理天数', '审理期限天数', '审理用时', '办案天数'],
  },
  {
    key: 'amount',
    label: text('标的额', 'amount in dispute'),
    headers: ['标的额', '标的金额', '诉讼标的额', '申请执行标的额', '涉案金额'],
  },
  {
    key: 'recoveredAmount',
    label: text('执行到位金额', 'amount recovered'),
    headers: ['执行到位金额', '到位金额', '实际执行到位金额'],
  },
  {
    key: 'parties',
    label: text('当事人', 'parties'),
    headers: ['当事人', '当事人名称', '原被告', '当事人信息'],
    // A 劳动争议 or 群体性 case naming a few hundred parties fits.
    maxLength: 4000,
  },
  { key: 'detained', label: text('是否羁押', 'in custody'), headers: ['是否羁押', '羁押状态', '是否在押', '强制措施'] },
  {
    key: 'prosecution',
    label: text('公诉/自诉', 'public or private prosecution'),
    headers: ['公诉自诉', '公诉/自诉', '起诉方式', '案件来源'],
  },
  {
    key: 'incidentalCivil',
    label: text('是否附带民事', 'incidental civil action'),
    headers: ['是否附带民事', '附带民事诉讼', '附带民事'],
  },
  {
    key: 'nonLitigation',
    label: text('是否非诉执行', 'non-litigation enforcement'),
    headers: ['是否非诉执行', '非诉执行'],
  },
  {
    key: 'appealAgainst',
    label: text('上诉裁判类型', 'appeal against'),
    headers: ['上诉裁判类型', '上诉对象', '不服裁判类型'],
  },
  {
    key: 'specialKind',
    label: text('特别程序类型', 'special-procedure kind'),
    headers: ['特别程序类型', '特别程序案件类型', '审查方式'],
  },
  {
    key: 'announcementEndsOn',
    label: text('公告期满日期', 'announcement ends on'),
    headers: ['公告期满日期', '公告期满日', '公告届满日期'],
  },
  { key: 'appealed', label: text('上诉情况', 'appealed'), headers: ['上诉情况', '是否上诉', '上诉', '是否被上诉'] },
  {
    key: 'appealOutcome',
    label: text('二审结果', 'appeal outcome'),
    headers: ['二审结果', '二审结案方式', '上诉结果', '二审裁判结果'],
  },
];

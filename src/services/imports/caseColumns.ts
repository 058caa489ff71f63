import { caseTypeCode } from '../../domain/caseNumber';
import type { CaseField } from '../../cmsExports/cases/fields';
import type { CaseRecord } from '../../cmsExports/cases/caseRow';
import { text, type Localized } from '../../i18n/localized';
import type { BulkColumn } from '../../store/bulk';

type Value = string | number | boolean | null;

/** A Case column an import writes, and which file columns must be present for it to be written. */
export interface CaseColumn {
  readonly name: string;
  readonly type: BulkColumn<CaseRecord>['type'];
  readonly enumType?: string;
  readonly label: Localized;
  /** Absent: always written (derived from the 案号 or a required column). */
  readonly from?: readonly CaseField[];
  readonly value: (record: CaseRecord) => Value;
}

const or = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);

export const CASE_COLUMNS: readonly CaseColumn[] = [
  {
    name: 'caseNumber',
    type: 'text',
    label: text('案号（原文）', 'case number as written'),
    value: (r) => r.number.input.trim(),
  },
  { name: 'year', type: 'int', label: text('收案年度', 'year'), value: (r) => r.number.year },
  { name: 'courtCode', type: 'text', label: text('法院代字', 'court code'), value: (r) => r.number.courtCode },
  {
    name: 'specialCode',
    type: 'text',
    label: text('专门审判代字', 'special code'),
    value: (r) => r.number.specialCode,
  },
  { name: 'typeCode', type: 'text', label: text('类型代字', 'type code'), value: (r) => caseTypeCode(r.number) },
  { name: 'sequence', type: 'int', label: text('案件编号', 'sequence'), value: (r) => r.number.sequence },
  { name: 'legacyNumber', type: 'bool', label: text('旧式案号', 'legacy number'), value: (r) => r.number.legacy },
  { name: 'cause', type: 'text', label: text('案由', 'cause'), value: (r) => or(r.cause, null) },
  { name: 'procedure', type: 'text', label: text('适用程序', 'procedure'), value: (r) => r.procedure },
  { name: 'filedOn', type: 'date', label: text('立案日期', 'filing date'), value: (r) => r.filedOn },
  {
    name: 'judgeId',
    type: 'int',
    label: text('承办人', 'judge'),
    from: ['judge', 'judgeStaffNo'],
    value: (r) => or(r.judgeId, null),
  },
  {
    name: 'teamId',
    type: 'int',
    label: text('审判团队', 'team'),
    from: ['judge', 'judgeStaffNo', 'team'],
    value: (r) => or(r.teamId, null),
  },
  {
    name: 'closedOn',
    type: 'date',
    label: text('结案日期', 'closing date'),
    from: ['closedOn'],
    value: (r) => or(r.closedOn, null),
  },
  {
    name: 'status',
    type: 'text',
    enumType: 'CaseStatus',
    label: text('状态', 'status'),
    from: ['closedOn'],
    value: (r) => (r.closedOn ? 'closed' : 'open'),
  },
  {
    name: 'closeMethod',
    type: 'text',
    label: text('结案方式', 'close method'),
    from: ['closeMethod'],
    value: (r) => or(r.closeMethod, null),
  },
  {
    name: 'amount',
    type: 'numeric',
    label: text('标的额', 'amount'),
    from: ['amount'],
    value: (r) => or(r.amount, null),
  },
  {
    name: 'recoveredAmount',
    type: 'numeric',
    label: text('执行到位金额', 'amount recovered'),
    from: ['recoveredAmount'],
    value: (r) => or(r.recoveredAmount, null),
  },
  {
    name: 'parties',
    type: 'text',
    label: text('当事人', 'parties'),
    from: ['parties'],
    value: (r) => or(r.parties, null),
  },
  {
    name: 'detained',
    type: 'bool',
    label: text('是否羁押', 'in custody'),
    from: ['detained'],
    value: (r) => or(r.detained, null),
  },
  {
    name: 'prosecution',
    type: 'text',
    label: text('公诉/自诉', 'prosecution'),
    from: ['prosecution'],
    value: (r) => or(r.prosecution, null),
  },
  {
    name: 'incidentalCivil',
    type: 'bool',
    label: text('附带民事', 'incidental civil'),
    from: ['incidentalCivil'],
    value: (r) => or(r.incidentalCivil, false),
  },
  {
    name: 'nonLitigation',
    type: 'bool',
    label: text('非诉执行', 'non-litigation'),
    from: ['nonLitigation'],
    value: (r) => or(r.nonLitigation, false),
  },
  {
    name: 'appealAgainst',
    type: 'text',
    label: text('上诉裁判类型', 'appeal against'),
    from: ['appealAgainst'],
    value: (r) => or(r.appealAgainst, null),
  },
  {
    name: 'specialKind',
    type: 'text',
    label: text('特别程序类型', 'special kind'),
    from: ['specialKind'],
    value: (r) => or(r.specialKind, null),
  },
  {
    name: 'announcementEndsOn',
    type: 'date',
    label: text('公告期满日期', 'announcement ends'),
    from: ['announcementEndsOn'],
    value: (r) => or(r.announcementEndsOn, null),
  },
  {
    name: 'appealed',
    type: 'bool',
    label: text('上诉情况', 'appealed'),
    from: ['appealed', 'appealOutcome'],
    value: (r) => or(r.appealed, false),
  },
  {
    name: 'appealOutcome',
    type: 'text',
    label: text('二审结果', 'appeal outcome'),
    from: ['appealOutcome'],
    value: (r) => or(r.appealOutcome, null),
  },
];

/** The columns this file writes: a column the export lacks is never overwritten with nothing. */
export function columnsFor(present: ReadonlySet<CaseField>): readonly CaseColumn[] {
  return CASE_COLUMNS.filter((column) => column.from === undefined || column.from.some((field) => present.has(field)));
}

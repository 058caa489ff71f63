import type { FieldSpec } from '../columns';
import { text } from '../../i18n/localized';

export type EventField =
  | 'caseNumber'
  | 'kind'
  | 'occurredOn'
  | 'period'
  | 'months'
  | 'days'
  | 'approvedBy'
  | 'fromDate'
  | 'toDate'
  | 'reason'
  | 'procedureFrom'
  | 'procedureTo'
  | 'outcome'
  | 'note';

export const EVENT_FIELDS: readonly FieldSpec<EventField>[] = [
  { key: 'caseNumber', label: text('案号', 'case number'), headers: ['案号', '案件编号', '案件字号'], required: true },
  {
    key: 'kind',
    label: text('事件类型', 'event kind'),
    headers: ['事件类型', '事项', '事件', '节点类型', '审批事项'],
    required: true,
  },
  { key: 'occurredOn', label: text('日期', 'date'), headers: ['日期', '发生日期', '决定日期', '批准日期', '审批日期'] },
  { key: 'period', label: text('延长期限', 'extension'), headers: ['延长期限', '延长时间', '延长审限'] },
  { key: 'months', label: text('延长月数', 'months'), headers: ['延长月数', '月数'] },
  { key: 'days', label: text('延长天数', 'days'), headers: ['延长天数', '天数'] },
  { key: 'approvedBy', label: text('批准人', 'approved by'), headers: ['批准人', '审批人', '批准机关'] },
  { key: 'fromDate', label: text('开始日期', 'from'), headers: ['开始日期', '起始日期', '扣除开始日期', '中止日期'] },
  { key: 'toDate', label: text('结束日期', 'to'), headers: ['结束日期', '截止日期', '扣除结束日期', '恢复日期'] },
  { key: 'reason', label: text('原因', 'reason'), headers: ['原因', '事由', '扣除事由', '中止原因'], maxLength: 500 },
  { key: 'procedureFrom', label: text('原程序', 'procedure from'), headers: ['原程序', '转换前程序'] },
  { key: 'procedureTo', label: text('新程序', 'procedure to'), headers: ['新程序', '转换后程序', '转为程序'] },
  { key: 'outcome', label: text('结果', 'outcome'), headers: ['结果', '二审结果', '上诉结果'] },
  { key: 'note', label: text('备注', 'note'), headers: ['备注', '说明'], maxLength: 1000 },
];

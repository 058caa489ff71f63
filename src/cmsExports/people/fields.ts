import type { FieldSpec } from '../columns';
import { text } from '../../i18n/localized';

export type PersonField =
  'name' | 'staffNo' | 'email' | 'role' | 'team' | 'teamKind' | 'slackUserId' | 'active' | 'title';

export const PERSON_FIELDS: readonly FieldSpec<PersonField>[] = [
  { key: 'name', label: text('姓名', 'name'), headers: ['姓名', '人员姓名', '名字'], required: true },
  { key: 'staffNo', label: text('工号', 'staff number'), headers: ['工号', '人员编号', '职工号', '编号'] },
  {
    key: 'email',
    label: text('邮箱', 'email'),
    headers: ['邮箱', '电子邮箱', '电子邮件', '邮件', 'email', 'e-mail'],
    // The longest address SMTP carries.
    maxLength: 254,
  },
  { key: 'role', label: text('角色', 'role'), headers: ['角色', '岗位', '人员类别', 'role'], required: true },
  { key: 'team', label: text('所属团队', 'team'), headers: ['所属团队', '团队', '审判团队', '部门', '所在部门'] },
  { key: 'teamKind', label: text('团队类型', 'team kind'), headers: ['团队类型', '团队类别'] },
  {
    key: 'slackUserId',
    label: text('Slack用户ID', 'Slack user id'),
    headers: ['Slack用户ID', 'SlackID', 'Slack', 'slack_user_id'],
  },
  { key: 'active', label: text('在职', 'active'), headers: ['在职', '是否在职', '状态', '在岗', '人员状态'] },
  // 院长, 副院长, 分管副院长 …: Court.extensionApproverTitle finds the 延长审限 approver by it.
  { key: 'title', label: text('职务', 'title'), headers: ['职务', '行政职务', '职位', 'title'], maxLength: 50 },
];

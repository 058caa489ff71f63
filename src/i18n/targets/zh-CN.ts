import type { UserText } from '../userText';

/** /targets (Chinese, the source of the shape; en.ts must match). Texts are Slack mrkdwn unless marked plain. */
export const targetsZhCN = {
  /** Plain text, at most 24 characters (a modal title). */
  modalTitle: '团队目标',
  save: '保存',
  cancel: '取消',
  period: {
    year: (key: string) => (key === '*' ? '每年（长期）' : `${key}年`),
    month: (key: string) => (key === '*' ? '每月（长期）' : key),
    week: (key: string) => (key === '*' ? '每周（长期）' : key),
  },
  heading: (team: string, period: string) => `*${team}* · ${period}目标`,
  explain:
    '比率按百分数填写（0–100），天数须大于 0，件数不能为负。留空表示本期间不单独设目标，沿用更长期的目标（如全年）。每项修改都记入审计日志。',
  /** Plain: a field label. */
  label: (metric: string, unit: 'percent' | 'days' | 'count') =>
    `${metric}（${unit === 'percent' ? '%' : unit === 'days' ? '天' : '件'}）`,
  /** Plain: a field hint. */
  hint: (direction: 'higher' | 'lower', inherited: string | null) =>
    `${direction === 'higher' ? '越高越好' : '越低越好'}${inherited === null ? '' : ` · 留空沿用：${inherited}`}`,
  notANumber: '请填写数字，如 95 或 95%',
  pickTeam: (period: string) => `要设置哪个团队的${period}目标？`,
  open: '查看和设置',
  unknownTeam: (name: UserText, teams: string) => `没有找到您可以设置目标的团队“${name}”。可设置的团队：${teams}`,
  noTeams: '本院尚未设置团队。',
  saved: (team: string, period: string, lines: string) => `✅ 已保存 *${team}* 的${period}目标：\n${lines}`,
  changeLine: (metric: string, before: string, after: string) => `• ${metric}：${before} → ${after}`,
  none: '未设',
  gone: '这个目标设置窗口已失效，请重新输入 `/targets`。',
  usage: [
    '*/targets* — 查看和设置团队目标（庭长：本团队；管理员：任一团队）',
    '• `/targets` 今年的目标',
    '• `/targets 月`、`/targets 周` 本月、本周的目标；`/targets 月 2025-07` 指定月份',
    '• `/targets 年 长期` 每年适用的长期目标',
    '• `/targets 民一庭 年` 管理员指定团队',
  ].join('\n'),
  badArgument: (argument: UserText) => `看不懂“${argument}”。`,
  badPeriod: (problem: string) => `期间有误：${problem}`,
};

export type TargetsMessages = typeof targetsZhCN;

import type { UserText } from '../userText';

/** /rankings (Chinese, the source of the shape; en.ts must match). Texts are Slack mrkdwn. */
export const rankingsZhCN = {
  title: {
    week: (week: string) => `📊 团队对比 · ${week}（上周）`,
    month: (month: string) => `📊 团队对比 · ${month}（上月）`,
    year: (year: string) => `📊 团队对比 · ${year}年（年内至今）`,
  },
  fallback: (period: string) => `团队对比 ${period}`,
  range: (from: string, to: string, mode: string) => `统计期间：${from}—${to} · ${mode}`,
  memberNoRanks:
    '本院对院领导和庭长按排名通报；法官、法官助理和书记员看到的是本团队具名、其他团队以字母代替的对比，不显示名次。',
  definition: (text: string) => `口径：${text}`,
  noTeams: '本院尚未设置团队，无法对比。',
  more: '换期间或指标：`/rankings 月 结案率`、`/rankings 年 平均审理天数`、`/rankings 帮助`',
  usage: [
    '*/rankings* — 各团队审判质效指标对比（按本院设置的对比方式）',
    '• `/rankings` 上周，主要指标（设了目标的指标）',
    '• `/rankings 月`、`/rankings 年` 上月、今年至今',
    '• `/rankings 周 结案率` 某一项指标（中文名、英文名或代码，如 `审限内结案率`、`avgDays`）',
    '最高人民法院2024年要求“坚决杜绝排名排序”；本院是否排名由管理员设置。',
  ].join('\n'),
  badArgument: (argument: UserText) => `看不懂“${argument}”。`,
  unknownMetric: (metric: UserText, names: string) => `没有名为“${metric}”的指标。可用的指标：${names}`,
};

export type RankingsMessages = typeof rankingsZhCN;

import type { UserText } from '../userText';

/** /rankings (Chinese, the source of the shape; en.ts must match). Texts are Slack mrkdwn. */
export const rankingsZhCN = {
  fallback: (period: string) => `团队对比 ${period}`,
  memberNoRanks:
    '本院对院领导和庭长按排名通报；法官、法官助理和书记员看到的是本团队具名、其他团队以字母代替的对比，不显示名次。',
  definition: (text: string) => `口径：${text}`,
  noTeams: '本院尚未设置团队，无法对比。',
  usage: [
    '*/rankings* — 各团队审判质效指标对比（按本院设置的对比方式）',
    '• `/rankings` 上周，主要指标（设了目标的指标），与上一期（环比）和去年同期（同比）比较',
    '• `/rankings 上月`、`/rankings 今年`、`/rankings 2025年`、`/rankings 2026-Q3`、`/rankings 2026年11月` 其他期间',
    '• `/rankings 上月 结案率` 某一项指标的全部团队（中文名、英文名或代码，如 `审限内结案率`、`avgDays`）',
    '• `/rankings 分流`、`/rankings 分流 2026-Q3` 繁简分流：速裁快审团队收案占比、简转普、平均审理天数（默认上月）',
    '最高人民法院2024年要求“坚决杜绝排名排序”；本院是否排名由管理员设置。',
  ].join('\n'),
  badArgument: (argument: UserText) => `看不懂“${argument}”。`,
  futurePeriod: (period: UserText) => `${period} 还没有开始，没有数据可比。`,
  unknownMetric: (metric: UserText, names: string) => `没有名为“${metric}”的指标。可用的指标：${names}`,
};

export type RankingsMessages = typeof rankingsZhCN;

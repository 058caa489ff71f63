/** Digest and report messages (Chinese, the source of the shape; en.ts must match). Texts are Slack mrkdwn. */
export const digestsZhCN = {
  daily: {
    title: (date: string) => `📋 今日审限提醒 · ${date}`,
    fallback: (count: number) => `今日审限提醒：${count} 件案件需要关注`,
    newlyOverdue: '🆕 *新超审限*',
    overdue: '🔴 *已超审限*',
    dueSoon: '🟠 *7日内到期*',
    extension: '📝 *延长审限申请窗口*',
    applyBy: (date: string) => `请于 ${date} 前申请延长`,
    more: (count: number) => `…另有 ${count} 件，用 \`/mycases\` 查看全部`,
    team: (team: string) => `👥 *${team}：超期和临期案件（按法官）*`,
    judgeLine: (judge: string, overdue: number, atRisk: number) => `*${judge}* 超期 ${overdue} 件 · 临期 ${atRisk} 件`,
    court: (court: string) => `🏛 *${court}：全院概况*`,
    courtCounts: (open: number, overdue: number, due7: number, extension: number, over12: number) =>
      `未结 ${open} 件 · 超审限 ${overdue} 件 · 7日内到期 ${due7} 件 · 应申请延长 ${extension} 件 · 超12个月未结 ${over12} 件`,
    longestOverdue: '*超期最久的案件*',
    overdueLine: (caseNumber: string, judge: string, days: number) => `${caseNumber}（${judge}）超期 ${days} 天`,
    empty: '✅ 今天没有超期、临期或需要申请延长审限的案件。',
    footer: '每个工作日早上发送。在 `/docket 设置` 可调整时间、免打扰或暂停。',
  },
  report: {
    comparisonMode: {
      ranked: '按院里设置排序（排名）',
      unranked: '按固定顺序，与各自目标比较（不排名）',
      anonymized: '本团队具名，其他团队以字母代替',
    },
    rank: (rank: number) => `第${rank}名`,
    status: { met: '✅ 达标', not_met: '⚠️ 未达标', no_target: '未设目标', no_data: '无数据' },
    chartTitle: (period: string) => `各团队指标与目标 · ${period}`,
    chartLegend: { viewer: '本团队', otherTeams: '其他团队', teams: '各团队', target: '目标' },
    noTeams: '本院尚未设置团队。',
    aggregatesOnly: '本频道只发布汇总数据，不含案号和当事人信息。',
    spcNote:
      '最高人民法院2024年9月修订审判质量管理指标体系时要求“坚决杜绝排名排序”、指标数据“不得通报排名”。排名方式由本院设置（Court.comparisonMode）。',
  },
  failures: {
    title: (kind: string, period: string) => `⚠️ ${kind} ${period}：部分提醒未能发出`,
    line: (recipient: string, error: string) => `• ${recipient}：${error}`,
    advice:
      '已自动重试多次。请检查 Slack 应用是否仍在频道中、令牌是否有效；修复后可运行 `docket digest <类型> --date <日期>` 补发（已发出的不会重复）。',
  },
  kinds: { daily: '每日提醒', weekly: '周报', monthly: '月报', rules: '规章更新' },
};

export type DigestMessages = typeof digestsZhCN;

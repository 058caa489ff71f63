/** One-screen weekly and monthly reports, their detail views, and /rankings' overview (Chinese, the source of the shape; en.ts must match). Slack mrkdwn. */
export const reportsZhCN = {
  change: {
    previous: { week: '较上周', month: '较上月', quarter: '较上季度', year: '较上年' },
    lastYear: '同比',
  },
  targetOf: {
    week: (value: string) => `周目标 ${value}`,
    month: (value: string) => `月目标 ${value}`,
    year: (value: string) => `年度目标 ${value}`,
  },
  targetKind: { week: '周目标', month: '月目标', year: '年度目标' },
  period: {
    week: (key: string) => `${key.slice(0, 4)}年第${Number(key.slice(6))}周`,
    month: (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`,
    quarter: (key: string) => `${key.slice(0, 4)}年第${key.slice(6)}季度`,
    year: (key: string) => `${key}年`,
  },
  digest: {
    weeklyTitle: (scope: string, period: string) => `📊 ${scope} · 周报 · ${period}`,
    monthlyTitle: (scope: string, period: string) => `📅 ${scope} · 月报 · ${period}`,
    range: (from: string, to: string, against: string) => `${from}—${to} · 变化为${against}`,
    newlyMissed: (names: string) => `🔻 新未达标：${names}`,
    newlyMet: (names: string) => `🔺 转为达标：${names}`,
    missed: (count: number) => `⚠️ *未达标 ${count} 项*`,
    missedLine: (name: string, value: string, target: string, change: string) =>
      `• ${name} *${value}*（${target}）${change}`,
    met: (count: number, list: string) => `✅ *达标 ${count} 项*：${list}`,
    allMet: '✅ 设有目标的指标均已达标',
    unmeasured: (names: string) => `本期无可计算的案件：${names}`,
    untargeted: (list: string) => `未设目标：${list}`,
    valueWithChange: (name: string, value: string, change: string) =>
      `${name} ${value}${change ? `（${change}）` : ''}`,
    empty: '本期没有可统计的案件（无新收、无结案、无未结）。',
    court: '*全院*',
    courtLine: (name: string, value: string, trend: string, changes: string) =>
      `${name} *${value}*${trend ? ` ${trend}` : ''}${changes ? ` · ${changes}` : ''}`,
    teamsMissed: (teams: number, total: number, items: number) =>
      `⚠️ *未达标*：${total} 个团队中 ${teams} 个，共 ${items} 项`,
    targetKindOf: (metric: string, kind: string) => `${metric}（${kind}）`,
    teamsMissedLine: (metric: string, rows: string) => `• ${metric}：${rows}`,
    teamValue: (team: string, value: string, target: string) => `${team} ${value}（${target}）`,
    noneMissed: '✅ 各团队设有目标的指标均已达标',
    longPending: (count: number) => `超12个月未结案件 *${count}* 件`,
    trendNote: (months: number) => `▁▃▅█ 为近${months}个月走势（比率按0—100%，天数和件数从0起，同一比例尺）。`,
    chartInThread: '团队对比图见本消息的回复。',
    teamKindUnknown: (teams: string) => `注：${teams}未设团队类型，按普通团队统计全部指标。`,
    buttons: { all: '全部指标与口径', teams: '团队对比' },
  },
  details: {
    titleAll: { weekly: '周报 · 全部指标', monthly: '月报 · 全部指标' },
    titleTeams: { weekly: '周报 · 团队对比', monthly: '月报 · 团队对比' },
    close: '关闭',
    scope: (scope: string, period: string, from: string, to: string) => `*${scope}* · ${period}（${from}—${to}）`,
    line: (name: string, value: string, parts: string) => `*${name}* ${value}${parts ? ` · ${parts}` : ''}`,
    yearToDate: (value: string, target: string) => `年内 ${value}${target ? `（${target}）` : ''}`,
    target: (target: string, status: string) => `${target} ${status}`,
    definition: (text: string) => `口径：${text}`,
    note: (text: string) => `注：${text}`,
    noMetrics: '本期没有适用于本团队的指标数据。',
    trends: (months: number) => `*各团队近${months}个月走势*（同一指标同一比例尺）`,
    trendLine: (team: string, metric: string, line: string, last: string) => `${team} · ${metric} ${line} ${last}`,
    longPendingOldest: (count: number, shown: number) => `*超12个月未结案件 ${count} 件*（立案最早的 ${shown} 件）`,
    longPendingLine: (caseNumber: string, judge: string, months: number) =>
      `${caseNumber}（${judge}）已 ${months} 个月`,
    expired: '这份报告的按钮已失效，请使用 `/rankings` 查看。',
  },
  diversion: {
    title: '*繁简分流*',
    titlePlain: '繁简分流',
    share: (value: string, fast: number, all: number, min: string, max: string, status: string) =>
      `速裁快审团队收案占比 *${value}*（${fast}/${all}件；目标 ${min}—${max}${status ? ` ${status}` : ''}）`,
    status: { within: '✅ 在区间内', below: '⚠️ 低于区间', above: '⚠️ 高于区间', no_data: '' },
    conversions: (count: number, base: number, rate: string) =>
      `简转普 ${count} 件（简易程序审结 ${base} 件中，简转普率 ${rate}）`,
    days: (fast: string, ordinary: string) => `平均审理天数 速裁快审 ${fast} / 普通 ${ordinary}`,
    preLitigation: (filed: number, closed: number, settled: number, lawsuits: number, rate: string) =>
      `诉前调解 新收 ${filed} 件，办结 ${closed} 件，其中调解成功 ${settled} 件、调解不成转立案 ${lawsuits} 件（转诉率 ${rate}）`,
    noPreLitigation: (codes: string) => `导入的数据中没有诉前调解案件（类型代字 ${codes}），第一次分流未统计。`,
    unassigned: (count: number) => `另有 ${count} 件新收尚未分配团队，未计入占比。`,
    noFastTrack: '本院尚未把任何团队设为“速裁快审”（团队类型），无法计算分流占比。',
    definition: (codes: string) =>
      `口径：${codes}案件；占比 = 本期新收中分给速裁快审团队的 ÷ 本期新收（已分配团队）；简转普率 = 本期审结的简易（含小额）及由其转普通的案件中转普通的比例；平均审理天数按本院口径`,
    range: (from: string, to: string) => `${from}—${to}`,
    rankingsTitle: (period: string) => `📊 繁简分流 · ${period}`,
    none: '—',
  },
  rankings: {
    title: (period: string) => `📊 团队对比 · ${period}`,
    range: (from: string, to: string, mode: string) => `${from}—${to} · ${mode}`,
    targeted: (name: string, met: number, total: number) => `*${name}* 达标 ${met}/${total}`,
    missedList: (rows: string) => ` · 未达标：${rows}`,
    untargeted: (name: string) => `*${name}* 未设目标`,
    allTeams: (rows: string) => ` · ${rows}`,
    court: (value: string, changes: string) => ` · 全院 ${value}${changes ? `（${changes}）` : ''}`,
    rowValue: (team: string, value: string) => `${team} ${value}`,
    rowWithTarget: (team: string, value: string, target: string) => `${team} ${value}（${target}）`,
    rankedRow: (rank: string, team: string, value: string) => `${rank} ${team} ${value}`,
    teamLine: (team: string, value: string, target: string, rest: string) =>
      `${team}：${value}${target ? ` / ${target}` : ''}${rest ? ` ${rest}` : ''}`,
    allAt: (value: string) => ` · 各团队均为 ${value}`,
    spread: (low: string, high: string) => ` · 各团队 ${low}—${high}`,
    pickMetric: '按指标查看',
    more: '更多：`/rankings 结案率` 单项指标 · `/rankings 上月`、`/rankings 2025年`、`/rankings 2026-Q3` 其他期间 · `/rankings 分流` 繁简分流',
  },
};

export type ReportsMessages = typeof reportsZhCN;

import type { DigestMessages } from './zh-CN';

export const digestsEn: DigestMessages = {
  daily: {
    title: (date: string) => `📋 Today's deadlines · ${date}`,
    fallback: (count: number) => `Today's deadlines: ${count} cases need attention`,
    newlyOverdue: '🆕 *Newly overdue*',
    overdue: '🔴 *Overdue*',
    dueSoon: '🟠 *Due within 7 days*',
    extension: '📝 *Extension application window*',
    applyBy: (date: string) => `apply for an extension by ${date}`,
    more: (count: number) => `…and ${count} more: \`/mycases\` shows them all`,
    team: (team: string) => `👥 *${team}: overdue and at-risk cases by judge*`,
    judgeLine: (judge: string, overdue: number, atRisk: number) => `*${judge}*  overdue ${overdue} · at risk ${atRisk}`,
    court: (court: string) => `🏛 *${court}: the court today*`,
    courtCounts: (open: number, overdue: number, due7: number, extension: number, over12: number) =>
      `open ${open} · overdue ${overdue} · due within 7 days ${due7} · extension to apply for ${extension} · pending over 12 months ${over12}`,
    longestOverdue: '*Longest overdue*',
    overdueLine: (caseNumber: string, judge: string, days: number) => `${caseNumber} (${judge}) ${days} days overdue`,
    empty: '✅ Nothing overdue, due soon or waiting for an extension application today.',
    footer: 'Sent every working morning. Change the time, quiet hours or pause it with `/docket settings`.',
  },
  report: {
    weeklyTitle: (scope: string, week: string) => `📊 ${scope} · weekly report · ${week}`,
    monthlyTitle: (scope: string, month: string) => `📅 ${scope} · monthly report · ${month}`,
    weeklyFallback: (scope: string, week: string) => `${scope} weekly report ${week}`,
    monthlyFallback: (scope: string, month: string) => `${scope} monthly report ${month}`,
    weekRange: (from: string, to: string) => `Period: ${from} – ${to}`,
    metricLine: (name: string, value: string, change: string, target: string, ytd: string, yearTarget: string) =>
      `*${name}*  period ${value}${change}${target} · year to date ${ytd}${yearTarget}`,
    change: (text: string) => ` (${text} on the period before)`,
    target: (period: 'week' | 'month' | 'year', value: string, mark: string) =>
      ` (${{ week: 'weekly', month: 'monthly', year: 'yearly' }[period]} target ${value} ${mark})`,
    definition: (text: string) => `How counted: ${text}`,
    note: (text: string) => `Note: ${text}`,
    comparison: '*Teams compared*',
    comparisonMode: {
      ranked: 'ranked, as the court chose',
      unranked: 'fixed order, each against its own target (no ranking)',
      anonymized: 'your team named, the others lettered',
    },
    rank: (rank: number) => `#${rank}`,
    status: { met: '✅ met', not_met: '⚠️ not met', no_target: 'no target', no_data: 'no data' },
    chartTitle: (period: string) => `Teams against their targets · ${period}`,
    chartAlt: 'Bar chart of each team’s headline metrics against its targets',
    chartLegend: { viewer: 'your team', otherTeams: 'other teams', teams: 'teams', target: 'target' },
    trend: '*Six-month trend*',
    trendLine: (team: string, metric: string, points: string) => `${team} · ${metric}: ${points}`,
    longPending: (count: number) => `*Pending over 12 months: ${count}*`,
    longPendingLine: (caseNumber: string, judge: string, months: number) => `${caseNumber} (${judge}) ${months} months`,
    targetsMet: '*Targets met*',
    targetsMetLine: (team: string, met: number, targeted: number) => `${team}: ${met} of ${targeted} met`,
    noTeams: 'The court has no teams yet.',
    aggregatesOnly: 'This channel gets aggregates only: no case numbers, no parties.',
    spcNote:
      'When revising its indicator system in September 2024 the SPC asked courts not to rank teams and not to publish rankings. The court chooses the comparison mode (Court.comparisonMode).',
  },
  failures: {
    title: (kind: string, period: string) => `⚠️ ${kind} ${period}: some digests could not be sent`,
    line: (recipient: string, error: string) => `• ${recipient}: ${error}`,
    advice:
      'Docket retried several times. Check that the app is still in the channel and its token is valid; then `docket digest <kind> --date <day>` sends what is missing (nothing already sent is sent again).',
  },
  kinds: { daily: 'Daily digest', weekly: 'Weekly report', monthly: 'Monthly report', rules: 'Rule changes' },
};

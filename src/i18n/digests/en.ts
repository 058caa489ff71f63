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
    comparisonMode: {
      ranked: 'ranked, as the court chose',
      unranked: 'fixed order, each against its own target (no ranking)',
      anonymized: 'your team named, the others lettered',
    },
    rank: (rank: number) => `#${rank}`,
    status: { met: '✅ met', not_met: '⚠️ not met', no_target: 'no target', no_data: 'no data' },
    chartTitle: (period: string) => `Teams against their targets · ${period}`,
    chartLegend: { viewer: 'your team', otherTeams: 'other teams', teams: 'teams', target: 'target' },
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

import type { ReportsMessages } from './zh-CN';

export const reportsEn: ReportsMessages = {
  change: {
    previous: { week: 'on last week', month: 'on last month', quarter: 'on last quarter', year: 'on last year' },
    lastYear: 'year on year',
  },
  targetOf: {
    week: (value: string) => `weekly target ${value}`,
    month: (value: string) => `monthly target ${value}`,
    year: (value: string) => `yearly target ${value}`,
  },
  targetKind: { week: 'weekly target', month: 'monthly target', year: 'yearly target' },
  period: {
    week: (key: string) => `week ${Number(key.slice(6))} of ${key.slice(0, 4)}`,
    month: (key: string) => key,
    quarter: (key: string) => `Q${key.slice(6)} ${key.slice(0, 4)}`,
    year: (key: string) => key,
  },
  digest: {
    weeklyTitle: (scope: string, period: string) => `📊 ${scope} · weekly report · ${period}`,
    monthlyTitle: (scope: string, period: string) => `📅 ${scope} · monthly report · ${period}`,
    range: (from: string, to: string, against: string) => `${from} – ${to} · changes ${against}`,
    newlyMissed: (names: string) => `🔻 Newly below target: ${names}`,
    newlyMet: (names: string) => `🔺 Back on target: ${names}`,
    missed: (count: number) => `⚠️ *${count} below target*`,
    missedLine: (name: string, value: string, target: string, change: string) =>
      `• ${name} *${value}* (${target}) ${change}`,
    met: (count: number, list: string) => `✅ *${count} on target*: ${list}`,
    allMet: '✅ Every metric with a target is on target',
    unmeasured: (names: string) => `Nothing to measure this period: ${names}`,
    untargeted: (list: string) => `No target: ${list}`,
    valueWithChange: (name: string, value: string, change: string) => `${name} ${value}${change ? ` (${change})` : ''}`,
    empty: 'Nothing to measure this period (no case filed, closed or pending).',
    court: '*The court*',
    courtLine: (name: string, value: string, trend: string, changes: string) =>
      `${name} *${value}*${trend ? ` ${trend}` : ''}${changes ? ` · ${changes}` : ''}`,
    teamsMissed: (teams: number, total: number, items: number) =>
      `⚠️ *Below target*: ${teams} of ${total} teams, ${items} in all`,
    targetKindOf: (metric: string, kind: string) => `${metric} (${kind})`,
    teamsMissedLine: (metric: string, rows: string) => `• ${metric}: ${rows}`,
    teamValue: (team: string, value: string, target: string) => `${team} ${value} (${target})`,
    noneMissed: '✅ Every team is on target wherever it has one',
    longPending: (count: number) => `Pending over 12 months: *${count}*`,
    trendNote: (months: number) =>
      `▁▃▅█ is the last ${months} months (rates on 0–100%, days and counts from 0, one scale).`,
    chartInThread: 'The team chart is in this message’s thread.',
    teamKindUnknown: (teams: string) => `Note: ${teams} has no team kind set and is measured on every metric.`,
    buttons: { all: 'All metrics', teams: 'Teams compared' },
  },
  details: {
    titleAll: { weekly: 'Weekly · all metrics', monthly: 'Monthly · all metrics' },
    titleTeams: { weekly: 'Weekly · teams', monthly: 'Monthly · teams' },
    close: 'Close',
    scope: (scope: string, period: string, from: string, to: string) => `*${scope}* · ${period} (${from} – ${to})`,
    line: (name: string, value: string, parts: string) => `*${name}* ${value}${parts ? ` · ${parts}` : ''}`,
    yearToDate: (value: string, target: string) => `year to date ${value}${target ? ` (${target})` : ''}`,
    target: (target: string, status: string) => `${target} ${status}`,
    definition: (text: string) => `How counted: ${text}`,
    note: (text: string) => `Note: ${text}`,
    noMetrics: 'No metric of this team’s kind of work has data this period.',
    trends: (months: number) => `*Each team over ${months} months* (one scale per metric)`,
    trendLine: (team: string, metric: string, line: string, last: string) => `${team} · ${metric} ${line} ${last}`,
    longPendingOldest: (count: number, shown: number) =>
      `*Pending over 12 months: ${count}* (the ${shown} filed first)`,
    longPendingLine: (caseNumber: string, judge: string, months: number) => `${caseNumber} (${judge}) ${months} months`,
    expired: 'This report’s button no longer works; use `/rankings` instead.',
  },
  diversion: {
    title: '*Case streaming (繁简分流)*',
    titlePlain: 'Case streaming (繁简分流)',
    share: (value: string, fast: number, all: number, min: string, max: string, status: string) =>
      `Fast-track teams' share of new cases *${value}* (${fast} of ${all}; target ${min}–${max}${status ? ` ${status}` : ''})`,
    status: { within: '✅ within range', below: '⚠️ below range', above: '⚠️ above range', no_data: '' },
    conversions: (count: number, base: number, rate: string) =>
      `Simple → ordinary ${count} (of ${base} closed under the simple procedure, ${rate})`,
    days: (fast: string, ordinary: string) => `Average days fast-track ${fast} / ordinary ${ordinary}`,
    preLitigation: (filed: number, closed: number, settled: number, lawsuits: number, rate: string) =>
      `Pre-litigation mediation: ${filed} new, ${closed} closed, ${settled} settled, ${lawsuits} went on as lawsuits (${rate})`,
    noPreLitigation: (codes: string) =>
      `The imports hold no pre-litigation mediation cases (type codes ${codes}): the first split is not counted.`,
    unassigned: (count: number) => `${count} more new cases have no team yet and are left out of the share.`,
    noFastTrack: 'No team is set as 速裁快审 (team kind) yet, so there is no share to compute.',
    definition: (codes: string) =>
      `How counted: ${codes} cases; share = new cases assigned to fast-track teams ÷ new cases with a team; simple → ordinary rate among closings begun under the simple or small-claims procedure; average days as the court counts them`,
    range: (from: string, to: string) => `${from} – ${to}`,
    rankingsTitle: (period: string) => `📊 Case streaming · ${period}`,
    none: '—',
  },
  rankings: {
    title: (period: string) => `📊 Teams compared · ${period}`,
    range: (from: string, to: string, mode: string) => `${from} – ${to} · ${mode}`,
    targeted: (name: string, met: number, total: number) => `*${name}* on target ${met}/${total}`,
    missedList: (rows: string) => ` · below: ${rows}`,
    untargeted: (name: string) => `*${name}* no targets`,
    allTeams: (rows: string) => ` · ${rows}`,
    court: (value: string, changes: string) => ` · court ${value}${changes ? ` (${changes})` : ''}`,
    rowValue: (team: string, value: string) => `${team} ${value}`,
    rowWithTarget: (team: string, value: string, target: string) => `${team} ${value} (${target})`,
    rankedRow: (rank: string, team: string, value: string) => `${rank} ${team} ${value}`,
    teamLine: (team: string, value: string, target: string, rest: string) =>
      `${team}: ${value}${target ? ` / ${target}` : ''}${rest ? ` ${rest}` : ''}`,
    allAt: (value: string) => ` · every team ${value}`,
    spread: (low: string, high: string) => ` · teams ${low} – ${high}`,
    pickMetric: 'One metric',
    more: 'More: `/rankings closure rate` one metric · `/rankings last-month`, `/rankings 2025`, `/rankings 2026-Q3` other periods · `/rankings 分流` case streaming',
  },
};

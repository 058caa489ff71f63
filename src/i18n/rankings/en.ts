import type { RankingsMessages } from './zh-CN';
import type { UserText } from '../userText';

export const rankingsEn: RankingsMessages = {
  title: {
    week: (week: string) => `📊 Teams compared · ${week} (last week)`,
    month: (month: string) => `📊 Teams compared · ${month} (last month)`,
    year: (year: string) => `📊 Teams compared · ${year} (year to date)`,
  },
  fallback: (period: string) => `Teams compared ${period}`,
  range: (from: string, to: string, mode: string) => `Period: ${from} – ${to} · ${mode}`,
  memberNoRanks:
    'The court ranks teams for its leadership and team leads; judges, assistants and clerks see their own team named and the others lettered, without ranks.',
  definition: (text: string) => `How counted: ${text}`,
  noTeams: 'The court has no teams to compare yet.',
  more: 'Another period or metric: `/rankings month closure rate`, `/rankings year avgDays`, `/rankings help`',
  usage: [
    "*/rankings* — the teams' trial quality and efficiency metrics compared, in the way the court chose",
    '• `/rankings` last week, headline metrics (those with targets)',
    '• `/rankings month`, `/rankings year` last month, this year to date',
    '• `/rankings week closure rate` one metric (by its English or Chinese name or its key, e.g. `onTimeRate`)',
    'In 2024 the SPC asked courts not to rank teams; whether this court ranks is set by its administrators.',
  ].join('\n'),
  badArgument: (argument: UserText) => `I don't understand "${argument}".`,
  unknownMetric: (metric: UserText, names: string) => `There is no metric called "${metric}". Metrics: ${names}`,
};

import type { RankingsMessages } from './zh-CN';
import type { UserText } from '../userText';

export const rankingsEn: RankingsMessages = {
  fallback: (period: string) => `Teams compared ${period}`,
  memberNoRanks:
    'The court ranks teams for its leadership and team leads; judges, assistants and clerks see their own team named and the others lettered, without ranks.',
  definition: (text: string) => `How counted: ${text}`,
  noTeams: 'The court has no teams to compare yet.',
  usage: [
    "*/rankings* — the teams' trial quality and efficiency metrics compared, in the way the court chose",
    '• `/rankings` last week, headline metrics (those with targets), against the week before and the same week last year',
    '• `/rankings last-month`, `/rankings ytd`, `/rankings 2025`, `/rankings 2026-Q3`, `/rankings 2026-11` other periods',
    '• `/rankings last-month closure rate` one metric for every team (by its English or Chinese name or its key, e.g. `onTimeRate`)',
    '• `/rankings diversion`, `/rankings diversion 2026-Q3` case streaming (繁简分流): the fast-track share, simple → ordinary, average days (last month by default)',
    'In 2024 the SPC asked courts not to rank teams; whether this court ranks is set by its administrators.',
  ].join('\n'),
  badArgument: (argument: UserText) => `I don't understand "${argument}".`,
  futurePeriod: (period: UserText) => `${period} has not begun: there is nothing to compare yet.`,
  unknownMetric: (metric: UserText, names: string) => `There is no metric called "${metric}". Metrics: ${names}`,
};

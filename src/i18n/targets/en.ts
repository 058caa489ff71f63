import type { TargetsMessages } from './zh-CN';
import type { UserText } from '../userText';

export const targetsEn: TargetsMessages = {
  modalTitle: 'Team targets',
  save: 'Save',
  cancel: 'Cancel',
  period: {
    year: (key: string) => (key === '*' ? 'every year (standing)' : key),
    month: (key: string) => (key === '*' ? 'every month (standing)' : key),
    week: (key: string) => (key === '*' ? 'every week (standing)' : key),
  },
  heading: (team: string, period: string) => `*${team}* · targets for ${period}`,
  explain:
    'Rates in percent (0–100), days above 0, counts not negative. Leave a field empty to set nothing for this period and use the longer-standing target (the year’s, say). Every change is audit-logged.',
  label: (metric: string, unit: 'percent' | 'days' | 'count') =>
    `${metric} (${unit === 'percent' ? '%' : unit === 'days' ? 'days' : 'cases'})`,
  hint: (direction: 'higher' | 'lower', inherited: string | null) =>
    `${direction === 'higher' ? 'higher is better' : 'lower is better'}${inherited === null ? '' : ` · empty uses ${inherited}`}`,
  notANumber: 'Enter a number, such as 95 or 95%',
  pickTeam: (period: string) => `Which team's targets for ${period}?`,
  open: 'View and set',
  unknownTeam: (name: UserText, teams: string) =>
    `There is no team "${name}" whose targets you may set. Teams you may set: ${teams}`,
  noTeams: 'The court has no teams yet.',
  saved: (team: string, period: string, lines: string) => `✅ Saved *${team}*'s targets for ${period}:\n${lines}`,
  changeLine: (metric: string, before: string, after: string) => `• ${metric}: ${before} → ${after}`,
  none: 'none',
  gone: 'This targets window has expired; type `/targets` again.',
  usage: [
    '*/targets* — view and set team targets (team leads: their team; administrators: any team)',
    "• `/targets` this year's targets",
    '• `/targets month`, `/targets week` this month’s or week’s; `/targets month 2025-07` a given month',
    '• `/targets year standing` the standing target for every year',
    '• `/targets 民一庭 year` administrators name the team',
  ].join('\n'),
  badArgument: (argument: UserText) => `I don't understand "${argument}".`,
  badPeriod: (problem: string) => `That period is not valid: ${problem}`,
};

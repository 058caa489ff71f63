import { z } from 'zod';
import { METRICS, type MetricKey } from '../src/domain/metrics';
import { userText, type Locale } from '../src/i18n';
import { rankingsMessages } from '../src/i18n/rankings';
import { dayIn } from '../src/services/clock';
import type { RankingPeriod } from '../src/services/rankings';
import { tokenize, word } from '../src/slack/args';
import type { CommandContext, SlashCommand } from '../src/slack/handlerContract';
import { rankingsMessage, rankingsUsage } from '../src/slack/views/rankings';

/**
 * /rankings [周|月|年] [metric] — the team comparison of the weekly and monthly reports on demand: last week
 * (the default), last month or this year to date, for one metric or the headline ones, in the court's
 * comparison mode from the side the viewer's role allows.
 */

const period = z.union([
  word('week', 'weekly', '周', '上周', '周报').transform((): RankingPeriod => 'week'),
  word('month', 'monthly', '月', '上月', '月报').transform((): RankingPeriod => 'month'),
  word('year', 'yearly', 'ytd', '年', '今年', '本年', '年度').transform((): RankingPeriod => 'year'),
]);

const help = word('help', '帮助', '?', '？');

/** Names people type for a metric: its key, Chinese or English name, ignoring case, spaces and brackets. */
const squash = (text: string): string => text.toLowerCase().replace(/[\s\-_()（）]/g, '');
const METRIC_NAMES = new Map<string, MetricKey>(
  METRICS.flatMap((metric) =>
    [metric.key, metric.nameZh, metric.nameEn].map((name): [string, MetricKey] => [squash(name), metric.key]),
  ),
);

const metricName = z.string().transform((text, context) => {
  const key = METRIC_NAMES.get(squash(text));
  if (key === undefined) {
    context.addIssue({ code: 'custom', message: text });
    return z.NEVER;
  }
  return key;
});

export type RankingsArgs = { kind: 'help' } | { kind: 'compare'; period: RankingPeriod; metric: MetricKey | null };
export type RankingsProblem = { kind: 'word'; word: string } | { kind: 'metric'; metric: string };

/** The period word may come before or after the metric, whose name may have spaces (closure rate). */
export function parseRankingsArgs(
  text: string,
): { ok: true; args: RankingsArgs } | { ok: false; problem: RankingsProblem } {
  const tokens = tokenize(text);
  if (tokens.length === 1 && help.safeParse(tokens[0]).success) return { ok: true, args: { kind: 'help' } };
  let chosen: RankingPeriod | undefined;
  const rest: string[] = [];
  for (const token of tokens) {
    const parsed = period.safeParse(token);
    if (!parsed.success) rest.push(token);
    else if (chosen === undefined) chosen = parsed.data;
    else return { ok: false, problem: { kind: 'word', word: token } };
  }
  if (rest.length === 0) return { ok: true, args: { kind: 'compare', period: chosen ?? 'week', metric: null } };
  const metric = metricName.safeParse(rest.join(' '));
  if (!metric.success) return { ok: false, problem: { kind: 'metric', metric: rest.join(' ') } };
  return { ok: true, args: { kind: 'compare', period: chosen ?? 'week', metric: metric.data } };
}

function problemText(locale: Locale, problem: RankingsProblem): string {
  const text = rankingsMessages(locale);
  if (problem.kind === 'word') return text.badArgument(userText(problem.word));
  const names = METRICS.map((metric) => (locale === 'en' ? metric.nameEn : metric.nameZh)).join(
    locale === 'en' ? ', ' : '、',
  );
  return text.unknownMetric(userText(problem.metric), names);
}

async function run(context: CommandContext): Promise<void> {
  const { actor, services } = context;
  const parsed = parseRankingsArgs(context.text);
  if (!parsed.ok) {
    await context.reply(rankingsUsage(actor.locale, problemText(actor.locale, parsed.problem)));
    return;
  }
  if (parsed.args.kind === 'help') {
    await context.reply(rankingsUsage(actor.locale));
    return;
  }
  const today = dayIn(services.clock.now(), services.timeZone);
  const rankings = await services.rankings.compare(actor.viewer, {
    period: parsed.args.period,
    metric: parsed.args.metric,
    today,
  });
  await context.reply(rankingsMessage(actor.locale, rankings));
}

export const rankings: SlashCommand = { command: '/rankings', run };

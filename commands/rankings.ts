import { z } from 'zod';
import { periodFromText, type KindedPeriod } from '../src/domain/digests';
import { METRICS, isMetricKey, type MetricKey } from '../src/domain/metrics';
import type { IsoDate } from '../src/domain/dates';
import { userText, type Locale } from '../src/i18n';
import { rankingsMessages } from '../src/i18n/rankings';
import { dayIn } from '../src/services/clock';
import { commandWords, word } from '../src/slack/args';
import type { ActionContext, ActionHandler, CommandContext, SlashCommand } from '../src/slack/handlerContract';
import { diversionMessage } from '../src/slack/views/digests/diversion';
import { RANKINGS_ACTIONS, rankingsMessage, rankingsUsage } from '../src/slack/views/rankings';

/**
 * /rankings [period] [metric] — the team comparison of the weekly and monthly reports on demand: last week
 * (the default), or any period people name (上月, 2025年, 2026-Q3, 今年 …), against the period before and
 * the same period a year before, for the headline metrics or one, in the court's comparison mode from
 * the side the viewer's role allows.
 */

const help = word('help', '帮助', '?', '？');
const diversion = word('分流', '繁简分流', '繁简', 'diversion', 'streaming');

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

export type RankingsArgs =
  | { kind: 'help' }
  | { kind: 'compare'; period: KindedPeriod; metric: MetricKey | null }
  | { kind: 'diversion'; period: KindedPeriod };
export type RankingsProblem =
  { kind: 'word'; word: string } | { kind: 'metric'; metric: string } | { kind: 'future'; period: string };

/** The period may come before or after the metric, whose name may have spaces (closure rate). */
export function parseRankingsArgs(
  text: string,
  today: IsoDate,
): { ok: true; args: RankingsArgs } | { ok: false; problem: RankingsProblem } {
  const tokens = commandWords(text);
  if (tokens.length === 1 && help.safeParse(tokens[0]).success) return { ok: true, args: { kind: 'help' } };
  let chosen: KindedPeriod | undefined;
  let streaming = false;
  const rest: string[] = [];
  for (const token of tokens) {
    if (diversion.safeParse(token).success) {
      streaming = true;
      continue;
    }
    const parsed = periodFromText(token, today);
    if (!parsed.ok && parsed.problem.kind === 'future')
      return { ok: false, problem: { kind: 'future', period: parsed.problem.key } };
    if (!parsed.ok) rest.push(token);
    else if (chosen === undefined) chosen = parsed.period;
    else return { ok: false, problem: { kind: 'word', word: token } };
  }
  // 繁简分流 is watched month by month (月调度); the team comparison week by week, as the weekly report.
  const fallback = (text: string) => (periodFromText(text, today) as { ok: true; period: KindedPeriod }).period;
  if (streaming)
    return rest.length === 0
      ? { ok: true, args: { kind: 'diversion', period: chosen ?? fallback('上月') } }
      : { ok: false, problem: { kind: 'word', word: rest[0] as string } };
  const period = chosen ?? fallback('上周');
  if (rest.length === 0) return { ok: true, args: { kind: 'compare', period, metric: null } };
  const metric = metricName.safeParse(rest.join(' '));
  if (!metric.success) return { ok: false, problem: { kind: 'metric', metric: rest.join(' ') } };
  return { ok: true, args: { kind: 'compare', period, metric: metric.data } };
}

function problemText(locale: Locale, problem: RankingsProblem): string {
  const text = rankingsMessages(locale);
  if (problem.kind === 'word') return text.badArgument(userText(problem.word));
  if (problem.kind === 'future') return text.futurePeriod(userText(problem.period));
  const names = METRICS.map((metric) => (locale === 'en' ? metric.nameEn : metric.nameZh)).join(
    locale === 'en' ? ', ' : '、',
  );
  return text.unknownMetric(userText(problem.metric), names);
}

async function run(context: CommandContext): Promise<void> {
  const { actor, services } = context;
  const parsed = parseRankingsArgs(context.text, dayIn(services.clock.now(), services.timeZone));
  if (!parsed.ok) {
    await context.reply(rankingsUsage(actor.locale, problemText(actor.locale, parsed.problem)));
    return;
  }
  if (parsed.args.kind === 'help') {
    await context.reply(rankingsUsage(actor.locale));
    return;
  }
  if (parsed.args.kind === 'diversion') {
    await context.reply(
      diversionMessage(actor.locale, await services.rankings.diversion(actor.viewer, parsed.args.period)),
    );
    return;
  }
  const rankings = await services.rankings.compare(actor.viewer, {
    period: parsed.args.period,
    metric: parsed.args.metric,
  });
  await context.reply(rankingsMessage(actor.locale, rankings));
}

const pickedMetric = z.object({ period: z.string().max(16), metric: z.string().refine(isMetricKey) });

/** The overview's 按指标查看 menu: one metric's full comparison over the same period. */
async function showMetric(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  let picked;
  try {
    picked = pickedMetric.safeParse(JSON.parse(context.selected ?? ''));
  } catch {
    picked = null;
  }
  const period = picked?.success
    ? periodFromText(picked.data.period, dayIn(services.clock.now(), services.timeZone))
    : null;
  if (!picked?.success || !period?.ok) {
    await context.reply(rankingsUsage(actor.locale));
    return;
  }
  const rankings = await services.rankings.compare(actor.viewer, {
    period: period.period,
    metric: picked.data.metric as MetricKey,
  });
  await context.reply(rankingsMessage(actor.locale, rankings));
}

export const rankings: SlashCommand = { command: '/rankings', run };
export const rankingsActions: ActionHandler[] = [{ actionId: RANKINGS_ACTIONS.metric, run: showMetric }];

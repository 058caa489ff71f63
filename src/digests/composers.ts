import { isoWeekOf, reportView, type Occasion, type ReportAudience, type ReportView } from '../domain/digests';
import type { Locale } from '../i18n';
import { digestMessages } from '../i18n/digests';
import type { Store } from '../store';
import { lastPostedPeriod } from '../store/repositories/digestLedger';
import { DailyCourtData } from '../services/digests/dailyData';
import type { DigestPerson } from '../services/digests/people';
import { monthlyReport, viewInput, weeklyReport } from '../services/digests/reportData';
import { RegulationChangesService } from '../services/regulations/changes';
import { renderPng } from '../slack/charts/png';
import { teamChartSvg } from '../slack/charts/teamChart';
import type { SlackMessage } from '../slack/outbound';
import { dailyDigestMessage } from '../slack/views/digests/daily';
import { monthlyReportMessage, weeklyReportMessage } from '../slack/views/digests/report';
import { rulesDigestMessage } from '../slack/views/digests/regulationChanges';
import type { Chart } from './delivery';

export interface Content {
  message: SlackMessage;
  chart?: Chart;
}

interface ComposeContext {
  store: Store;
  courtId: number;
  occasion: Occasion;
  sendEmptyDaily: boolean;
  /** The people this run will deliver to now (so per-person history loads in one query). */
  people: DigestPerson[];
  /** Whether to render charts (off for dry-run previews, which print Block Kit only). */
  charts: boolean;
}

/** One digest kind's content: per person (null: no news), per channel (aggregates only); a chart is rendered asynchronously. */
export interface Prepared {
  forPerson(person: DigestPerson): Content | null | Promise<Content | null>;
  forChannel(locale: Locale): Content | null | Promise<Content | null>;
}

export type Composer = (context: ComposeContext) => Promise<Prepared>;

const localeOf = (person: DigestPerson): Locale => person.locale ?? 'zh-CN';

const composeDaily: Composer = async (context) => {
  const today = context.occasion.period.key;
  const [data, lastSent] = await Promise.all([
    DailyCourtData.load(context.store, context.courtId, today),
    lastPostedPeriod(
      context.store.prisma,
      'daily',
      context.people.map((person) => person.personId),
      today,
    ),
  ]);
  return {
    forPerson(person) {
      const digest =
        data.forPerson(person, lastSent.get(person.personId) ?? null) ?? (context.sendEmptyDaily ? data.empty() : null);
      return digest ? { message: dailyDigestMessage(localeOf(person), digest) } : null;
    },
    // Case lists never go to a channel.
    forChannel: () => null,
  };
};

function audienceOf(person: DigestPerson): ReportAudience | null {
  if (person.role === 'admin') return { kind: 'court' };
  if (person.role === 'team_lead' && person.ledTeamId !== null) return { kind: 'team', teamId: person.ledTeamId };
  return null;
}

/** Renders each distinct picture of a run once: the administrators' charts, say, are the same. */
function chartRenderer(): (svg: string) => Promise<Buffer> {
  const rendered = new Map<string, Promise<Buffer>>();
  return (svg) => {
    const known = rendered.get(svg);
    if (known) return known;
    const png = renderPng(svg);
    rendered.set(svg, png);
    return png;
  };
}

async function chartFor(
  view: ReportView,
  locale: Locale,
  name: string,
  render: ((svg: string) => Promise<Buffer>) | null,
): Promise<Chart | undefined> {
  if (!render || view.comparisons.length === 0) return undefined;
  const title = digestMessages(locale).report.chartTitle(view.periodKey);
  return {
    filename: `docket-${view.kind}-${view.periodKey}-${name}.png`,
    title,
    data: await render(teamChartSvg(locale, title, view.comparisons, digestMessages(locale).report.chartLegend)),
  };
}

const composeWeekly: Composer = async (context) => {
  const report = await weeklyReport(context.store, context.courtId, isoWeekOf(context.occasion.period.from), {
    lastYear: true,
  });
  const input = viewInput(report);
  const render = context.charts ? chartRenderer() : null;
  const content = async (locale: Locale, audience: ReportAudience, name: string): Promise<Content> => {
    const view = reportView(input, 'weekly', audience);
    const chart = await chartFor(view, locale, name, render);
    return {
      message: weeklyReportMessage(locale, view, audience, { chart: chart !== undefined }),
      ...(chart ? { chart } : {}),
    };
  };
  return {
    forPerson(person) {
      const audience = audienceOf(person);
      return audience ? content(localeOf(person), audience, `person-${person.personId}`) : null;
    },
    forChannel: (locale) => content(locale, { kind: 'channel' }, 'channel'),
  };
};

const composeMonthly: Composer = async (context) => {
  const report = await monthlyReport(context.store, context.courtId, context.occasion.period, { lastYear: true });
  const input = viewInput(report);
  const content = (locale: Locale, audience: ReportAudience): Content => ({
    message: monthlyReportMessage(locale, reportView(input, 'monthly', audience), report, audience),
  });
  return {
    forPerson(person) {
      const audience = audienceOf(person);
      return audience ? content(localeOf(person), audience) : null;
    },
    forChannel: (locale) => content(locale, { kind: 'channel' }),
  };
};

/** Rule text is not confidential: people who opted in and the rules channel read the same digest. A week without changes sends nothing. */
const composeRules: Composer = async (context) => {
  const court = await context.store.prisma.court.findUniqueOrThrow({
    where: { id: context.courtId },
    select: { timeZone: true },
  });
  const documents = await new RegulationChangesService({ prisma: context.store.prisma }).forRulesDigest(
    context.courtId,
    context.occasion.period,
    court.timeZone,
  );
  const content = (locale: Locale): Content | null =>
    documents.length === 0
      ? null
      : { message: rulesDigestMessage(locale, { periodKey: context.occasion.period.key, documents }) };
  return { forPerson: (person) => content(localeOf(person)), forChannel: content };
};

/** The digest kinds Docket can compose. */
export const COMPOSERS: Record<Occasion['kind'], Composer> = {
  daily: composeDaily,
  weekly: composeWeekly,
  monthly: composeMonthly,
  rules: composeRules,
};

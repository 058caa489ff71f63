import { isoWeekOf, reportView, type Occasion, type ReportAudience, type ReportView } from '../domain/digests';
import type { Locale } from '../i18n';
import { courtReportsMessages } from '../i18n/courtReports';
import { digestMessages } from '../i18n/digests';
import type { Store } from '../store';
import { lastPostedPeriod } from '../store/repositories/digestLedger';
import { DailyCourtData } from '../services/digests/dailyData';
import type { DigestPerson } from '../services/digests/people';
import { ReportDataService, viewInput } from '../services/digests/reportData';
import { RegulationChangesService } from '../services/regulations/changes';
import { renderPng } from '../slack/charts/png';
import { teamChartSvg } from '../slack/charts/teamChart';
import type { SlackMessage } from '../slack/outbound';
import { dailyDigestMessage } from '../slack/views/digests/daily';
import { monthlyReportMessage, weeklyReportMessage } from '../slack/views/digests/report';
import { rulesDigestMessage } from '../slack/views/digests/regulationChanges';
import type { Chart } from './delivery';
import { ReportDocuments, type ChartRenderer, type ReportDocumentsRequest } from './reportDocuments';

export interface Content {
  message: SlackMessage;
  chart?: Chart;
  /** Files that go with the message into its thread (the 周通报 / 月调度 documents for administrators). */
  attachments?: Chart[];
  /** What could not be produced for this message though the message went out (administrators are told). */
  problem?: string;
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
  /** Whether to render the weekly and monthly documents for administrators (off for dry-run previews). */
  documents: boolean;
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
function chartRenderer(): ChartRenderer {
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

/** What the administrators' digest carries of the documents: the files, or a note that they failed and why. */
interface DocumentsOutcome {
  notes: string[];
  attachments?: Chart[];
  problem?: string;
}

/**
 * The 周通报 or 月调度 files for an administrator. A failure to render them never holds the digest back:
 * it goes out with a note saying so, and the run tells the administrators (runner's failure report).
 */
async function documentsFor(documents: ReportDocuments | null, person: DigestPerson): Promise<DocumentsOutcome> {
  if (!documents || person.role !== 'admin') return { notes: [] };
  const locale = localeOf(person);
  const text = courtReportsMessages(locale);
  const kind = text.kind[documents.kind];
  try {
    const files = await documents.files(locale);
    return { notes: [text.digest.attached(kind)], attachments: [files.docx, files.xlsx] };
  } catch (error) {
    return {
      notes: [text.digest.failed(kind)],
      problem: `${text.digest.failureRecipient(kind)}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function documentsOf(context: ComposeContext, request: ReportDocumentsRequest, render: ChartRenderer | null) {
  return context.documents && context.people.some((person) => person.role === 'admin')
    ? new ReportDocuments(context.store, context.courtId, request, {
        issuedOn: context.occasion.sendDay,
        render: render ?? renderPng,
      })
    : null;
}

const composeWeekly: Composer = async (context) => {
  const report = await new ReportDataService({ store: context.store }).weekly(
    context.courtId,
    isoWeekOf(context.occasion.period.from),
    { lastYear: true },
  );
  const input = viewInput(report);
  const render = context.charts ? chartRenderer() : null;
  const documents = documentsOf(context, { kind: 'weekly', report }, render);
  const content = async (
    locale: Locale,
    audience: ReportAudience,
    name: string,
    person: DigestPerson | null,
  ): Promise<Content> => {
    const view = reportView(input, 'weekly', audience);
    const none: DocumentsOutcome = { notes: [] };
    const [chart, files] = await Promise.all([
      chartFor(view, locale, name, render),
      person ? documentsFor(documents, person) : none,
    ]);
    return {
      message: weeklyReportMessage(locale, view, audience, { chart: chart !== undefined, notes: files.notes }),
      ...(chart ? { chart } : {}),
      ...(files.attachments ? { attachments: files.attachments } : {}),
      ...(files.problem ? { problem: files.problem } : {}),
    };
  };
  return {
    forPerson(person) {
      const audience = audienceOf(person);
      return audience ? content(localeOf(person), audience, `person-${person.personId}`, person) : null;
    },
    forChannel: (locale) => content(locale, { kind: 'channel' }, 'channel', null),
  };
};

const composeMonthly: Composer = async (context) => {
  const report = await new ReportDataService({ store: context.store }).monthly(
    context.courtId,
    context.occasion.period,
    { lastYear: true },
  );
  const input = viewInput(report);
  const documents = documentsOf(context, { kind: 'monthly', report }, context.charts ? chartRenderer() : null);
  const content = async (locale: Locale, audience: ReportAudience, person: DigestPerson | null): Promise<Content> => {
    const files: DocumentsOutcome = person ? await documentsFor(documents, person) : { notes: [] };
    return {
      message: monthlyReportMessage(locale, reportView(input, 'monthly', audience), report, audience, {
        notes: files.notes,
      }),
      ...(files.attachments ? { attachments: files.attachments } : {}),
      ...(files.problem ? { problem: files.problem } : {}),
    };
  };
  return {
    forPerson(person) {
      const audience = audienceOf(person);
      return audience ? content(localeOf(person), audience, person) : null;
    },
    forChannel: (locale) => content(locale, { kind: 'channel' }, null),
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

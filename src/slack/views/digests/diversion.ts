import type { KnownBlock } from '@slack/types';
import type { ReportPeriodKind } from '../../../domain/digests';
import type { DiversionFigures } from '../../../domain/diversion';
import { formatMetricChange } from '../../../domain/metrics';
import { formatDate, type Locale } from '../../../i18n';
import { reportsMessages } from '../../../i18n/reports';
import type { DiversionReport } from '../../../services/digests/diversionData';
import type { SlackMessage } from '../../blockKit';
import { context, escape, header, markdown } from '../blocks';
import { periodName } from './figures';

const pct = (value: number | null, none: string): string => (value === null ? none : `${value.toFixed(2)}%`);
const days = (locale: Locale, value: number | null, none: string): string =>
  value === null ? none : locale === 'en' ? `${value.toFixed(1)} days` : `${value.toFixed(1)}天`;

/** 较上月 ▲1.20个百分点 · 同比 ▼0.50个百分点 for the 速裁快审 share. */
function shareChanges(locale: Locale, report: DiversionReport, periodKind: ReportPeriodKind): string {
  const text = reportsMessages(locale).change;
  const of = (base: DiversionFigures | null) =>
    base && base.fastTrackShare !== null && report.current.fastTrackShare !== null
      ? formatMetricChange({ amount: report.current.fastTrackShare - base.fastTrackShare, unit: 'points' }, locale)
      : '';
  const parts = [
    ...(of(report.previous) ? [`${text.previous[periodKind]} ${of(report.previous)}`] : []),
    ...(of(report.lastYear) ? [`${text.lastYear} ${of(report.lastYear)}`] : []),
  ];
  return parts.join(' · ');
}

/** The 繁简分流 figures as mrkdwn lines: the share against its range, 简转普, days by stream, 诉前调解. */
export function diversionLines(locale: Locale, report: DiversionReport, periodKind: ReportPeriodKind): string[] {
  const text = reportsMessages(locale).diversion;
  const figures = report.current;
  const lines: string[] = [];
  if (report.fastTrackTeams.length === 0) lines.push(text.noFastTrack);
  else {
    const changes = shareChanges(locale, report, periodKind);
    lines.push(
      `${text.share(
        pct(figures.fastTrackShare, text.none),
        figures.filedFastTrack,
        figures.filed,
        `${figures.shareTarget.min}%`,
        `${figures.shareTarget.max}%`,
        text.status[figures.shareStatus],
      )}${changes ? ` · ${changes}` : ''}`,
    );
  }
  lines.push(
    text.conversions(figures.converted, figures.simpleClosed, pct(figures.conversionRate, text.none)),
    text.days(
      days(locale, figures.averageDaysFastTrack, text.none),
      days(locale, figures.averageDaysOrdinary, text.none),
    ),
  );
  const mediation = figures.preLitigation;
  if (mediation)
    lines.push(
      text.preLitigation(
        mediation.filed,
        mediation.closed,
        mediation.settled,
        mediation.becameLawsuits,
        pct(mediation.lawsuitRate, text.none),
      ),
    );
  return lines;
}

/** Footnotes: new cases with no team, teams of no known kind, and the 口径. */
export function diversionNotes(locale: Locale, report: DiversionReport): string[] {
  const text = reportsMessages(locale);
  return [
    ...(report.current.preLitigation === null
      ? [text.diversion.noPreLitigation(report.preLitigationTypeCodes.join('、'))]
      : []),
    ...(report.current.filedUnassigned > 0 ? [text.diversion.unassigned(report.current.filedUnassigned)] : []),
    ...(report.teamsWithoutKind.length > 0
      ? [text.digest.teamKindUnknown(report.teamsWithoutKind.map(escape).join('、'))]
      : []),
    text.diversion.definition(report.typeCodes.join('、')),
  ];
}

/** /rankings 分流: the court's 繁简分流 over a period. Aggregates only, so everyone in the court may see it. */
export function diversionMessage(
  locale: Locale,
  input: { period: { kind: ReportPeriodKind; key: string; from: string; to: string }; diversion: DiversionReport },
): SlackMessage {
  const text = reportsMessages(locale);
  const title = text.diversion.rankingsTitle(periodName(locale, input.period.kind, input.period.key));
  const blocks: KnownBlock[] = [
    header(title.slice(0, 150)),
    context(text.diversion.range(formatDate(locale, input.period.from), formatDate(locale, input.period.to))),
    markdown(diversionLines(locale, input.diversion, input.period.kind).join('\n')),
    context(...diversionNotes(locale, input.diversion)),
  ];
  return { text: escape(title), blocks };
}

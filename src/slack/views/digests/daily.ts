import type { KnownBlock } from '@slack/types';
import { formatDate, messages, type Locale } from '../../../i18n';
import { digestMessages } from '../../../i18n/digests';
import type { SlackMessage } from '../../blockKit';
import { context, escape, header, markdown } from '../blocks';
import type { CaseLine } from '../../../services/caseLines';
import type { DailyDigestData } from '../../../services/digests/dailyData';
import { caseLineBlock } from '../mycases';

/** Per section, so that a digest stays one message within Slack's 50 blocks; /mycases has the rest. */
const CASES_PER_SECTION = 5;
const JUDGES_SHOWN = 8;
const CASES_PER_JUDGE = 3;

function caseSection(locale: Locale, title: string, cases: CaseLine[], showJudge: boolean): KnownBlock[] {
  if (cases.length === 0) return [];
  const text = digestMessages(locale).daily;
  const shown = cases.slice(0, CASES_PER_SECTION);
  return [
    markdown(title),
    ...shown.map((line) => caseLineBlock(locale, line, { showJudge })),
    ...(cases.length > shown.length ? [context(text.more(cases.length - shown.length))] : []),
  ];
}

function caseNumbers(cases: CaseLine[]): string {
  return cases
    .slice(0, CASES_PER_JUDGE)
    .map((line) => escape(line.caseNumber))
    .join('、');
}

/** The daily DM: the person's own (or their judges') cases, their team's, the court's. */
export function dailyDigestMessage(locale: Locale, data: DailyDigestData): SlackMessage {
  const text = digestMessages(locale).daily;
  const blocks: KnownBlock[] = [header(text.title(formatDate(locale, data.today)))];
  if (data.freshness.kind === 'stale')
    blocks.push(
      markdown(
        messages(locale).mycases.stale(data.freshness.missedWorkingDays, formatDate(locale, data.freshness.importedOn)),
      ),
    );
  let count = 0;
  if (data.personal) {
    const { newlyOverdue, overdue, dueSoon, extension } = data.personal;
    count += newlyOverdue.length + overdue.length + dueSoon.length + extension.length;
    blocks.push(
      ...caseSection(locale, text.newlyOverdue, newlyOverdue, data.showJudge),
      ...caseSection(locale, text.overdue, overdue, data.showJudge),
      ...caseSection(locale, text.dueSoon, dueSoon, data.showJudge),
      ...caseSection(locale, text.extension, extension, data.showJudge),
    );
  }
  if (data.team) {
    blocks.push(markdown(text.team(escape(data.team.teamName))));
    for (const judge of data.team.judges.slice(0, JUDGES_SHOWN)) {
      count += judge.overdue.length + judge.atRisk.length;
      const lines = [text.judgeLine(escape(judge.judgeName), judge.overdue.length, judge.atRisk.length)];
      if (judge.overdue.length > 0) lines.push(`🔴 ${caseNumbers(judge.overdue)}`);
      if (judge.atRisk.length > 0) lines.push(`🟠 ${caseNumbers(judge.atRisk)}`);
      blocks.push(markdown(lines.join('\n')));
    }
    if (data.team.judges.length > JUDGES_SHOWN) blocks.push(context(text.more(data.team.judges.length - JUDGES_SHOWN)));
  }
  if (data.court) {
    const { counts, longestOverdue } = data.court;
    const dueSoon = counts.dueWithin[0] ?? 0;
    const pendingLong = counts.pendingOver[0] ?? 0;
    const countsLine = text.courtCounts(counts.open, counts.overdue, dueSoon, counts.extensionDue, pendingLong);
    blocks.push(markdown(`${text.court(escape(data.court.courtName))}\n${countsLine}`));
    if (longestOverdue.length > 0) {
      blocks.push(
        markdown(
          [
            text.longestOverdue,
            ...longestOverdue.map((line) =>
              text.overdueLine(escape(line.caseNumber), escape(line.judgeName ?? '—'), line.overdueDays ?? 0),
            ),
          ].join('\n'),
        ),
      );
    }
  }
  if (count === 0 && !data.team && !data.court) blocks.push(markdown(text.empty));
  blocks.push(context(text.footer));
  return { text: count > 0 ? text.fallback(count) : text.empty, blocks };
}

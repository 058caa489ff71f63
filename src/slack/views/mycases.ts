import type { KnownBlock } from '@slack/types';
import type { DataFreshness } from '../../domain/freshness';
import { formatDate, formatNumber, messages, type Locale } from '../../i18n';
import type { SlackMessage } from '../blockKit';
import { actions, button, clip, context, divider, escape, fields, header, markdown } from './blocks';
import { caseMenu, cmsLink } from './caseActions';
import type { CaseLine } from '../../services/caseLines';
import type { CaseSummary } from '../../services/caseSummary';
import type { CaseFilter, CasePage, ScopeTitle } from '../../services/myCases';
import { marks, procedureName, standing } from './caseLines';

export const MYCASES_ACTIONS = {
  previous: 'mycases.previous',
  next: 'mycases.next',
  detail: 'mycases.detail',
} as const;

export function scopeTitle(locale: Locale, title: ScopeTitle): string {
  const text = messages(locale).mycases.title;
  switch (title.kind) {
    case 'self':
    case 'assigned':
      return text[title.kind];
    case 'judge':
      return text.judge(title.name);
    case 'team':
      return text.team(title.name);
    case 'court':
      return text.court(title.name);
  }
}

function count(value: number): string {
  return value > 0 ? `*${value}*` : String(value);
}

export function summaryBlocks(locale: Locale, summary: CaseSummary): KnownBlock[] {
  const text = messages(locale).mycases.summary;
  const average =
    summary.averageDaysClosedThisYear === null
      ? messages(locale).common.none
      : text.averageDaysValue(formatNumber(locale, summary.averageDaysClosedThisYear));
  return [
    fields([
      [text.open, String(summary.open)],
      [text.overdue, summary.overdue > 0 ? `🔴 ${count(summary.overdue)}` : '0'],
      [text.dueSoon, summary.dueWithin.join(' / ')],
      [text.extensionWindow, summary.extensionDue > 0 ? `📝 ${count(summary.extensionDue)}` : '0'],
      [text.extensionPassed, summary.extensionPassed > 0 ? `⏰ ${count(summary.extensionPassed)}` : '0'],
      [text.longPending, summary.pendingOver.join(' / ')],
      [text.closed, `${summary.closedThisMonth} / ${summary.closedThisYear}`],
      [text.averageDays, average],
    ]),
  ];
}

function filterTitle(locale: Locale, filter: CaseFilter): string {
  const text = messages(locale).mycases.list;
  switch (filter.kind) {
    case 'urgent':
      return text.urgent;
    case 'overdue':
      return text.overdue;
    case 'dueWithin':
      return text.dueWithin(filter.days);
    case 'overdueOrDueWithin':
      return text.overdueOrDueWithin(filter.days);
    case 'all':
      return text.all;
  }
}

/** One case: number and cause, procedure and dates, where it stands, with the ⋯ menu (详情, 提醒我, 本案暂不提醒). */
export function caseLineBlock(locale: Locale, line: CaseLine, options: { showJudge: boolean }): KnownBlock {
  const text = messages(locale);
  const facts = [
    procedureName(locale, line.procedure),
    text.mycases.line.filed(formatDate(locale, line.filedOn)),
    ...(line.deadline ? [text.mycases.line.deadline(formatDate(locale, line.deadline))] : []),
    ...(options.showJudge && line.judgeName ? [text.mycases.line.judge(escape(clip(line.judgeName, 40)))] : []),
  ];
  const link = cmsLink(locale, line.cmsUrl);
  if (link) facts.push(link);
  const status = [standing(locale, line), ...marks(locale, line)].join('  ');
  return markdown(
    `*${escape(clip(line.caseNumber, 60))}*  ${escape(clip(line.cause, 120))}\n${facts.join(' · ')}\n${status}`,
    caseMenu(locale, line),
  );
}

/** "As of" the day, when the case data was imported, and a warning when the nightly import has stopped. */
export function asOfBlocks(locale: Locale, asOf: string, freshness: DataFreshness): KnownBlock[] {
  const text = messages(locale).mycases;
  const asOfText = text.asOf(formatDate(locale, asOf));
  if (freshness.kind === 'never') return [context(asOfText)];
  const line = context(`${asOfText} · ${text.importedOn(formatDate(locale, freshness.importedOn))}`);
  return freshness.kind === 'stale'
    ? [line, markdown(text.stale(freshness.missedWorkingDays, formatDate(locale, freshness.importedOn)))]
    : [line];
}

/**
 * The /mycases answer: title, summary, one page of cases, and paging buttons that carry `state`
 * (what was asked) so the next page is computed, and permission-checked, afresh.
 */
export function myCasesMessage(
  locale: Locale,
  input: {
    title: ScopeTitle;
    summary: CaseSummary;
    freshness: DataFreshness;
    page: CasePage;
    showJudge: boolean;
    state: (page: number) => string;
  },
): SlackMessage {
  const text = messages(locale);
  const title = clip(scopeTitle(locale, input.title), 150);
  const blocks: KnownBlock[] = [
    header(title),
    ...asOfBlocks(locale, input.summary.asOf, input.freshness),
    ...summaryBlocks(locale, input.summary),
    divider(),
    markdown(`*${filterTitle(locale, input.page.filter)}*`),
  ];
  if (input.page.filter.kind === 'urgent') blocks.push(context(text.mycases.list.urgentHint));
  if (input.page.lines.length === 0) blocks.push(markdown(text.mycases.list.empty));
  for (const line of input.page.lines) blocks.push(caseLineBlock(locale, line, { showJudge: input.showJudge }));
  if (input.page.total > 0)
    blocks.push(context(text.common.page(input.page.page + 1, input.page.pages, input.page.total)));
  const paging = [
    ...(input.page.page > 0
      ? [button(text.common.previousPage, MYCASES_ACTIONS.previous, input.state(input.page.page - 1))]
      : []),
    ...(input.page.page + 1 < input.page.pages
      ? [button(text.common.nextPage, MYCASES_ACTIONS.next, input.state(input.page.page + 1))]
      : []),
  ];
  if (paging.length > 0) blocks.push(actions(...paging));
  return {
    text: `${title} · ${text.mycases.summary.open} ${input.summary.open} · ${text.mycases.summary.overdue} ${input.summary.overdue}`,
    blocks,
  };
}

export function usageMessage(locale: Locale, problem?: string): SlackMessage {
  const usage = messages(locale).mycases.usage;
  const body = problem ? `${problem}\n\n${usage}` : usage;
  return { text: problem ?? usage, blocks: [markdown(body)] };
}

import type { KnownBlock, ModalView } from '@slack/types';
import { formatCitationsEn, formatCitationsZh } from '../../domain/law';
import { formatDate, messages, type Locale } from '../../i18n';
import { clip, context, divider, escape, fields, header, markdown, plain } from './blocks';
import { caseActionButtons, cmsLink } from './caseActions';
import type { CaseDetail } from '../../services/myCases';
import { deadlineWithRequest, marks, procedureName, standing } from './caseLines';

function localized<T extends { zh: string; en: string }>(locale: Locale, value: T): string {
  return locale === 'en' ? value.en : value.zh;
}

function breakdownBlocks(locale: Locale, detail: CaseDetail): KnownBlock[] {
  const text = messages(locale).detail;
  if (detail.deadline.kind === 'problem')
    return [markdown(text.notComputable(escape(localized(locale, detail.deadline))))];
  const outcome = detail.deadline.outcome;
  const cite = locale === 'en' ? formatCitationsEn : formatCitationsZh;
  const blocks: KnownBlock[] = [];
  if (outcome.kind === 'none') {
    blocks.push(markdown(text.noDeadline(locale === 'en' ? outcome.reasonEn : outcome.reasonZh)));
  } else {
    blocks.push(markdown(text.basisTitle));
    for (const line of outcome.basis) {
      const basis = line.citations.length > 0 ? `\n_${text.basisCitation(cite(line.citations))}_` : '';
      blocks.push(markdown(`• ${localized(locale, line)}${basis}`));
    }
    if (outcome.extensionWindow && detail.status === 'open') {
      const window = outcome.extensionWindow;
      const applyBy = formatDate(locale, window.applyBy);
      const decideBy = formatDate(locale, window.decideBy);
      const passed = detail.line.extension?.state === 'passed' ? detail.line.extension : null;
      const when =
        passed === null
          ? text.extensionWindow(applyBy, decideBy)
          : text.extensionPassed(applyBy, decideBy, passed.decisionPassed);
      blocks.push(markdown(`${text.extensionTitle}\n${when}\n_${text.basisCitation(cite(window.citations))}_`));
    }
  }
  if (outcome.warnings.length > 0)
    blocks.push(context(outcome.warnings.map((warning) => `⚠️ ${localized(locale, warning)}`).join('\n')));
  return blocks;
}

/** The case's facts and its 审限 breakdown with citations: the 详情 modal's body, also sent for a 案号 query. */
export function caseDetailBlocks(locale: Locale, detail: CaseDetail): KnownBlock[] {
  const text = messages(locale);
  const line = detail.line;
  const link = cmsLink(locale, line.cmsUrl);
  const status =
    detail.status === 'closed'
      ? `${text.detail.closed}${detail.closedOn ? ` · ${formatDate(locale, detail.closedOn)}` : ''}`
      : [standing(locale, line), ...marks(locale, line)].join('\n');
  return [
    header(clip(line.caseNumber, 150)),
    fields([
      [text.detail.cause, escape(clip(line.cause, 500))],
      [text.detail.procedure, procedureName(locale, line.procedure)],
      [text.detail.judge, detail.judgeName ? escape(clip(detail.judgeName, 100)) : text.common.none],
      [text.detail.filed, formatDate(locale, line.filedOn)],
      [
        text.detail.deadline,
        line.deadline === null
          ? text.common.none
          : line.extensionRequest && line.extensionRequest.status !== 'entered' && detail.status === 'open'
            ? deadlineWithRequest(locale, line.deadline, {
                ...line.extensionRequest,
                status: line.extensionRequest.status,
              })
            : formatDate(locale, line.deadline),
      ],
      [text.detail.status, status],
    ]),
    ...(link ? [context(link)] : []),
    ...(detail.status === 'open' ? [caseActionButtons(locale, line)] : []),
    divider(),
    ...breakdownBlocks(locale, detail),
  ];
}

export function caseDetailModal(locale: Locale, detail: CaseDetail): ModalView {
  const text = messages(locale);
  return {
    type: 'modal',
    callback_id: 'mycases.detail',
    title: plain(text.detail.title),
    close: plain(text.common.close),
    blocks: caseDetailBlocks(locale, detail),
  };
}

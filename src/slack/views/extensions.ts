import type { KnownBlock, ModalView } from '@slack/types';
import type { Period } from '../../domain/dates';
import { formatCitationsFormal } from '../../domain/extensionRequests';
import { formatDate, messages, type Locale } from '../../i18n';
import { extensionsMessages } from '../../i18n/extensions';
import type { ExtensionPreparation, ExtensionRequestView, Refusal } from '../../services/extensions';
import type { SlackMessage } from '../blockKit';
import {
  actions,
  button,
  clip,
  context,
  escape,
  fields,
  formModal,
  header,
  inputBlock,
  markdown,
  option,
  plain,
} from './blocks';
import { CASE_ACTIONS } from './caseActions';
import { procedureName } from './caseLines';

/**
 * 申请延长审限: the request window with the rule that applies, the refusals (each with its rule), the
 * approver's DM with 批准 / 不批准, the 不批准 window, the outcome for the judge, and the marks
 * (延长申请中 / 已批准（待录入系统）) case lines carry.
 */

export const EXTENSION_ACTIONS = {
  /** value = request id */
  approve: 'extension.approve',
  reject: 'extension.reject',
} as const;

export const REQUEST_CALLBACK_ID = 'extension.request';
export const REJECT_CALLBACK_ID = 'extension.reject';
export const REQUEST_BLOCKS = { length: 'length', reason: 'reason' } as const;
export const REJECT_BLOCKS = { reason: 'reason' } as const;

const date = (locale: Locale, iso: string) => formatDate(locale, iso);

/** "m6" / "d30": a length as an option value. */
function lengthValue(period: Period): string {
  return period.months > 0 ? `m${period.months}` : `d${period.days}`;
}

export function parseLengthValue(value: string | null): Period | null {
  const match = /^([md])([1-9]\d?)$/.exec(value ?? '');
  if (!match) return null;
  const count = Number(match[2]);
  return match[1] === 'm' ? { months: count, days: 0 } : { months: 0, days: count };
}

/** The lengths a judge may pick: up to the statutory one; a choice of common ones when the law sets none. */
function lengthChoices(statutory: Period | null): Period[] {
  if (statutory === null)
    return [15, 30].map((days) => ({ months: 0, days })).concat([1, 2, 3, 6].map((months) => ({ months, days: 0 })));
  if (statutory.months > 0)
    return Array.from({ length: statutory.months }, (_, index) => ({ months: index + 1, days: 0 }));
  const days = [5, 10, 15, 20, 30, 45, 60].filter((count) => count < statutory.days);
  return [...days, statutory.days].map((count) => ({ months: 0, days: count }));
}

function ruleLines(locale: Locale, prepared: ExtensionPreparation): string[] {
  const text = extensionsMessages(locale);
  const { draft } = prepared;
  const lines = [
    text.request.rule(
      locale === 'en' ? draft.ruleTitleEn : draft.ruleTitleZh,
      draft.stepNumber,
      text.approver(draft.approver),
      draft.length ? text.period(draft.length) : null,
    ),
  ];
  const condition = locale === 'en' ? draft.conditionEn : draft.conditionZh;
  if (condition) lines.push(text.request.condition(condition));
  lines.push(
    draft.window
      ? text.request.window(date(locale, draft.window.applyBy), date(locale, draft.window.decideBy))
      : text.request.noWindow(date(locale, draft.currentDeadline)),
    text.request.basis(formatCitationsFormal(draft.citations)),
  );
  if (draft.cap)
    lines.push(text.request.cap(text.period(draft.cap.period), formatCitationsFormal(draft.cap.citations)));
  if (draft.conversion)
    lines.push(
      text.request.conversion(
        locale === 'en' ? draft.conversion.en : draft.conversion.zh,
        formatCitationsFormal(draft.conversion.citations),
      ),
    );
  return lines;
}

/** The 申请延长审限 window: the rule that applies, the dates, the length and the reason. */
export function requestModal(locale: Locale, prepared: ExtensionPreparation): ModalView {
  const text = extensionsMessages(locale);
  const choices = lengthChoices(prepared.draft.length).map((period) =>
    option(text.period(period), lengthValue(period)),
  );
  const initial = choices.find(
    (choice) => prepared.draft.length && choice.value === lengthValue(prepared.draft.length),
  );
  return formModal({
    callbackId: REQUEST_CALLBACK_ID,
    state: { caseId: prepared.caseId },
    title: text.request.title,
    submit: text.request.submit,
    close: messages(locale).common.close,
    blocks: [
      header(clip(prepared.caseNumber, 150)),
      markdown(ruleLines(locale, prepared).join('\n')),
      markdown(
        text.request.dates(
          date(locale, prepared.draft.currentDeadline),
          prepared.proposedDeadline ? date(locale, prepared.proposedDeadline) : null,
        ),
      ),
      inputBlock(REQUEST_BLOCKS.length, text.request.length, {
        type: 'static_select',
        options: choices,
        ...(initial ? { initial_option: initial } : {}),
      }),
      inputBlock(REQUEST_BLOCKS.reason, text.request.reason, {
        type: 'plain_text_input',
        multiline: true,
        min_length: 5,
        max_length: 1000,
        placeholder: plain(text.request.reasonHint),
      }),
      context(escape(text.request.routed(prepared.approverTitle, prepared.approver.name))),
    ],
  });
}

/** Why a case cannot ask for an extension now, with the rule that says so. */
export function refusalMessage(locale: Locale, refusal: Refusal): SlackMessage {
  const text = extensionsMessages(locale).refused;
  const message = ((): string => {
    switch (refusal.reason) {
      case 'gone':
        return text.gone;
      case 'not_judge':
        return text.notJudge;
      case 'closed':
        return text.closed;
      case 'pending':
        return refusal.request.status === 'approved'
          ? text.approvedPending(date(locale, refusal.request.proposedDeadline))
          : text.pending(date(locale, refusal.request.proposedDeadline));
      case 'no_approver':
        return text.noApprover(escape(refusal.title));
      case 'not_computable':
        return text.notComputable(escape(locale === 'en' ? refusal.en : refusal.zh));
      case 'no_deadline':
        return text.noDeadline;
      case 'not_extendable': {
        const rule = locale === 'en' ? refusal.ruleTitleEn : refusal.ruleTitleZh;
        const conversion = refusal.conversion;
        if (!conversion) return text.notExtendable(rule);
        const how = locale === 'en' ? conversion.en : conversion.zh;
        const convert = extensionsMessages(locale).request.conversion(how, formatCitationsFormal(conversion.citations));
        return `${text.notExtendable(rule)}\n${convert}`;
      }
      case 'exhausted':
        return text.exhausted(
          locale === 'en' ? refusal.ruleTitleEn : refusal.ruleTitleZh,
          formatCitationsFormal(refusal.citations),
        );
      case 'window_passed':
        return text.windowPassed(
          date(locale, refusal.applyBy),
          date(locale, refusal.deadline),
          formatCitationsFormal(refusal.citations),
        );
      case 'higher_court':
        return text.higherCourt(
          refusal.stepNumber,
          extensionsMessages(locale).approver(refusal.approver),
          formatCitationsFormal(refusal.citations),
        );
    }
  })();
  return { text: message, blocks: [markdown(message)] };
}

function stamp(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

/** The request's facts as both the approver's DM and the judge's copy show them. */
function requestFields(locale: Locale, request: ExtensionRequestView, timeZone: string): KnownBlock[] {
  const text = extensionsMessages(locale).approval;
  return [
    header(clip(text.title(request.caseNumber), 150)),
    markdown(text.intro(escape(request.requester.name), stamp(locale, request.createdAt, timeZone))),
    fields([
      [text.cause, escape(clip(request.cause, 200))],
      [text.judge, escape(request.requester.name)],
      [text.procedure, procedureName(locale, request.procedure)],
      [text.filed, date(locale, request.filedOn)],
      [text.current, date(locale, request.currentDeadline)],
      [text.length, extensionsMessages(locale).period(request.length)],
      [text.proposed, date(locale, request.proposedDeadline)],
    ]),
    markdown(text.reason(escape(clip(request.reason, 1000)))),
  ];
}

/** What became of a decided request, one line. */
export function decisionLine(locale: Locale, request: ExtensionRequestView, timeZone: string): string | null {
  const text = extensionsMessages(locale).approval;
  if (request.decidedBy === null || request.decidedAt === null) return null;
  const at = stamp(locale, request.decidedAt, timeZone);
  const name = escape(request.decidedBy.name);
  if (request.status === 'rejected') return text.rejectedBy(name, at, escape(request.decisionNote ?? ''));
  return `${text.approvedBy(name, at)}${request.status === 'entered' ? `\n${text.entered}` : ''}`;
}

/**
 * The approver's DM: the request and, while it is pending, 批准 (with Slack's confirmation dialog) and
 * 不批准 (which asks why); once decided, the same message says what was decided instead.
 */
export function approvalMessage(
  locale: Locale,
  request: ExtensionRequestView,
  options: { timeZone: string; formAttached: boolean; reroutedFrom?: string | null },
): SlackMessage {
  const text = extensionsMessages(locale);
  const blocks = requestFields(locale, request, options.timeZone);
  if (options.reroutedFrom) blocks.push(context(text.rerouted.toApprover(escape(options.reroutedFrom))));
  const decided = decisionLine(locale, request, options.timeZone);
  if (request.status === 'pending') {
    const length = text.period(request.length);
    blocks.push(
      actions(
        {
          ...button(text.approval.approve, EXTENSION_ACTIONS.approve, String(request.id), 'primary'),
          confirm: {
            title: plain(text.approval.confirmTitle),
            text: plain(text.approval.confirmText(request.caseNumber, length, date(locale, request.proposedDeadline))),
            confirm: plain(text.approval.confirmYes),
            deny: plain(text.approval.confirmNo),
          },
        },
        button(text.approval.reject, EXTENSION_ACTIONS.reject, String(request.id), 'danger'),
      ),
    );
  } else if (decided) blocks.push(markdown(decided));
  if (options.formAttached) blocks.push(context(text.approval.attached));
  return { text: text.approval.title(request.caseNumber), blocks };
}

/** The 不批准 window: the reason is required, and goes to the judge. */
export function rejectModal(locale: Locale, request: { id: number; caseNumber: string }): ModalView {
  const text = extensionsMessages(locale).reject;
  return formModal({
    callbackId: REJECT_CALLBACK_ID,
    state: { requestId: request.id },
    title: text.title,
    submit: text.submit,
    close: messages(locale).common.close,
    blocks: [
      header(clip(request.caseNumber, 150)),
      inputBlock(REJECT_BLOCKS.reason, text.reason, { type: 'plain_text_input', multiline: true, max_length: 500 }),
    ],
  });
}

/** The judge's copy when the request is filed, with 下载审批表. */
export function submittedMessage(locale: Locale, request: ExtensionRequestView): SlackMessage {
  const text = extensionsMessages(locale);
  const line = text.request.submitted(
    escape(request.caseNumber),
    text.period(request.length),
    escape(request.approverTitle),
    escape(request.approver?.name ?? '—'),
    date(locale, request.proposedDeadline),
  );
  return { text: line, blocks: [markdown(line)] };
}

/** The judge is told the decision. */
export function outcomeMessage(locale: Locale, request: ExtensionRequestView): SlackMessage {
  const text = extensionsMessages(locale);
  const name = escape(request.decidedBy?.name ?? '—');
  const line =
    request.status === 'rejected'
      ? text.outcome.rejected(escape(request.caseNumber), name, escape(request.decisionNote ?? ''))
      : text.outcome.approved(
          escape(request.caseNumber),
          text.period(request.length),
          date(locale, request.proposedDeadline),
          name,
        );
  return {
    text: line,
    blocks: [markdown(line), actions(button(text.form.download, CASE_ACTIONS.form, String(request.caseId)))],
  };
}

/** Administrators are told a request moved to another approver, or that nobody can decide it. */
export function reroutedMessage(
  locale: Locale,
  input: { caseNumber: string; from: string; to: string | null; title: string },
): SlackMessage {
  const line = extensionsMessages(locale).rerouted.admins(
    escape(input.caseNumber),
    escape(input.from),
    input.to === null ? null : escape(input.to),
    escape(input.title),
  );
  return { text: line, blocks: [markdown(line)] };
}

import type { KnownBlock, ModalView, Overflow, PlainTextOption } from '@slack/types';
import { formatDate, messages, type Locale } from '../../i18n';
import { caseActionsMessages } from '../../i18n/caseActions';
import { extensionsMessages } from '../../i18n/extensions';
import type { SlackMessage } from '../blockKit';
import { actions, button, clip, context, escape, formModal, header, inputBlock, markdown, option } from './blocks';
import type { CaseLine } from '../../services/caseLines';
import type { ReminderEntry } from '../../services/reminders';

/**
 * Acting on one case: the ⋯ menu on every case line, the buttons in the 详情 window, the 「提醒我」 and
 * 「本案暂不提醒」 windows, their confirmations, the reminder DM and App Home's list of reminders.
 */

export const CASE_ACTIONS = {
  /** The ⋯ menu on a case line: its option value says what (see caseMenuValue). */
  menu: 'case.menu',
  /** Buttons in the 详情 window, value = case id. */
  remind: 'case.remind',
  snooze: 'case.snooze',
  extend: 'case.extend',
  /** The latest 延长审限 request's 审批表, value = case id. */
  form: 'extension.form',
  /** App Home, value = reminder id. */
  cancelReminder: 'reminder.cancel',
} as const;

export const REMIND_CALLBACK_ID = 'case.remind';
export const SNOOZE_CALLBACK_ID = 'case.snooze';

/** block_id of each input; the action_id inside every input block is "value". */
export const REMIND_BLOCKS = { when: 'when', date: 'date', workingDays: 'workingDays' } as const;
export const SNOOZE_BLOCKS = { until: 'until' } as const;

export type CaseMenuChoice = 'detail' | 'remind' | 'snooze' | 'extend';

export function caseMenuValue(choice: CaseMenuChoice, caseId: number): string {
  return `${choice}:${caseId}`;
}

/** 「在办案系统中打开」 as a Slack link, or nothing when the court set no CMS link template. */
export function cmsLink(locale: Locale, url: string | null | undefined): string | null {
  if (!url) return null;
  return `<${escape(url)}|${caseActionsMessages(locale).openInCms}>`;
}

/** The ⋯ menu of a case line: 详情, 提醒我, 本案暂不提醒, and 申请延长审限 for a case with a 审限. */
export function caseMenu(locale: Locale, line: Pick<CaseLine, 'id' | 'deadline'>): Overflow {
  const text = caseActionsMessages(locale).menu;
  return {
    type: 'overflow',
    action_id: CASE_ACTIONS.menu,
    options: [
      option(text.details, caseMenuValue('detail', line.id)),
      option(text.remind, caseMenuValue('remind', line.id)),
      option(text.snooze, caseMenuValue('snooze', line.id)),
      ...(line.deadline !== null ? [option(extensionsMessages(locale).menu, caseMenuValue('extend', line.id))] : []),
    ],
  };
}

/** The same acts as buttons, for the 详情 window; 下载审批表 once the case has an extension request. */
export function caseActionButtons(
  locale: Locale,
  line: Pick<CaseLine, 'id' | 'deadline' | 'extensionRequest'>,
): KnownBlock {
  const text = caseActionsMessages(locale).menu;
  const extension = extensionsMessages(locale);
  return actions(
    button(text.remind, CASE_ACTIONS.remind, String(line.id)),
    button(text.snooze, CASE_ACTIONS.snooze, String(line.id)),
    ...(line.deadline !== null ? [button(extension.menu, CASE_ACTIONS.extend, String(line.id))] : []),
    ...(line.extensionRequest ? [button(extension.form.download, CASE_ACTIONS.form, String(line.id))] : []),
  );
}

export interface RemindModalInput {
  caseId: number;
  caseNumber: string;
  deadline: string | null;
  applyBy: string | null;
  /** The date the picker opens on: the next working day. */
  suggested: string;
}

export function remindModal(locale: Locale, input: RemindModalInput): ModalView {
  const text = caseActionsMessages(locale).remind;
  const facts = [
    ...(input.deadline ? [text.deadlineFact(formatDate(locale, input.deadline))] : []),
    ...(input.applyBy ? [text.applyByFact(formatDate(locale, input.applyBy))] : []),
  ];
  const bases = [
    option(text.onDate, 'date'),
    ...(input.deadline ? [option(text.beforeDeadline, 'before_deadline')] : []),
    ...(input.applyBy ? [option(text.beforeApplyBy, 'before_apply_by')] : []),
  ];
  return formModal({
    callbackId: REMIND_CALLBACK_ID,
    state: { caseId: input.caseId },
    title: text.title,
    submit: text.submit,
    close: messages(locale).common.close,
    blocks: [
      markdown(text.caseLine(escape(clip(input.caseNumber, 60)), facts.join(' · '))),
      inputBlock(REMIND_BLOCKS.when, text.when, {
        type: 'radio_buttons',
        options: bases,
        initial_option: bases[0] as PlainTextOption,
      }),
      inputBlock(
        REMIND_BLOCKS.date,
        text.date,
        { type: 'datepicker', initial_date: input.suggested },
        { optional: true },
      ),
      inputBlock(
        REMIND_BLOCKS.workingDays,
        text.workingDays,
        { type: 'number_input', is_decimal_allowed: false, min_value: '1', max_value: '30', initial_value: '3' },
        { optional: true },
      ),
      context(text.explain),
    ],
  });
}

export function snoozeModal(locale: Locale, input: { caseId: number; caseNumber: string; initial: string }): ModalView {
  const text = caseActionsMessages(locale).snooze;
  return formModal({
    callbackId: SNOOZE_CALLBACK_ID,
    state: { caseId: input.caseId },
    title: text.title,
    submit: text.submit,
    close: messages(locale).common.close,
    blocks: [
      markdown(`*${escape(clip(input.caseNumber, 60))}*`),
      inputBlock(SNOOZE_BLOCKS.until, text.until, { type: 'datepicker', initial_date: input.initial }),
      context(text.explain),
    ],
  });
}

/** How a reminder was asked for, as a parenthesis after its date ("" for a plain date). */
function reminderBasis(locale: Locale, basis: string, workingDays: number | null): string {
  const text = caseActionsMessages(locale).remind;
  if (basis === 'before_deadline' && workingDays !== null) return text.basisBeforeDeadline(workingDays);
  if (basis === 'before_apply_by' && workingDays !== null) return text.basisBeforeApplyBy(workingDays);
  return '';
}

export function reminderSetMessage(
  locale: Locale,
  input: {
    caseNumber: string;
    on: string;
    asked: string;
    moved: 'past' | 'rest_day' | null;
    basis: string;
    workingDays: number | null;
  },
): SlackMessage {
  const text = caseActionsMessages(locale).remind;
  const date = formatDate(locale, input.on);
  const lines = [text.set(escape(input.caseNumber), date, reminderBasis(locale, input.basis, input.workingDays))];
  if (input.moved === 'past') lines.push(text.movedPast(formatDate(locale, input.asked), date));
  if (input.moved === 'rest_day') lines.push(text.movedRestDay(formatDate(locale, input.asked), date));
  return { text: lines.join(' '), blocks: [markdown(lines.join('\n')), context(text.manage)] };
}

export function snoozeSetMessage(
  locale: Locale,
  input: { caseNumber: string; until: string; replaced: string | null },
): SlackMessage {
  const text = caseActionsMessages(locale).snooze;
  const lines = [text.set(escape(input.caseNumber), formatDate(locale, input.until))];
  if (input.replaced && input.replaced !== input.until) lines.push(text.replaced(formatDate(locale, input.replaced)));
  return {
    text: lines.join(' '),
    blocks: [markdown(lines.join('\n')), context(caseActionsMessages(locale).remind.manage)],
  };
}

/**
 * The reminder DM: the case as its line shows it today (with the ⋯ menu, to act on it from here) and
 * when and how the reminder was set. `caseLine` renders the line (the /mycases view's).
 */
export function reminderMessage(
  locale: Locale,
  input: {
    line: CaseLine;
    createdOn: string;
    basis: string;
    workingDays: number | null;
    caseLine: (line: CaseLine) => KnownBlock;
  },
): SlackMessage {
  const text = caseActionsMessages(locale).reminderDm;
  const title = text.title(input.line.caseNumber);
  return {
    text: title,
    blocks: [
      header(clip(title, 150)),
      markdown(text.intro(formatDate(locale, input.createdOn), reminderBasis(locale, input.basis, input.workingDays))),
      input.caseLine(input.line),
      context(text.footer),
    ],
  };
}

/** Reminders shown on App Home (a Home view holds 100 blocks in all); the rest are counted. */
const HOME_REMINDERS_SHOWN = 12;

/** App Home's 「我的提醒」: each reminder and snooze with a 取消 button, soonest first. */
export function remindersHomeBlocks(locale: Locale, entries: readonly ReminderEntry[]): KnownBlock[] {
  const text = caseActionsMessages(locale).home;
  const blocks: KnownBlock[] = [header(text.title)];
  if (entries.length === 0) return [...blocks, context(text.empty)];
  for (const entry of entries.slice(0, HOME_REMINDERS_SHOWN)) {
    const date = formatDate(locale, entry.on);
    const caseNumber = escape(clip(entry.caseNumber, 60));
    const cause = escape(clip(entry.cause, 60));
    const line =
      entry.kind === 'remind'
        ? text.remindLine(date, caseNumber, cause, reminderBasis(locale, entry.basis, entry.workingDays))
        : text.snoozeLine(date, caseNumber, cause);
    blocks.push(markdown(line, button(text.cancel, CASE_ACTIONS.cancelReminder, String(entry.id))));
  }
  if (entries.length > HOME_REMINDERS_SHOWN) blocks.push(context(text.more(entries.length - HOME_REMINDERS_SHOWN)));
  return blocks;
}

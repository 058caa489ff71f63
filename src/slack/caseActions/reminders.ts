import { z } from 'zod';
import { addDays } from '../../domain/digests';
import { isIsoDate, toEpochDay, toIsoDate } from '../../domain/dates';
import { MAX_WORKING_DAYS_BEFORE, type ReminderRequest } from '../../domain/reminders';
import { messages } from '../../i18n';
import { caseActionsMessages } from '../../i18n/caseActions';
import { dayIn } from '../../services/clock';
import { MAX_OPEN_PER_PERSON } from '../../services/reminders';
import type {
  ActionContext,
  ActionHandler,
  HandlerContext,
  ViewSubmissionContext,
  ViewSubmissionHandler,
  ViewSubmissionResult,
} from '../handlerContract';
import { renderHome } from '../home';
import type { View } from '@slack/types';
import {
  CASE_ACTIONS,
  REMIND_BLOCKS,
  REMIND_CALLBACK_ID,
  remindModal,
  reminderSetMessage,
  SNOOZE_BLOCKS,
  SNOOZE_CALLBACK_ID,
  snoozeModal,
  snoozeSetMessage,
} from '../views/caseActions';
import { notice } from '../views/notices';

/** 「提醒我」 and 「本案暂不提醒」: the windows, what they save, and App Home's 取消. */

/** A snooze window opens on a week from today: long enough to matter, short enough not to forget the case. */
const SNOOZE_DEFAULT_DAYS = 7;

export function today(context: HandlerContext): string {
  return dayIn(context.services.clock.now(), context.services.timeZone);
}

/** From a message, opens a window; from inside a window (the 详情 modal), pushes one on top of it. */
export async function showWindow(context: ActionContext, view: View): Promise<void> {
  if (context.container === 'view') await context.outbound.pushView(context.triggerId, view);
  else await context.outbound.openView(context.triggerId, view);
}

async function refuse(context: ActionContext, reason: 'gone' | 'closed'): Promise<void> {
  const text = caseActionsMessages(context.actor.locale).refused;
  await context.reply(notice(reason === 'gone' ? text.gone : text.closed));
}

export async function openRemindWindow(context: ActionContext, caseId: number): Promise<void> {
  const { actor, services } = context;
  const asOf = today(context);
  const detail = await services.reminders.caseFor(actor.viewer, caseId, asOf);
  if (!detail || detail.status === 'closed') return refuse(context, detail ? 'closed' : 'gone');
  const calendar = await services.myCases.calendar();
  const outcome = detail.deadline.kind === 'outcome' ? detail.deadline.outcome : null;
  await showWindow(
    context,
    remindModal(actor.locale, {
      caseId,
      caseNumber: detail.line.caseNumber,
      deadline: detail.line.deadline,
      applyBy: outcome?.kind === 'deadline' ? (outcome.extensionWindow?.applyBy ?? null) : null,
      suggested: toIsoDate(calendar.rollForward(toEpochDay(addDays(asOf, 1)))),
    }),
  );
}

export async function openSnoozeWindow(context: ActionContext, caseId: number): Promise<void> {
  const { actor, services } = context;
  const asOf = today(context);
  const detail = await services.reminders.caseFor(actor.viewer, caseId, asOf);
  if (!detail || detail.status === 'closed') return refuse(context, detail ? 'closed' : 'gone');
  await showWindow(
    context,
    snoozeModal(actor.locale, {
      caseId,
      caseNumber: detail.line.caseNumber,
      initial: addDays(asOf, SNOOZE_DEFAULT_DAYS),
    }),
  );
}

const caseIdValue = z.coerce.number().int().positive();
const metadata = z.object({ caseId: z.number().int().positive() });

function caseIdOf(context: ViewSubmissionContext): number | null {
  try {
    const parsed = metadata.safeParse(JSON.parse(context.privateMetadata));
    return parsed.success ? parsed.data.caseId : null;
  } catch {
    return null;
  }
}

function field(context: ViewSubmissionContext, block: string): string | null {
  const state = context.values[block]?.value;
  return state?.selected_option?.value ?? state?.selected_date ?? state?.value ?? null;
}

const basisSchema = z.enum(['date', 'before_deadline', 'before_apply_by']);
const workingDaysSchema = z.coerce.number().int().min(1).max(MAX_WORKING_DAYS_BEFORE);

/** Builds the request from the window's fields, or the field errors that keep it open. */
function remindRequest(
  context: ViewSubmissionContext,
): { ok: true; request: ReminderRequest } | { ok: false; errors: Record<string, string> } {
  const text = caseActionsMessages(context.actor.locale).remind;
  const basis = basisSchema.catch('date').parse(field(context, REMIND_BLOCKS.when));
  if (basis === 'date') {
    const on = field(context, REMIND_BLOCKS.date);
    return on !== null && isIsoDate(on)
      ? { ok: true, request: { kind: 'date', on } }
      : { ok: false, errors: { [REMIND_BLOCKS.date]: text.needDate } };
  }
  const days = workingDaysSchema.safeParse(field(context, REMIND_BLOCKS.workingDays));
  return days.success
    ? { ok: true, request: { kind: basis, workingDays: days.data } }
    : { ok: false, errors: { [REMIND_BLOCKS.workingDays]: text.needWorkingDays } };
}

async function saveReminder(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = caseActionsMessages(actor.locale);
  const caseId = caseIdOf(context);
  if (caseId === null) return { errors: { [REMIND_BLOCKS.when]: text.refused.gone } };
  const parsed = remindRequest(context);
  if (!parsed.ok) return { errors: parsed.errors };
  const asOf = today(context);
  if ((await services.reminders.countOpen(actor.viewer.personId, asOf)) >= MAX_OPEN_PER_PERSON)
    return { errors: { [REMIND_BLOCKS.when]: text.refused.tooMany(MAX_OPEN_PER_PERSON) } };
  const result = await services.reminders.remind(actor.viewer, caseId, parsed.request, asOf);
  if (!result.ok) {
    const reason = {
      gone: text.refused.gone,
      closed: text.refused.closed,
      no_deadline: text.refused.noDeadline,
      no_apply_by: text.refused.noApplyBy,
    }[result.reason];
    return { errors: { [REMIND_BLOCKS.when]: reason } };
  }
  const confirmation = reminderSetMessage(actor.locale, {
    caseNumber: result.entry.caseNumber,
    on: result.day.on,
    asked: result.day.asked,
    moved: result.day.moved,
    basis: result.entry.basis,
    workingDays: result.entry.workingDays,
  });
  return { close: true, after: (fresh) => confirm(fresh, context.userId, confirmation) };
}

async function saveSnooze(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = caseActionsMessages(actor.locale);
  const caseId = caseIdOf(context);
  const until = field(context, SNOOZE_BLOCKS.until);
  if (caseId === null) return { errors: { [SNOOZE_BLOCKS.until]: text.refused.gone } };
  if (until === null || !isIsoDate(until)) return { errors: { [SNOOZE_BLOCKS.until]: text.snooze.past } };
  const asOf = today(context);
  if ((await services.reminders.countOpen(actor.viewer.personId, asOf)) >= MAX_OPEN_PER_PERSON)
    return { errors: { [SNOOZE_BLOCKS.until]: text.refused.tooMany(MAX_OPEN_PER_PERSON) } };
  const result = await services.reminders.snooze(actor.viewer, caseId, until, asOf);
  if (!result.ok) {
    const reason = { gone: text.refused.gone, closed: text.refused.closed, past: text.snooze.past }[result.reason];
    return { errors: { [SNOOZE_BLOCKS.until]: reason } };
  }
  const confirmation = snoozeSetMessage(actor.locale, {
    caseNumber: result.entry.caseNumber,
    until: result.entry.on,
    replaced: result.replaced,
  });
  return { close: true, after: (fresh) => confirm(fresh, context.userId, confirmation) };
}

/** Tells the person what was saved (a DM: a closed window has nowhere else to answer) and refreshes App Home's list. */
async function confirm(
  context: HandlerContext,
  userId: string,
  message: Parameters<HandlerContext['outbound']['sendDirectMessage']>[1],
): Promise<void> {
  await context.outbound.sendDirectMessage(userId, message);
  await context.outbound.publishHome(userId, await renderHome(context));
}

async function cancelReminder(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  const id = caseIdValue.safeParse(context.value);
  const cancelled = id.success && (await services.reminders.cancel(actor.viewer, id.data));
  if (!cancelled) await context.reply(notice(caseActionsMessages(actor.locale).home.notYours));
  await context.outbound.publishHome(context.userId, await renderHome(context));
}

async function remindButton(context: ActionContext): Promise<void> {
  const caseId = caseIdValue.safeParse(context.value);
  if (!caseId.success) return context.reply(notice(messages(context.actor.locale).detail.gone));
  await openRemindWindow(context, caseId.data);
}

async function snoozeButton(context: ActionContext): Promise<void> {
  const caseId = caseIdValue.safeParse(context.value);
  if (!caseId.success) return context.reply(notice(messages(context.actor.locale).detail.gone));
  await openSnoozeWindow(context, caseId.data);
}

export const reminderActions: ActionHandler[] = [
  { actionId: CASE_ACTIONS.remind, run: remindButton },
  { actionId: CASE_ACTIONS.snooze, run: snoozeButton },
  { actionId: CASE_ACTIONS.cancelReminder, run: cancelReminder },
];

export const reminderViews: ViewSubmissionHandler[] = [
  { callbackId: REMIND_CALLBACK_ID, run: saveReminder },
  { callbackId: SNOOZE_CALLBACK_ID, run: saveSnooze },
];

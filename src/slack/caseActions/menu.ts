import { z } from 'zod';
import { messages } from '../../i18n';
import type { ActionContext, ActionHandler } from '../handlerContract';
import { CASE_ACTIONS } from '../views/caseActions';
import { caseDetailModal } from '../views/caseDetail';
import { notice } from '../views/notices';
import { openExtensionWindow } from './extensions';
import { openRemindWindow, openSnoozeWindow, showWindow, today } from './reminders';

/** The ⋯ menu on every case line (/mycases, App Home, digests, reminders): what was picked, for which case. */
const choice = z
  .string()
  .regex(/^(detail|remind|snooze|extend):\d+$/)
  .transform((value) => {
    const [kind, id] = value.split(':') as ['detail' | 'remind' | 'snooze' | 'extend', string];
    return { kind, caseId: Number(id) };
  });

/** The 详情 window of a case the viewer may see (the same check as /mycases 案号), or why not. */
export async function openCaseDetail(context: ActionContext, caseId: number): Promise<void> {
  const detail = Number.isInteger(caseId)
    ? await context.services.myCases.detailById(context.actor.viewer, caseId, today(context))
    : null;
  if (!detail) {
    await context.reply(notice(messages(context.actor.locale).detail.gone));
    return;
  }
  await showWindow(context, caseDetailModal(context.actor.locale, detail));
}

async function pick(context: ActionContext): Promise<void> {
  const parsed = choice.safeParse(context.selected ?? context.value);
  if (!parsed.success) {
    await context.reply(notice(messages(context.actor.locale).detail.gone));
    return;
  }
  const { kind, caseId } = parsed.data;
  if (kind === 'detail') return openCaseDetail(context, caseId);
  if (kind === 'remind') return openRemindWindow(context, caseId);
  if (kind === 'extend') return openExtensionWindow(context, caseId);
  return openSnoozeWindow(context, caseId);
}

export const caseMenuActions: ActionHandler[] = [{ actionId: CASE_ACTIONS.menu, run: pick }];

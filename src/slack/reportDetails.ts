import { z } from 'zod';
import { reportsMessages } from '../i18n/reports';
import type { ActionContext, ActionHandler } from './handlerContract';
import { notice } from './views/notices';
import { REPORT_ACTIONS } from './views/digests/report';
import { allMetricsModal, teamsModal } from './views/digests/reportDetails';

const reference = z.object({ kind: z.enum(['weekly', 'monthly']), period: z.string().max(16) });

/** A digest's 全部指标与口径 and 团队对比 buttons: the report again, for the person who pressed, in a modal. */
async function openDetails(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  let parsed;
  try {
    parsed = reference.safeParse(JSON.parse(context.value ?? ''));
  } catch {
    parsed = null;
  }
  const details = parsed?.success ? await services.reportDetails.details(actor.viewer, parsed.data) : null;
  if (!details) {
    await context.reply(notice(reportsMessages(actor.locale).details.expired));
    return;
  }
  const modal =
    context.actionId === REPORT_ACTIONS.all
      ? allMetricsModal(actor.locale, details.view, details.audience)
      : teamsModal(actor.locale, details.view, details.audience, details.monthly);
  await context.outbound.openView(context.triggerId, modal);
}

export const reportDetailsActions: ActionHandler[] = [
  { actionId: REPORT_ACTIONS.all, run: openDetails },
  { actionId: REPORT_ACTIONS.teams, run: openDetails },
];

import { z } from 'zod';
import { extensionsMessages } from '../../i18n/extensions';
import type { Refusal } from '../../services/extensions';
import type {
  ActionContext,
  ActionHandler,
  ViewSubmissionContext,
  ViewSubmissionHandler,
  ViewSubmissionResult,
} from '../handlerContract';
import { CASE_ACTIONS } from '../views/caseActions';
import {
  EXTENSION_ACTIONS,
  decisionLine,
  parseLengthValue,
  refusalMessage,
  rejectModal,
  REJECT_BLOCKS,
  REJECT_CALLBACK_ID,
  REQUEST_BLOCKS,
  REQUEST_CALLBACK_ID,
  requestModal,
} from '../views/extensions';
import { notice } from '../views/notices';
import { showWindow, today } from './reminders';

/**
 * 申请延长审限 from a case line or 详情, the approver's 批准 / 不批准 in their DM, and 下载审批表. The
 * service checks and records (who may ask, the window, one decision only); the notices (DMs through the
 * ledger) follow each step.
 */

const positiveId = z.coerce.number().int().positive();

function metadataId(context: ViewSubmissionContext, key: 'caseId' | 'requestId'): number | null {
  try {
    const parsed = z.object({ [key]: z.number().int().positive() }).safeParse(JSON.parse(context.privateMetadata));
    return parsed.success ? (parsed.data[key] as number) : null;
  } catch {
    return null;
  }
}

function field(context: ViewSubmissionContext, block: string): string | null {
  const state = context.values[block]?.value;
  return state?.selected_option?.value ?? state?.value ?? null;
}

/** A refusal as one line of text, for a window's field error (plain text there). */
function refusalText(context: ViewSubmissionContext, refusal: Refusal): string {
  return refusalMessage(context.actor.locale, refusal).text.replace(/[*`]/g, '');
}

export async function openExtensionWindow(context: ActionContext, caseId: number): Promise<void> {
  const prepared = await context.services.extensions.prepare(context.actor.viewer, caseId, today(context));
  if (!prepared.ok) {
    await context.reply(refusalMessage(context.actor.locale, prepared));
    return;
  }
  await showWindow(context, requestModal(context.actor.locale, prepared));
}

async function extendButton(context: ActionContext): Promise<void> {
  const caseId = positiveId.safeParse(context.value);
  if (!caseId.success) return context.reply(refusalMessage(context.actor.locale, { reason: 'gone' }));
  await openExtensionWindow(context, caseId.data);
}

const MIN_REASON = 5;

async function saveRequest(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = extensionsMessages(actor.locale).request;
  const caseId = metadataId(context, 'caseId');
  if (caseId === null) return { errors: { [REQUEST_BLOCKS.length]: refusalText(context, { reason: 'gone' }) } };
  const length = parseLengthValue(field(context, REQUEST_BLOCKS.length));
  const reason = (field(context, REQUEST_BLOCKS.reason) ?? '').trim();
  const errors: Record<string, string> = {};
  if (length === null) errors[REQUEST_BLOCKS.length] = text.empty;
  if ([...reason].length < MIN_REASON) errors[REQUEST_BLOCKS.reason] = text.needReason;
  if (length === null || Object.keys(errors).length > 0) return { errors };
  const result = await services.extensions.request(actor.viewer, caseId, { length, reason }, today(context));
  if (!result.ok) {
    if (result.reason === 'bad_length')
      return {
        errors: {
          [REQUEST_BLOCKS.length]:
            result.problem === 'empty' || result.statutory === null
              ? text.empty
              : text.longerThanLaw(extensionsMessages(actor.locale).period(result.statutory)),
        },
      };
    return { errors: { [REQUEST_BLOCKS.length]: refusalText(context, result) } };
  }
  const id = result.request.id;
  return {
    close: true,
    after: async (fresh) => {
      await fresh.services.extensionNotices.notifyApprover(id);
      await fresh.services.extensionNotices.notifySubmitted(id);
    },
  };
}

/** The decision could not be recorded: already decided (and how), not this person's, or gone. */
async function tellUndecided(
  context: ActionContext | ViewSubmissionContext,
  reply: (text: string) => Promise<void>,
  result: Exclude<Awaited<ReturnType<ActionContext['services']['extensions']['decide']>>, { ok: true }>,
): Promise<void> {
  const text = extensionsMessages(context.actor.locale).approval;
  if (result.reason === 'already') {
    const outcome = decisionLine(context.actor.locale, result.request, context.services.timeZone) ?? '';
    await reply(text.already(outcome));
  } else await reply(result.reason === 'not_approver' ? text.notApprover : text.gone);
}

async function approve(context: ActionContext): Promise<void> {
  const id = positiveId.safeParse(context.value);
  const reply = (line: string) => context.reply(notice(line));
  if (!id.success) return reply(extensionsMessages(context.actor.locale).approval.gone);
  const result = await context.services.extensions.decide(context.actor.viewer, id.data, { approve: true, note: null });
  if (!result.ok) return tellUndecided(context, reply, result);
  await context.services.extensionNotices.notifyOutcome(id.data);
}

async function reject(context: ActionContext): Promise<void> {
  const id = positiveId.safeParse(context.value);
  const reply = (line: string) => context.reply(notice(line));
  if (!id.success) return reply(extensionsMessages(context.actor.locale).approval.gone);
  const request = await context.services.extensions.view(id.data).catch(() => null);
  if (!request || request.courtId !== context.actor.viewer.courtId)
    return reply(extensionsMessages(context.actor.locale).approval.gone);
  if (request.status !== 'pending') return tellUndecided(context, reply, { ok: false, reason: 'already', request });
  if (request.approver?.personId !== context.actor.viewer.personId)
    return tellUndecided(context, reply, { ok: false, reason: 'not_approver' });
  await showWindow(context, rejectModal(context.actor.locale, request));
}

async function saveReject(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = extensionsMessages(actor.locale);
  const id = metadataId(context, 'requestId');
  const note = (field(context, REJECT_BLOCKS.reason) ?? '').trim();
  if (id === null) return { errors: { [REJECT_BLOCKS.reason]: text.approval.gone } };
  if (note.length === 0) return { errors: { [REJECT_BLOCKS.reason]: text.reject.needReason } };
  const result = await services.extensions.decide(actor.viewer, id, { approve: false, note });
  if (!result.ok) {
    let line = '';
    await tellUndecided(context, async (message) => void (line = message), result);
    return { errors: { [REJECT_BLOCKS.reason]: line.replace(/[*`]/g, '') } };
  }
  return { close: true, after: (fresh) => fresh.services.extensionNotices.notifyOutcome(id) };
}

/** 下载审批表: the case's latest request's form, to the person's DM. */
async function downloadForm(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  const text = extensionsMessages(actor.locale).form;
  const caseId = positiveId.safeParse(context.value);
  const request = caseId.success ? await services.extensions.latestFor(actor.viewer, caseId.data) : null;
  if (!request) return context.reply(notice(text.none));
  await services.extensionNotices.sendForm(context.userId, request, actor.locale);
}

export const extensionActions: ActionHandler[] = [
  { actionId: CASE_ACTIONS.extend, run: extendButton },
  { actionId: CASE_ACTIONS.form, run: downloadForm },
  { actionId: EXTENSION_ACTIONS.approve, run: approve },
  { actionId: EXTENSION_ACTIONS.reject, run: reject },
];

export const extensionViews: ViewSubmissionHandler[] = [
  { callbackId: REQUEST_CALLBACK_ID, run: saveRequest },
  { callbackId: REJECT_CALLBACK_ID, run: saveReject },
];

import { z } from 'zod';
import { typedText } from '../src/i18n';
import type { SearchHit } from '../src/domain/regulations';
import { regulationsMessages } from '../src/i18n/regulations';
import { word } from '../src/slack/args';
import type {
  ActionContext,
  ActionHandler,
  CommandContext,
  HandlerContext,
  SlashCommand,
  Visitor,
} from '../src/slack/handlerContract';
import { SlackCallError, type SlackMessage } from '../src/slack/outbound';
import { RULES_DIGEST_ACTIONS, ruleDocumentModal } from '../src/slack/views/digests/regulationChanges';
import { notice } from '../src/slack/views/notices';
import {
  RULE_ACTIONS,
  RULE_PAGE_SIZE,
  ruleArticleModal,
  ruleChannelMessage,
  ruleNoResultsMessage,
  ruleResultsMessage,
  ruleUsageMessage,
} from '../src/slack/views/rule';

/**
 * /rule — look up laws, interpretations and the court's own rules: the top five articles with the matched words in
 * bold, each with its full text (modal) and 发到频道; the next five on a button; suggestions when nothing matches.
 */

const ruleArgs = z
  .string()
  // A query is words: mentions and links become their labels, entities their characters.
  .transform((text) => typedText(text).trim())
  .pipe(
    z.union([
      z.literal('').transform(() => ({ kind: 'usage' as const })),
      word('help', '帮助', '?', '？').transform(() => ({ kind: 'usage' as const })),
      z.string().transform((query) => ({ kind: 'search' as const, query })),
    ]),
  );

/** What the buttons carry: enough to answer afresh from the index (titles and numbers, never index positions). */
const pageState = z.object({ q: z.string(), o: z.number().int().min(0), c: z.string() });
const articleState = z.object({ t: z.string(), n: z.string(), v: z.string().nullable() });
const postState = articleState.extend({ c: z.string() });

function decode<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const articleRef = (hit: SearchHit) => ({
  t: hit.documentTitle,
  n: hit.articleNumber,
  v: hit.current ? null : hit.versionDate,
});

async function answer(
  context: HandlerContext<Visitor>,
  query: string,
  offset: number,
  channelId: string,
): Promise<SlackMessage> {
  const { actor, services } = context;
  const result = await services.regulations.search(query, { limit: RULE_PAGE_SIZE, offset });
  if (result.hits.length === 0) {
    // A page button pressed after a re-import shrank the results starts again from the first page.
    return offset === 0
      ? ruleNoResultsMessage(actor.locale, result.query || query, await services.regulations.suggestions(query))
      : answer(context, query, 0, channelId);
  }
  return ruleResultsMessage(actor.locale, {
    query: result.query,
    truncatedAt: result.truncated ? result.query.length : null,
    hits: result.hits,
    notes: result.notes,
    offset,
    total: result.total,
    pageValue: (next) => JSON.stringify({ q: result.query, o: next, c: channelId }),
    articleValue: (hit) => JSON.stringify(articleRef(hit)),
    postValue: (hit) => JSON.stringify({ ...articleRef(hit), c: channelId }),
  });
}

async function run(context: CommandContext<Visitor>): Promise<void> {
  const args = ruleArgs.parse(context.text);
  if (args.kind === 'usage') await context.reply(ruleUsageMessage(context.actor.locale));
  else await context.reply(await answer(context, args.query, 0, context.channelId));
}

/** Law text is not confidential: anyone in the workspace may look it up, known to Docket or not. */
export const rule: SlashCommand = { command: '/rule', openToAnyone: true, run };

async function turnPage(context: ActionContext<Visitor>): Promise<void> {
  const state = decode(pageState, context.value);
  if (!state) await context.reply(ruleUsageMessage(context.actor.locale));
  else await context.reply(await answer(context, state.q, state.o, state.c), { replaceOriginal: true });
}

async function openArticle(context: ActionContext<Visitor>): Promise<void> {
  const state = decode(articleState, context.value);
  const { regulations } = context.services;
  const hit = state ? await regulations.article(state.t, state.n, state.v ?? undefined) : undefined;
  if (!state || !hit) {
    await context.reply(notice(regulationsMessages(context.actor.locale).gone));
    return;
  }
  const related = await regulations.related(state.t, state.n, state.v ?? undefined);
  await context.outbound.openView(context.triggerId, ruleArticleModal(context.actor.locale, hit, related));
}

/** Slack's refusals that mean "Docket cannot speak here", as opposed to Slack being unavailable. */
const CANNOT_POST = new Set(['channel_not_found', 'is_archived', 'restricted_action']);

async function postArticle(context: ActionContext<Visitor>): Promise<void> {
  const text = regulationsMessages(context.actor.locale);
  const state = decode(postState, context.value);
  const hit = state ? await context.services.regulations.article(state.t, state.n, state.v ?? undefined) : undefined;
  if (!state || !hit) {
    await context.reply(notice(text.gone));
    return;
  }
  try {
    await context.outbound.postToChannel(state.c, ruleChannelMessage(context.actor.locale, hit, context.userId));
  } catch (error) {
    if (!(error instanceof SlackCallError)) throw error;
    if (error.code === 'not_in_channel') return context.reply(notice(text.notInChannel));
    if (CANNOT_POST.has(error.code)) return context.reply(notice(text.cannotPostHere));
    throw error;
  }
  await context.reply(notice(text.posted));
}

/** 查看 on a 规章更新 digest: the changed document, what changed and the changed articles' text. */
async function openChangedDocument(context: ActionContext): Promise<void> {
  const id = Number(context.value);
  const found = Number.isInteger(id) ? await context.services.regulationChanges.document(id) : null;
  if (!found) {
    await context.reply(notice(regulationsMessages(context.actor.locale).digest.gone));
    return;
  }
  await context.outbound.openView(context.triggerId, ruleDocumentModal(context.actor.locale, found));
}

export const ruleActions: ActionHandler[] = [
  { actionId: RULE_ACTIONS.previous, openToAnyone: true, run: turnPage },
  { actionId: RULE_ACTIONS.next, openToAnyone: true, run: turnPage },
  { actionId: RULE_ACTIONS.article, openToAnyone: true, run: openArticle },
  { actionId: RULE_ACTIONS.post, openToAnyone: true, run: postArticle },
  { actionId: RULES_DIGEST_ACTIONS.open, run: openChangedDocument },
];

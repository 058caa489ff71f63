import { z } from 'zod';
import { isShortCaseNumber } from '../src/domain/caseNumber';
import { messages, userText } from '../src/i18n';
import type { ScopeRequest } from '../src/services/access';
import { dayIn } from '../src/services/clock';
import { PersonNameError } from '../src/services/errors';
import type { CaseFilter } from '../src/services/myCases';
import { slackMention, commandWords, word } from '../src/slack/args';
import type {
  ActionContext,
  ActionHandler,
  CommandContext,
  HandlerContext,
  SlashCommand,
} from '../src/slack/handlerContract';
import { openCaseDetail } from '../src/slack/caseActions/menu';
import { caseDetailBlocks } from '../src/slack/views/caseDetail';
import { MYCASES_ACTIONS, myCasesMessage, usageMessage } from '../src/slack/views/mycases';
import { notice } from '../src/slack/views/notices';

/**
 * /mycases — a summary of the viewer's cases and the most urgent ones, a filter (逾期 / 7天 / 全部),
 * one case by 案号, or, for team leads and administrators, another judge's or the team's cases.
 */

type Piece = { kind: 'help' } | { kind: 'filter'; filter: CaseFilter } | { kind: 'target'; target: ScopeRequest };

const days = z.number().int().min(1).max(365);

const piece = z.union([
  word('help', '帮助', '?', '？').transform((): Piece => ({ kind: 'help' })),
  word('overdue', '逾期', '超期').transform((): Piece => ({ kind: 'filter', filter: { kind: 'overdue' } })),
  word('all', '全部').transform((): Piece => ({ kind: 'filter', filter: { kind: 'all' } })),
  word('team', '团队', '本庭', '全院').transform((): Piece => ({ kind: 'target', target: { kind: 'team' } })),
  word('mine', '我的', '本人').transform((): Piece => ({ kind: 'target', target: { kind: 'self' } })),
  slackMention.transform((slackUserId): Piece => ({ kind: 'target', target: { kind: 'judge', slackUserId } })),
  z
    .string()
    .regex(/^\d+(天|日|d|days?)$/i)
    .transform((token) => Number(token.replace(/\D+$/, '')))
    .pipe(days)
    .transform((count): Piece => ({ kind: 'filter', filter: { kind: 'dueWithin', days: count } })),
  // @赵霞思: an @ Slack did not turn into a mention (typed, not picked from the list) names a person.
  z
    .string()
    .regex(/^[@＠][^\s@＠<>]+$/)
    .transform((token): Piece => ({ kind: 'target', target: { kind: 'judge', name: token.slice(1) } })),
]);

/**
 * Two filters asked together: 全部 (every case) adds nothing to another filter, so `15天 全部` is every case due
 * within 15 days; 逾期 with N天 is what is overdue and what falls due within N days. Anything else contradicts.
 */
function combine(first: CaseFilter, second: CaseFilter): CaseFilter | null {
  if (first.kind === 'all') return second;
  if (second.kind === 'all') return first;
  if (first.kind === 'overdue' && second.kind === 'dueWithin') return { kind: 'overdueOrDueWithin', days: second.days };
  if (first.kind === 'dueWithin' && second.kind === 'overdue') return { kind: 'overdueOrDueWithin', days: first.days };
  return null;
}

type MyCasesArgs =
  { kind: 'help' } | { kind: 'case'; caseNumber: string } | { kind: 'list'; filter: CaseFilter; target: ScopeRequest };

/** "due 7d", "due 7", "7 天" → one token, so each piece of the request is one word. */
function joinWords(tokens: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (token.toLowerCase() === 'due' && next !== undefined && /^\d+(d|days?)?$/i.test(next)) {
      joined.push(`${next.replace(/\D+$/, '')}d`);
      i += 1;
    } else if (/^\d+$/.test(token) && next !== undefined && /^(天|日|d|days?)$/i.test(next)) {
      joined.push(`${token}d`);
      i += 1;
    } else {
      joined.push(token);
    }
  }
  return joined;
}

const CASE_NUMBER_HINT = /号|字第|[（(〔[]\s*\d{4}\s*[）)〕\]]/;

/** Is the whole text one case number: a full 案号, or a short one (2026执569) of the viewer's court? */
const isCaseNumber = (text: string): boolean =>
  (CASE_NUMBER_HINT.test(text) && !text.startsWith('<@')) || isShortCaseNumber(text);

/** Parses the text after /mycases; the error names the word that was not understood. */
function parseMyCasesArgs(text: string): { ok: true; args: MyCasesArgs } | { ok: false; unknown: string } {
  const trimmed = text.trim();
  if (isCaseNumber(trimmed)) return { ok: true, args: { kind: 'case', caseNumber: trimmed } };
  let filter: CaseFilter | undefined;
  let target: ScopeRequest | undefined;
  for (const token of joinWords(commandWords(trimmed))) {
    const parsed = piece.safeParse(token);
    if (!parsed.success) return { ok: false, unknown: token };
    const value = parsed.data;
    if (value.kind === 'help') return { ok: true, args: { kind: 'help' } };
    if (value.kind === 'filter') {
      const combined = filter ? combine(filter, value.filter) : value.filter;
      if (!combined) return { ok: false, unknown: token };
      filter = combined;
    } else {
      if (target) return { ok: false, unknown: token };
      target = value.target;
    }
  }
  return {
    ok: true,
    args: { kind: 'list', filter: filter ?? { kind: 'urgent' }, target: target ?? { kind: 'default' } },
  };
}

/** What a paging button carries: the request, resolved again (and permission-checked) on every press. */
const pageState = z.object({
  t: z.union([
    z.object({ k: z.literal('d') }),
    z.object({ k: z.literal('t') }),
    z.object({ k: z.literal('s') }),
    z.object({ k: z.literal('j'), id: z.number().int() }),
  ]),
  f: z.union([z.enum(['urgent', 'overdue', 'all']), days, z.object({ overdueOr: days })]),
  p: z.number().int().min(0),
});

function encodeState(target: ScopeRequest, filter: CaseFilter, page: number, judgeId: number | undefined): string {
  const t =
    target.kind === 'default'
      ? { k: 'd' }
      : target.kind === 'team'
        ? { k: 't' }
        : target.kind === 'self'
          ? { k: 's' }
          : { k: 'j', id: judgeId };
  const f =
    filter.kind === 'dueWithin'
      ? filter.days
      : filter.kind === 'overdueOrDueWithin'
        ? { overdueOr: filter.days }
        : filter.kind;
  return JSON.stringify({ t, f, p: page });
}

function decodeState(value: string | undefined): { target: ScopeRequest; filter: CaseFilter; page: number } | null {
  let json: unknown;
  try {
    json = JSON.parse(value ?? '');
  } catch {
    return null;
  }
  const parsed = pageState.safeParse(json);
  if (!parsed.success) return null;
  const { t, f, p } = parsed.data;
  const target: ScopeRequest =
    t.k === 'd'
      ? { kind: 'default' }
      : t.k === 't'
        ? { kind: 'team' }
        : t.k === 's'
          ? { kind: 'self' }
          : { kind: 'judge', personId: t.id };
  const filter: CaseFilter =
    typeof f === 'number'
      ? { kind: 'dueWithin', days: f }
      : typeof f === 'object'
        ? { kind: 'overdueOrDueWithin', days: f.overdueOr }
        : { kind: f };
  return { target, filter, page: p };
}

function today(context: HandlerContext): string {
  return dayIn(context.services.clock.now(), context.services.timeZone);
}

async function listMessage(context: HandlerContext, target: ScopeRequest, filter: CaseFilter, page: number) {
  const { actor, services } = context;
  const scope = await services.access.scope(actor.viewer, target);
  const asOf = today(context);
  const [title, summary, freshness, cases] = await Promise.all([
    services.myCases.title(scope),
    services.myCases.summary(scope, asOf),
    services.myCases.freshness(scope.courtId, asOf),
    services.myCases.page(scope, filter, page, asOf),
  ]);
  const judgeId = scope.kind === 'judges' ? scope.judgeIds[0] : undefined;
  return myCasesMessage(actor.locale, {
    title,
    summary,
    freshness,
    page: cases,
    showJudge: scope.kind !== 'judges' || scope.label === 'assigned',
    state: (next) => encodeState(target, filter, next, judgeId),
  });
}

async function run(context: CommandContext): Promise<void> {
  const { actor, services } = context;
  const text = messages(actor.locale);
  const parsed = parseMyCasesArgs(context.text);
  if (!parsed.ok) {
    await context.reply(usageMessage(actor.locale, text.mycases.badArgument(userText(parsed.unknown))));
    return;
  }
  const args = parsed.args;
  if (args.kind === 'help') {
    await context.reply(usageMessage(actor.locale));
    return;
  }
  if (args.kind === 'case') {
    const found = await services.myCases.detailByNumber(actor.viewer, args.caseNumber, today(context));
    if (!found.ok)
      await context.reply(
        usageMessage(actor.locale, text.mycases.badCaseNumber(actor.locale === 'en' ? found.en : found.zh)),
      );
    else if (!found.detail) await context.reply(notice(text.mycases.caseNotFound(userText(args.caseNumber))));
    else
      await context.reply({ text: found.detail.line.caseNumber, blocks: caseDetailBlocks(actor.locale, found.detail) });
    return;
  }
  try {
    await context.reply(await listMessage(context, args.target, args.filter, 0));
  } catch (error) {
    if (!(error instanceof PersonNameError)) throw error;
    const name = userText(error.personName);
    await context.reply(
      notice(error.problem === 'none' ? text.mycases.noPersonNamed(name) : text.mycases.severalPeopleNamed(name)),
    );
  }
}

export const mycases: SlashCommand = { command: '/mycases', run };

async function turnPage(context: ActionContext): Promise<void> {
  const state = decodeState(context.value);
  if (!state) {
    await context.reply(usageMessage(context.actor.locale));
    return;
  }
  await context.reply(await listMessage(context, state.target, state.filter, state.page), { replaceOriginal: true });
}

/** The 详情 button of messages sent before case lines carried the ⋯ menu. */
function openDetail(context: ActionContext): Promise<void> {
  return openCaseDetail(context, Number(context.value));
}

export const mycasesActions: ActionHandler[] = [
  { actionId: MYCASES_ACTIONS.previous, run: turnPage },
  { actionId: MYCASES_ACTIONS.next, run: turnPage },
  { actionId: MYCASES_ACTIONS.detail, run: openDetail },
];

import { z } from 'zod';
import { isoWeekOf, periodKeyProblem, type TargetPeriodKind } from '../src/domain/digests';
import { METRICS, type MetricKey, type MetricText } from '../src/domain/metrics';
import { userText, type Locale } from '../src/i18n';
import { targetsMessages } from '../src/i18n/targets';
import { dayIn } from '../src/services/clock';
import { targetValueProblems, type TargetChange, type TargetPeriod } from '../src/services/targets';
import { commandWords, word } from '../src/slack/args';
import type {
  ActionContext,
  ActionHandler,
  CommandContext,
  HandlerContext,
  SlashCommand,
  ViewSubmissionContext,
  ViewSubmissionHandler,
  ViewSubmissionResult,
} from '../src/slack/handlerContract';
import { escape } from '../src/slack/views/blocks';
import { notice } from '../src/slack/views/notices';
import {
  targetBlockId,
  targetsModal,
  targetsSavedMessage,
  targetsUsage,
  targetTeamPicker,
  TARGETS_ACTIONS,
  TARGETS_CALLBACK_ID,
} from '../src/slack/views/targets';

/**
 * /targets [团队] [年|月|周] [期间|长期] — team leads (their team) and administrators (any team) open a window with
 * every metric's target for one period (this year by default), change them, and save: each value checked by
 * the domain, errors shown on their fields, every change audit-logged. Everyone else is refused (access.ts).
 */

const kindWord = z.union([
  word('year', 'yearly', '年', '年度').transform((): TargetPeriodKind => 'year'),
  word('month', 'monthly', '月').transform((): TargetPeriodKind => 'month'),
  word('week', 'weekly', '周').transform((): TargetPeriodKind => 'week'),
]);
const standing = word('standing', '长期', '*');
const pad = (value: string) => value.padStart(2, '0');
/** 2026 · 2026-7 · 2026-W5 / 2026W05, with the kind they imply; the domain checks the ranges. */
const periodKey = z.union([
  z
    .string()
    .regex(/^\d{4}$/)
    .transform((key): TargetPeriod => ({ kind: 'year', key })),
  z
    .string()
    .regex(/^\d{4}-\d{1,2}$/)
    .transform((key): TargetPeriod => ({ kind: 'month', key: `${key.slice(0, 4)}-${pad(key.slice(5))}` })),
  z
    .string()
    .regex(/^\d{4}-?w\d{1,2}$/i)
    .transform((key): TargetPeriod => ({
      kind: 'week',
      key: `${key.slice(0, 4)}-W${pad(key.replace(/^\d{4}-?w/i, ''))}`,
    })),
]);

function currentKey(kind: TargetPeriodKind, today: string): string {
  return kind === 'year' ? today.slice(0, 4) : kind === 'month' ? today.slice(0, 7) : isoWeekOf(today).key;
}

export type TargetsArgs = { kind: 'help' } | { kind: 'open'; teamName: string | null; period: TargetPeriod };
export type TargetsProblem = { kind: 'word'; word: string } | { kind: 'period'; key: string; problem: MetricText };

type PeriodPiece = { token: string; kind: TargetPeriodKind } | { token: string; key: TargetPeriod | '*' };

function periodPiece(token: string): PeriodPiece | null {
  const kind = kindWord.safeParse(token);
  if (kind.success) return { token, kind: kind.data };
  if (standing.safeParse(token).success) return { token, key: '*' };
  const key = periodKey.safeParse(token);
  return key.success ? { token, key: key.data } : null;
}

/** Words in any order: a period kind (年 月 周), a period (2026-07, 2026-W30) or 长期, and the rest names a team. */
export function parseTargetsArgs(
  text: string,
  today: string,
): { ok: true; args: TargetsArgs } | { ok: false; problem: TargetsProblem } {
  const tokens = commandWords(text);
  if (tokens.length === 1 && word('help', '帮助', '?', '？').safeParse(tokens[0]).success)
    return { ok: true, args: { kind: 'help' } };
  let kind: { token: string; kind: TargetPeriodKind } | undefined;
  let key: { token: string; key: TargetPeriod | '*' } | undefined;
  const name: string[] = [];
  for (const token of tokens) {
    const piece = periodPiece(token);
    if (piece === null) name.push(token);
    else if ('kind' in piece ? kind : key) return { ok: false, problem: { kind: 'word', word: token } };
    else if ('kind' in piece) kind = piece;
    else key = piece;
  }
  const given = key && key.key !== '*' ? key.key : undefined;
  if (kind && given && given.kind !== kind.kind)
    return { ok: false, problem: { kind: 'word', word: key?.token ?? '' } };
  const chosen = kind?.kind ?? given?.kind ?? 'year';
  const period: TargetPeriod = {
    kind: chosen,
    key: key?.key === '*' ? '*' : (given?.key ?? currentKey(chosen, today)),
  };
  const problem = periodKeyProblem(period.kind, period.key);
  if (problem) return { ok: false, problem: { kind: 'period', key: period.key, problem } };
  return { ok: true, args: { kind: 'open', teamName: name.length > 0 ? name.join(' ') : null, period } };
}

/** What the team buttons and the window carry: the team and period, checked again on every use. */
const windowState = z.object({ t: z.number().int(), k: z.enum(['week', 'month', 'year']), p: z.string() });
const encodeState = (teamId: number, period: TargetPeriod): string =>
  JSON.stringify({ t: teamId, k: period.kind, p: period.key });

function decodeState(value: string | undefined): { teamId: number; period: TargetPeriod } | null {
  try {
    const parsed = windowState.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? { teamId: parsed.data.t, period: { kind: parsed.data.k, key: parsed.data.p } } : null;
  } catch {
    return null;
  }
}

function today(context: HandlerContext): string {
  return dayIn(context.services.clock.now(), context.services.timeZone);
}

async function openWindow(
  context: HandlerContext,
  triggerId: string,
  teamId: number,
  period: TargetPeriod,
): Promise<void> {
  const sheet = await context.services.targets.sheet(context.actor.viewer, teamId, period, today(context));
  await context.outbound.openView(triggerId, targetsModal(context.actor.locale, sheet, encodeState(teamId, period)));
}

function problemText(locale: Locale, problem: TargetsProblem): string {
  const text = targetsMessages(locale);
  return problem.kind === 'word'
    ? text.badArgument(userText(problem.word))
    : text.badPeriod(`${userText(problem.key)}: ${locale === 'en' ? problem.problem.en : problem.problem.zh}`);
}

async function run(context: CommandContext): Promise<void> {
  const { actor, services } = context;
  const text = targetsMessages(actor.locale);
  const parsed = parseTargetsArgs(context.text, today(context));
  if (!parsed.ok) {
    await context.reply(targetsUsage(actor.locale, problemText(actor.locale, parsed.problem)));
    return;
  }
  if (parsed.args.kind === 'help') {
    await context.reply(targetsUsage(actor.locale));
    return;
  }
  const { teamName, period } = parsed.args;
  const teams = await services.access.targetTeams(actor.viewer);
  const team =
    teamName !== null
      ? teams.find((candidate) => candidate.name === teamName)
      : teams.length === 1
        ? teams[0]
        : undefined;
  if (team) {
    await openWindow(context, context.triggerId, team.id, period);
  } else if (teamName !== null) {
    await context.reply(
      notice(text.unknownTeam(userText(teamName), teams.map((candidate) => escape(candidate.name)).join('、'))),
    );
  } else {
    await context.reply(targetTeamPicker(actor.locale, teams, period, (teamId) => encodeState(teamId, period)));
  }
}

export const targets: SlashCommand = { command: '/targets', run };

async function openFromPicker(context: ActionContext): Promise<void> {
  const state = decodeState(context.value);
  if (!state) await context.reply(notice(targetsMessages(context.actor.locale).gone));
  else await openWindow(context, context.triggerId, state.teamId, state.period);
}

export const targetsActions: ActionHandler[] = [{ actionId: TARGETS_ACTIONS.open, run: openFromPicker }];

/** A field as typed: 95, 95%, ９５．５ (full-width), 60天; empty clears; anything else is not a number. */
const targetField = z
  .string()
  .transform((raw) =>
    raw
      .normalize('NFKC')
      .trim()
      .replace(/\s*(%|天|件|days?|cases?)$/i, ''),
  )
  .pipe(
    z.union([
      z.literal('').transform(() => null),
      z
        .string()
        .regex(/^[+-]?\d+(\.\d+)?$/)
        .transform(Number),
    ]),
  );

async function save(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = targetsMessages(actor.locale);
  const state = decodeState(context.privateMetadata);
  if (!state)
    return {
      close: true,
      after: (fresh) => fresh.outbound.sendDirectMessage(context.userId, notice(text.gone)).then(() => undefined),
    };
  const errors: Record<string, string> = {};
  const changes: TargetChange[] = [];
  for (const { key } of METRICS) {
    const parsed = targetField.safeParse(context.values[targetBlockId(key)]?.value?.value ?? '');
    if (parsed.success) changes.push({ metric: key, value: parsed.data });
    else errors[targetBlockId(key)] = text.notANumber;
  }
  const rangeErrors = (problems: Partial<Record<MetricKey, MetricText>>) =>
    Object.fromEntries(
      Object.entries(problems).map(([metric, problem]) => [
        targetBlockId(metric as MetricKey),
        actor.locale === 'en' ? problem.en : problem.zh,
      ]),
    );
  // Every field's problem at once: what is not a number, and numbers out of range.
  Object.assign(errors, rangeErrors(targetValueProblems(changes)));
  if (Object.keys(errors).length > 0) return { errors };
  const result = await services.targets.save(actor.viewer, state.teamId, state.period, changes);
  if (!result.ok) return { errors: rangeErrors(result.problems) };
  if (result.applied.length === 0) return { close: true };
  const saved = targetsSavedMessage(actor.locale, result.team.name, state.period, result.applied);
  return { close: true, after: async (fresh) => void (await fresh.outbound.sendDirectMessage(context.userId, saved)) };
}

export const targetsViews: ViewSubmissionHandler[] = [{ callbackId: TARGETS_CALLBACK_ID, run: save }];

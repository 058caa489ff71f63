import type { ReportAudience } from '../domain/digests';
import type { ComparisonMode } from '../domain/metrics';
import type { PrismaClient } from '../generated/prisma/client';
import type { CaseSetFilter } from '../store/repositories/caseScope';
import { AccessDeniedError, PersonNameError } from './errors';
import type { Viewer } from './identity';

/**
 * Which cases a request may read. Every case query is built from a scope, and a scope only comes
 * from `AccessService.scope`, so the permission rules live here and nowhere else:
 * - a judge sees their own cases;
 * - a team lead sees their team's (and their own);
 * - an administrator sees the whole court's;
 * - an assistant or clerk sees the cases of the judges they are assigned to, or none.
 *
 * The type carries an ECMAScript private name of a class declared here only: code elsewhere can read a
 * scope but not write one — not as an object literal, nor by spreading a resolved scope into another
 * (a spread drops the private name), nor by changing one (its fields are read-only) — so a case read
 * without a resolved scope does not compile (test/slack/handlerBoundary.types.ts). Casting to it is
 * left to this module (eslint: no `as CaseScope` elsewhere).
 */
export type CaseScope = ScopeShape & ResolvedByAccess;

declare class ResolvedByAccess {
  // eslint-disable-next-line no-unused-private-class-members -- a brand: only its presence in the type counts
  #resolvedByAccess: true;
}

type ScopeShape =
  | {
      readonly kind: 'judges';
      readonly courtId: number;
      readonly judgeIds: readonly number[];
      readonly label: 'self' | 'assigned' | 'judge';
    }
  | { readonly kind: 'team'; readonly courtId: number; readonly teamId: number; readonly teamName: string }
  | { readonly kind: 'court'; readonly courtId: number; readonly courtCode: string };

const resolved = (scope: ScopeShape): CaseScope => scope as CaseScope;

/**
 * What the viewer asked to look at: their own default, one judge (by Slack id or person id), or their team.
 * `default` is the view the viewer's role has: the court for an administrator (审管办, 院领导), the team
 * for a 庭长, the assigned judges for an assistant, one's own cases for a judge; `self` is one's own.
 */
export type ScopeRequest =
  | { kind: 'default' }
  | { kind: 'self' }
  | { kind: 'judge'; slackUserId?: string; personId?: number; name?: string }
  | { kind: 'team' };

/** Titles people add to a name (@赵霞思法官) that the staff list does not carry. */
const TITLE_SUFFIX = /(法官|庭长|院长|审判员|助理|书记员)$/;

export interface TargetTeam {
  id: number;
  name: string;
}

/** Resolves what a viewer may see: case scopes and the teams whose targets they may set. */
export class AccessService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  async scope(viewer: Viewer, request: ScopeRequest): Promise<CaseScope> {
    const prisma = this.deps.prisma;
    switch (request.kind) {
      case 'default':
        if (viewer.role === 'assistant' || viewer.role === 'clerk') {
          return resolved({
            kind: 'judges',
            courtId: viewer.courtId,
            judgeIds: viewer.assignedJudgeIds,
            label: 'assigned',
          });
        }
        if (viewer.role === 'admin' || (viewer.role === 'team_lead' && viewer.ledTeamId !== null))
          return this.scope(viewer, { kind: 'team' });
        return this.scope(viewer, { kind: 'self' });
      case 'self':
        return resolved({ kind: 'judges', courtId: viewer.courtId, judgeIds: [viewer.personId], label: 'self' });
      case 'team':
        if (viewer.role === 'admin')
          return resolved({ kind: 'court', courtId: viewer.courtId, courtCode: viewer.courtCode });
        if (viewer.role === 'team_lead' && viewer.ledTeamId !== null) {
          const team = await prisma.team.findUniqueOrThrow({
            where: { id: viewer.ledTeamId },
            select: { id: true, name: true },
          });
          return resolved({ kind: 'team', courtId: viewer.courtId, teamId: team.id, teamName: team.name });
        }
        throw new AccessDeniedError('not_a_lead');
      case 'judge': {
        const judge =
          request.name !== undefined
            ? await this.personNamed(viewer, request.name)
            : await prisma.person.findFirst({
                where:
                  request.personId !== undefined
                    ? { id: request.personId }
                    : { slackUserId: request.slackUserId ?? '' },
                select: { id: true, courtId: true, teamId: true },
              });
        if (!judge || !canSeeJudge(viewer, judge)) throw new AccessDeniedError('not_your_judge');
        return resolved({
          kind: 'judges',
          courtId: judge.courtId,
          judgeIds: [judge.id],
          label: judge.id === viewer.personId ? 'self' : 'judge',
        });
      }
    }
  }

  /**
   * The one active person of the viewer's court with this name, as typed after an @ that Slack did not turn into a
   * mention; without a title they added (法官, 庭长 …) if the name with it matches nobody.
   */
  private async personNamed(
    viewer: Viewer,
    typed: string,
  ): Promise<{ id: number; courtId: number; teamId: number | null }> {
    const find = (name: string) =>
      this.deps.prisma.person.findMany({
        where: { courtId: viewer.courtId, active: true, name },
        select: { id: true, courtId: true, teamId: true },
        take: 2,
      });
    let found = await find(typed);
    if (found.length === 0 && TITLE_SUFFIX.test(typed)) found = await find(typed.replace(TITLE_SUFFIX, ''));
    if (found.length === 0) throw new PersonNameError(typed, 'none');
    if (found.length > 1) throw new PersonNameError(typed, 'several');
    return found[0] as { id: number; courtId: number; teamId: number | null };
  }

  /** Teams whose targets the viewer may view and set: every active team of the court for an administrator, a team lead's own. */
  async targetTeams(viewer: Viewer): Promise<TargetTeam[]> {
    const prisma = this.deps.prisma;
    const select = { id: true, name: true } as const;
    if (viewer.role === 'admin')
      return prisma.team.findMany({
        where: { courtId: viewer.courtId, active: true },
        select,
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      });
    if (viewer.role === 'team_lead' && viewer.ledTeamId !== null)
      return prisma.team.findMany({ where: { id: viewer.ledTeamId }, select });
    throw new AccessDeniedError('cannot_set_targets');
  }

  /** One team the viewer may set targets for; a lead asking for another team (or anyone for a team of another court) is refused. */
  async targetTeam(viewer: Viewer, teamId: number): Promise<TargetTeam> {
    const team = (await this.targetTeams(viewer)).find((candidate) => candidate.id === teamId);
    if (!team) throw new AccessDeniedError('not_your_team');
    return team;
  }
}

function canSeeJudge(viewer: Viewer, judge: { id: number; courtId: number; teamId: number | null }): boolean {
  if (judge.courtId !== viewer.courtId) return false;
  if (judge.id === viewer.personId) return true;
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'team_lead':
      return viewer.ledTeamId !== null && judge.teamId === viewer.ledTeamId;
    case 'assistant':
    case 'clerk':
      return viewer.assignedJudgeIds.includes(judge.id);
    case 'judge':
      return false;
  }
}

/**
 * The case filter for a scope: the only way case queries are narrowed to what a viewer may see.
 * Judge and team ids are unique across courts and were checked against the viewer's court when the
 * scope was resolved, so they need no court condition (which would only cost the planner).
 */
export function caseFilter(scope: CaseScope): CaseSetFilter {
  switch (scope.kind) {
    case 'judges':
      return { courtId: scope.courtId, judgeIds: scope.judgeIds };
    case 'team':
      return { courtId: scope.courtId, teamId: scope.teamId };
    case 'court':
      return { courtId: scope.courtId };
  }
}

/** May this viewer read this case? For requests that name one case (a 案号, a 详情 button). */
export function canSeeCase(
  viewer: Viewer,
  row: { courtId: number; judgeId: number | null; teamId: number | null },
): boolean {
  if (row.courtId !== viewer.courtId) return false;
  if (row.judgeId !== null && row.judgeId === viewer.personId) return true;
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'team_lead':
      return viewer.ledTeamId !== null && row.teamId === viewer.ledTeamId;
    case 'assistant':
    case 'clerk':
      return row.judgeId !== null && viewer.assignedJudgeIds.includes(row.judgeId);
    case 'judge':
      return false;
  }
}

/**
 * From whose side a team comparison (/rankings) is seen, in the court's mode (Court.comparisonMode):
 * - an administrator sees every team named; in anonymized mode the unranked view, since lettering
 *   teams for the court's own administration hides nothing;
 * - a team lead sees what their weekly report shows: the court's mode, their own team named;
 * - anyone else (judges, assistants, clerks) sees it from their team's side but never with ranks: a
 *   ranking is the court leadership's management tool, and the SPC's 2024 guidance asks that rankings
 *   not be published (domain.md §5.1), so in ranked mode they get the anonymized view.
 */
export interface ComparisonView {
  mode: ComparisonMode;
  viewerTeamId: number | null;
  audience: 'court' | 'lead' | 'member';
}

export function comparisonViewFor(viewer: Viewer, courtMode: ComparisonMode): ComparisonView {
  if (viewer.role === 'admin')
    return { mode: courtMode === 'anonymized' ? 'unranked' : courtMode, viewerTeamId: null, audience: 'court' };
  if (viewer.role === 'team_lead' && viewer.ledTeamId !== null)
    return { mode: courtMode, viewerTeamId: viewer.ledTeamId, audience: 'lead' };
  return { mode: courtMode === 'ranked' ? 'anonymized' : courtMode, viewerTeamId: viewer.teamId, audience: 'member' };
}

/**
 * Which report a viewer may open behind a digest's buttons: an administrator the court's, a team lead
 * their team's, anyone else (a judge reading the management channel, say) the channel's aggregates.
 */
export function reportAudienceFor(viewer: Viewer): ReportAudience {
  if (viewer.role === 'admin') return { kind: 'court' };
  if (viewer.role === 'team_lead' && viewer.ledTeamId !== null) return { kind: 'team', teamId: viewer.ledTeamId };
  return { kind: 'channel' };
}

/** A stable cache key for a scope. */
export function scopeKey(scope: CaseScope): string {
  switch (scope.kind) {
    case 'judges':
      return `judges:${scope.judgeIds.join(',')}`;
    case 'team':
      return `team:${scope.teamId}`;
    case 'court':
      return `court:${scope.courtId}`;
  }
}

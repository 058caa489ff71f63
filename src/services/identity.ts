import type { Prisma, PrismaClient, Role } from '../generated/prisma/client';
import { findPeopleByEmail } from '../store/repositories/people';
import { findViewerById, findViewerBySlackId, type ViewerRow } from '../store/repositories/viewers';
import { AccessDeniedError } from './errors';
import { courtDataVersion, type ReadCache } from './readCache';

/**
 * Who is asking: the person behind a Slack user, with what their role lets them see. Loaded once per
 * request (and cached briefly), so permission checks need no further queries.
 */
export interface Viewer {
  personId: number;
  courtId: number;
  courtCode: string;
  name: string;
  role: Role;
  slackUserId: string;
  teamId: number | null;
  /** The team this person leads (team_lead role), if any. */
  ledTeamId: number | null;
  /** For assistants and clerks: the judges they work for. */
  assignedJudgeIds: number[];
  /** Their language setting; null follows their Slack locale. */
  localePreference: string | null;
}

/** What Slack says about a user; implemented over users.info by the Slack layer. */
export interface SlackDirectory {
  profile(slackUserId: string): Promise<{ email?: string; locale?: string; name?: string; deleted: boolean } | null>;
}

export interface Contact {
  name: string;
  slackUserId: string | null;
}

export type Identification =
  | { kind: 'known'; viewer: Viewer }
  | {
      kind: 'unknown';
      /** no_email: Slack gave no address; no_match: no person has it; ambiguous: several courts do; inactive: the person left. */
      reason: 'no_email' | 'no_match' | 'ambiguous' | 'inactive';
      email?: string;
      /** Administrators who can link the user (`/docket link`). */
      contacts: Contact[];
    };

interface CachedPerson {
  row: ViewerRow | null;
  /** The court's data version when the row was read. */
  version: number;
}

/** A stored person as the viewer of a request (or of a scheduled DM on their behalf). */
export function toViewer(row: ViewerRow, slackUserId: string): Viewer {
  return {
    personId: row.id,
    courtId: row.courtId,
    courtCode: row.courtCode,
    name: row.name,
    role: row.role,
    slackUserId,
    teamId: row.teamId,
    ledTeamId: row.ledTeamId,
    assignedJudgeIds: row.assignedJudgeIds,
    localePreference: row.locale,
  };
}

export const PERSON_CACHE_PREFIX = 'person:';
const PERSON_TTL_SECONDS = 60;

export interface IdentityDeps {
  prisma: PrismaClient;
  cache: ReadCache;
  directory: SlackDirectory;
  /** Restricts e-mail matching and contacts to one court (DOCKET_COURT) when the store holds several. */
  courtCode?: string;
}

/**
 * Maps a Slack user to a person: by the stored Slack id, else by the e-mail address Slack reports
 * (users.info), storing the id so the next request needs no Slack call. Only active people match.
 */
export class IdentityService {
  constructor(private readonly deps: IdentityDeps) {}

  async identify(slackUserId: string): Promise<Identification> {
    const key = `${PERSON_CACHE_PREFIX}${slackUserId}`;
    const load = async (): Promise<CachedPerson> => {
      const row = await findViewerBySlackId(this.deps.prisma, slackUserId);
      return { row, version: row ? await courtDataVersion(this.deps.cache, this.deps.prisma, row.courtId) : 0 };
    };
    let entry = await this.deps.cache.wrap(key, PERSON_TTL_SECONDS, load);
    // An import (people change with it) bumps the court's data version: drop what was cached before it.
    if (entry.row && entry.version !== (await courtDataVersion(this.deps.cache, this.deps.prisma, entry.row.courtId))) {
      this.deps.cache.invalidate(key);
      entry = await this.deps.cache.wrap(key, PERSON_TTL_SECONDS, load);
    }
    const cached = entry.row;
    if (cached) {
      if (!cached.active) return { kind: 'unknown', reason: 'inactive', contacts: await this.contacts(cached.courtId) };
      return { kind: 'known', viewer: toViewer(cached, slackUserId) };
    }
    return this.identifyByEmail(slackUserId);
  }

  private async identifyByEmail(slackUserId: string): Promise<Identification> {
    const profile = await this.deps.directory.profile(slackUserId);
    const email = profile?.email?.trim();
    if (!email) return { kind: 'unknown', reason: 'no_email', contacts: await this.contacts() };
    const candidates = await findPeopleByEmail(this.deps.prisma, email, {
      activeOnly: true,
      ...(this.deps.courtCode ? { courtCode: this.deps.courtCode } : {}),
    });
    if (candidates.length === 0) return { kind: 'unknown', reason: 'no_match', email, contacts: await this.contacts() };
    if (candidates.length > 1) return { kind: 'unknown', reason: 'ambiguous', email, contacts: await this.contacts() };
    const person = candidates[0] as (typeof candidates)[number];
    // A person already linked to another Slack account is not silently re-linked: an admin decides.
    if (person.slackUserId !== null && person.slackUserId !== slackUserId) {
      return { kind: 'unknown', reason: 'no_match', email, contacts: await this.contacts(person.courtId) };
    }
    await this.deps.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { slackUserId } });
      await tx.auditLog.create({
        data: {
          courtId: person.courtId,
          actorLabel: 'slack:email-match',
          action: 'person.slack_linked',
          entity: 'Person',
          entityId: String(person.id),
          before: { slackUserId: null },
          after: { slackUserId, email },
        },
      });
    });
    this.deps.cache.invalidate(`${PERSON_CACHE_PREFIX}${slackUserId}`);
    const row = await findViewerById(this.deps.prisma, person.id);
    if (!row) return { kind: 'unknown', reason: 'no_match', email, contacts: await this.contacts() };
    return { kind: 'known', viewer: toViewer(row, slackUserId) };
  }

  /** Active administrators to ask for access: the court's, or every court's when none is known. */
  async contacts(courtId?: number): Promise<Contact[]> {
    const admins = await this.deps.prisma.person.findMany({
      where: {
        role: 'admin',
        active: true,
        ...(courtId !== undefined ? { courtId } : this.deps.courtCode ? { court: { code: this.deps.courtCode } } : {}),
      },
      select: { name: true, slackUserId: true },
      orderBy: { id: 'asc' },
      take: 5,
    });
    return admins.map((admin) => ({ name: admin.name, slackUserId: admin.slackUserId }));
  }

  /**
   * What `/docket link @user email` would change, before anything changes: the Slack user must exist in Slack
   * and the person be in the administrator's court; the plan names the person's current link and whoever holds
   * the Slack id now, so that replacing either is confirmed first.
   */
  async planLink(actor: Viewer, slackUserId: string, email: string): Promise<LinkPlan> {
    if (actor.role !== 'admin') throw new AccessDeniedError('not_an_admin');
    const profile = await this.deps.directory.profile(slackUserId);
    if (!profile || profile.deleted) return { kind: 'unknown_slack_user', slackUserId };
    const [person] = await findPeopleByEmail(this.deps.prisma, email, { courtId: actor.courtId });
    if (!person) return { kind: 'unknown_email', email };
    const found = { id: person.id, name: person.name, slackUserId: person.slackUserId };
    if (person.slackUserId === slackUserId) return { kind: 'already', slackUserId, person: found };
    const holder = await this.deps.prisma.person.findUnique({
      where: { slackUserId },
      select: { id: true, name: true, courtId: true },
    });
    if (holder && holder.courtId !== actor.courtId) throw new AccessDeniedError('other_court');
    return { kind: 'link', slackUserId, person: found, holder: holder ? { id: holder.id, name: holder.name } : null };
  }

  /**
   * Carries out a planned link, in one transaction with audit entries: a Slack id held by someone else is moved.
   * The plan is checked again inside the transaction; if the links changed since it was made (another
   * administrator, an import), nothing is written and LinkChangedError asks for a fresh look.
   */
  async link(actor: Viewer, plan: LinkChange): Promise<void> {
    if (actor.role !== 'admin') throw new AccessDeniedError('not_an_admin');
    const { slackUserId } = plan;
    await this.deps.prisma.$transaction(async (tx) => {
      const person = await tx.person.findUnique({
        where: { id: plan.person.id },
        select: { id: true, courtId: true, slackUserId: true, email: true },
      });
      if (!person || person.courtId !== actor.courtId) throw new LinkChangedError();
      const holder = await tx.person.findUnique({ where: { slackUserId }, select: { id: true, courtId: true } });
      if (person.slackUserId !== plan.person.slackUserId || (holder?.id ?? null) !== (plan.holder?.id ?? null))
        throw new LinkChangedError();
      if (holder && holder.id !== person.id) {
        if (holder.courtId !== actor.courtId) throw new AccessDeniedError('other_court');
        await tx.person.update({ where: { id: holder.id }, data: { slackUserId: null } });
        await tx.auditLog.create({
          data: audit(actor, 'person.slack_unlinked', holder.id, { slackUserId }, { slackUserId: null }),
        });
      }
      await tx.person.update({ where: { id: person.id }, data: { slackUserId } });
      await tx.auditLog.create({
        data: audit(
          actor,
          'person.slack_linked',
          person.id,
          { slackUserId: person.slackUserId },
          { slackUserId, email: person.email },
        ),
      });
    });
    this.forget(slackUserId, plan.person.slackUserId);
  }

  /** An administrator removes the link between a Slack user and a person of their court. */
  async unlink(actor: Viewer, slackUserId: string): Promise<Contact> {
    if (actor.role !== 'admin') throw new AccessDeniedError('not_an_admin');
    const person = await this.deps.prisma.person.findUnique({
      where: { slackUserId },
      select: { id: true, name: true, courtId: true },
    });
    if (!person) throw new PersonNotFoundError(slackUserId);
    if (person.courtId !== actor.courtId) throw new AccessDeniedError('other_court');
    await this.deps.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { slackUserId: null } });
      await tx.auditLog.create({
        data: audit(actor, 'person.slack_unlinked', person.id, { slackUserId }, { slackUserId: null }),
      });
    });
    this.forget(slackUserId);
    return { name: person.name, slackUserId: null };
  }

  private forget(...slackUserIds: (string | null)[]): void {
    const keys = slackUserIds.filter((id): id is string => id !== null).map((id) => `${PERSON_CACHE_PREFIX}${id}`);
    if (keys.length > 0) this.deps.cache.invalidate(...keys);
  }
}

/** A person as a link plan names them: who, and the Slack id they are linked to now. */
interface LinkedPerson {
  id: number;
  name: string;
  slackUserId: string | null;
}

/** A link to make: the Slack user, the person, and what both were when the plan was made. */
export interface LinkChange {
  slackUserId: string;
  person: LinkedPerson;
  /** Another person the Slack id is linked to now, who loses it. */
  holder: { id: number; name: string } | null;
}

export type LinkPlan =
  | { kind: 'unknown_slack_user'; slackUserId: string }
  | { kind: 'unknown_email'; email: string }
  | { kind: 'already'; slackUserId: string; person: LinkedPerson }
  | ({ kind: 'link' } & LinkChange);

/** The links changed between the plan and its confirmation: nothing was written. */
export class LinkChangedError extends Error {
  override name = 'LinkChangedError';
  constructor() {
    super('the links changed since the plan was made');
  }
}

export class PersonNotFoundError extends Error {
  override name = 'PersonNotFoundError';
  constructor(readonly identity: string) {
    super(`no person matches ${identity}`);
  }
}

function audit(
  actor: Viewer,
  action: string,
  personId: number,
  before: Prisma.InputJsonValue,
  after: Prisma.InputJsonValue,
): Prisma.AuditLogUncheckedCreateInput {
  return {
    courtId: actor.courtId,
    actorId: actor.personId,
    action,
    entity: 'Person',
    entityId: String(personId),
    before,
    after,
  };
}

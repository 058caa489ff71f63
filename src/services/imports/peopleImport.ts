import { TEAM_KINDS } from '../../cmsExports/catalogues';
import { PERSON_FIELDS, type PersonField } from '../../cmsExports/people/fields';
import { personRowValidator, type PersonRecord } from '../../cmsExports/people/personRow';
import { ROLES } from '../../cmsExports/people/roles';
import { text, type Localized } from '../../i18n/localized';
import { nameKey } from '../../cmsExports/roster';
import type { Prisma } from '../../generated/prisma/client';
import type { Store } from '../../store';
import type { SqlSession } from '../../store/migrations';
import { bumpDataVersion } from '../dataVersion';
import { lockCourtImports, resolveCourt } from './court';
import { recordRun, type RunOutcome } from './ledger';
import { importSummary, ledgerEntry, recordedRunId, reportProgressEvery, type ImportRun } from './runReport';
import { openImportFile, type DataRow, type RowError } from './sheetRows';
import { LEDGER_CHANGES, type FieldChange, type ImportOptions, type ImportSummary } from './summary';

type Existing = Prisma.PersonGetPayload<{ select: typeof PERSON_SELECT }>;
const PERSON_SELECT = {
  id: true,
  name: true,
  staffNo: true,
  email: true,
  role: true,
  teamId: true,
  slackUserId: true,
  active: true,
  title: true,
} as const;

interface Checked {
  readonly row: DataRow<PersonField>;
  readonly record: PersonRecord;
  readonly existing: Existing | null;
}

class RollBack extends Error {}

const LABELS: Record<string, Localized> = {
  name: text('姓名', 'name'),
  staffNo: text('工号', 'staff number'),
  email: text('邮箱', 'email'),
  role: text('角色', 'role'),
  teamId: text('所属团队', 'team'),
  slackUserId: text('Slack用户ID', 'Slack user id'),
  active: text('在职', 'active'),
  title: text('职务', 'title'),
};

/** Writes a court's roster to the store. */
export class PeopleImportService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * `docket import people`: the court's roster. People are matched by 工号, else e-mail, else an
   * unambiguous name; changed fields are updated, new people inserted, and people who left are
   * deactivated (never deleted: their cases keep naming them). A team named in the file must exist,
   * or is created when the row gives its 团队类型. A roster is small, so rows are written one by one
   * inside a single Prisma transaction.
   */
  async run(file: string, options: ImportOptions & { deactivateMissing?: boolean }): Promise<ImportSummary> {
    const { store } = this.deps;
    const startedAt = new Date();
    const court = await resolveCourt(store, options.courtCode);
    const opened = await openImportFile(file, PERSON_FIELDS, { role: ROLES, teamKind: TEAM_KINDS }, options);
    const present = new Set(opened.layout.columns.map((column) => column.field));
    const validate = personRowValidator(opened.mapping, TEAM_KINDS, present);
    const [people, teams] = await Promise.all([
      store.prisma.person.findMany({ where: { courtId: court.id }, select: PERSON_SELECT }),
      store.prisma.team.findMany({
        where: { courtId: court.id },
        select: { id: true, name: true, kind: true, leadId: true },
      }),
    ]);
    const teamByName = new Map(teams.map((team) => [nameKey(team.name), team]));
    const errors: RowError[] = [];
    const fail = (row: DataRow<PersonField>, field: PersonField, reason: Localized) =>
      errors.push(opened.errorAt(row, field, reason));

    const checked: Checked[] = [];
    const seen = new Map<string, number>();
    let rows = 0;
    for await (const row of opened.rows) {
      rows++;
      reportProgressEvery(options, rows, opened);
      const result = validate(row.cells);
      if (!result.ok) {
        for (const error of result.errors) fail(row, error.field, error.reason);
        continue;
      }
      const record = result.record;
      const identities: [PersonField, string | null | undefined][] = [
        ['staffNo', record.staffNo],
        ['email', record.email],
        ['slackUserId', record.slackUserId],
      ];
      if (!record.staffNo && !record.email) identities.push(['name', record.name]);
      const duplicate = identities.find(([field, value]) => value && seen.has(`${field}:${value}`));
      if (duplicate) {
        fail(
          row,
          duplicate[0],
          text(
            `与第 ${seen.get(`${duplicate[0]}:${duplicate[1]}`)} 行重复`,
            `the same as row ${seen.get(`${duplicate[0]}:${duplicate[1]}`)}`,
          ),
        );
        continue;
      }
      for (const [field, value] of identities) if (value) seen.set(`${field}:${value}`, row.row);
      const match = matchPerson(record, people);
      if (!match.ok) {
        fail(row, match.field, match.reason);
        continue;
      }
      const team = record.team ? teamByName.get(nameKey(record.team)) : undefined;
      if (record.team && !team && !record.teamKind) {
        fail(
          row,
          'team',
          text(
            `团队「${record.team}」不存在；请填写“团队类型”列以新建该团队`,
            `team "${record.team}" does not exist; give its team kind (团队类型) to create it`,
          ),
        );
        continue;
      }
      if (team && record.teamKind && TEAM_KINDS.fromName(team.kind) !== record.teamKind) {
        fail(
          row,
          'teamKind',
          text(
            `团队「${team.name}」已存在，类型为「${team.kind}」`,
            `team "${team.name}" exists with kind "${team.kind}"`,
          ),
        );
        continue;
      }
      checked.push({ row, record, existing: match.person });
    }
    await rejectTakenSlackIds(store, checked, fail);
    rejectSecondLeads(checked, fail);
    const rejectedRows = new Set(errors.map((error) => error.row));
    const valid = checked.filter((entry) => !rejectedRows.has(entry.row.row));
    errors.sort((a, b) => a.row - b.row);

    const refuse = rejectedRows.size > 0 && (!options.skipInvalid || rejectedRows.size >= rows);
    let result = { inserted: 0, updated: 0, deactivated: 0, changes: [] as FieldChange[] };
    let runId: number | undefined;
    const importRun: ImportRun = {
      store,
      courtId: court.id,
      kind: 'people',
      file,
      opened,
      startedAt,
      actor: options.actor,
    };
    const ledgerSummary = () => ({
      rows,
      ...result,
      changes: result.changes.slice(0, LEDGER_CHANGES),
      rejected: rejectedRows.size,
      errorCount: errors.length,
    });
    if (!refuse) {
      try {
        await store.prisma.$transaction(
          async (tx) => {
            const session = sqlOver(tx);
            await lockCourtImports(session, court.id);
            // A rejected row may be someone still employed: nobody is deactivated unless every row was read.
            result = await writePeople(
              tx,
              court.id,
              valid,
              teamByName,
              options.deactivateMissing === true && rejectedRows.size === 0,
              people,
            );
            if (result.inserted + result.updated + result.deactivated > 0) await bumpDataVersion(session, court.id);
            if (options.dryRun) throw new RollBack();
            runId = await recordRun(session, ledgerEntry(importRun, 'committed', ledgerSummary()));
          },
          { timeout: 120_000 },
        );
      } catch (error) {
        if (!(error instanceof RollBack)) throw error;
      }
    }
    const outcome: RunOutcome = refuse ? 'rejected' : options.dryRun ? 'dry_run' : 'committed';
    const recordedId = await recordedRunId(importRun, { outcome, runId }, ledgerSummary);
    const notes =
      result.deactivated > 0
        ? [
            text(
              `已停用 ${result.deactivated} 名不在名单中的人员`,
              `deactivated ${result.deactivated} people missing from the roster`,
            ),
          ]
        : [];
    return importSummary(importRun, {
      outcome,
      runId: recordedId,
      rows,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: refuse ? 0 : valid.length - result.inserted - result.updated,
      rejected: rejectedRows.size,
      errors,
      changes: result.changes,
      notes,
    });
  }
}

type Match = { ok: true; person: Existing | null } | { ok: false; field: PersonField; reason: Localized };

/** By 工号, else e-mail, else name; a name shared by two people cannot say which one the row means. */
function matchPerson(record: PersonRecord, people: readonly Existing[]): Match {
  if (record.staffNo)
    return { ok: true, person: people.find((person) => person.staffNo?.toUpperCase() === record.staffNo) ?? null };
  if (record.email)
    return { ok: true, person: people.find((person) => person.email?.toLowerCase() === record.email) ?? null };
  const named = people.filter((person) => nameKey(person.name) === record.name);
  if (named.length > 1) {
    const numbers = named.map((person) => person.staffNo ?? '?').join('、');
    return {
      ok: false,
      field: 'name',
      reason: text(
        `本院有 ${named.length} 人名为「${record.name}」（工号 ${numbers}），请填写工号`,
        `${named.length} people are called "${record.name}" (${numbers}); give the staff number`,
      ),
    };
  }
  return { ok: true, person: named[0] ?? null };
}

/** Slack ids are unique across the store: one already used by someone else is an error, not a takeover. */
async function rejectTakenSlackIds(
  store: Store,
  checked: readonly Checked[],
  fail: (row: DataRow<PersonField>, field: PersonField, reason: Localized) => void,
): Promise<void> {
  const wanted = checked.map((entry) => entry.record.slackUserId).filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return;
  const holders = await store.prisma.person.findMany({
    where: { slackUserId: { in: wanted } },
    select: { id: true, name: true, slackUserId: true },
  });
  const byId = new Map(holders.map((holder) => [holder.slackUserId, holder]));
  for (const entry of checked) {
    const holder = entry.record.slackUserId ? byId.get(entry.record.slackUserId) : undefined;
    if (holder && holder.id !== entry.existing?.id) {
      fail(
        entry.row,
        'slackUserId',
        text(
          `Slack 用户 ID ${holder.slackUserId} 已属于 ${holder.name}`,
          `Slack user id ${holder.slackUserId} already belongs to ${holder.name}`,
        ),
      );
    }
  }
}

/** A team has one lead (Team.leadId): a second 团队负责人 for the same team is an error. */
function rejectSecondLeads(
  checked: readonly Checked[],
  fail: (row: DataRow<PersonField>, field: PersonField, reason: Localized) => void,
): void {
  const leads = new Map<string, number>();
  for (const entry of checked) {
    if (entry.record.role !== 'team_lead' || !entry.record.team || !entry.record.active) continue;
    const team = nameKey(entry.record.team);
    const first = leads.get(team);
    if (first !== undefined)
      fail(
        entry.row,
        'role',
        text(
          `团队「${entry.record.team}」在第 ${first} 行已有负责人`,
          `team "${entry.record.team}" already has a lead in row ${first}`,
        ),
      );
    else leads.set(team, entry.row.row);
  }
}

async function writePeople(
  tx: Prisma.TransactionClient,
  courtId: number,
  valid: readonly Checked[],
  teamByName: Map<string, { id: number; name: string; kind: string; leadId: number | null }>,
  deactivateMissing: boolean,
  people: readonly Existing[],
): Promise<{ inserted: number; updated: number; deactivated: number; changes: FieldChange[] }> {
  const changes: FieldChange[] = [];
  const teamNames = new Map([...teamByName.values()].map((team) => [team.id, team.name]));
  let inserted = 0;
  let updated = 0;
  const seenIds = new Set<number>();
  for (const { row, record, existing } of valid) {
    let teamId: number | null | undefined;
    if (record.team === undefined) teamId = undefined;
    else if (record.team === null) teamId = null;
    else {
      let team = teamByName.get(nameKey(record.team));
      if (!team) {
        team = await tx.team.create({
          data: { courtId, name: record.team, kind: record.teamKind as string },
          select: { id: true, name: true, kind: true, leadId: true },
        });
        teamByName.set(nameKey(record.team), team);
        teamNames.set(team.id, team.name);
      }
      teamId = team.id;
    }
    const wanted = {
      name: record.name,
      role: record.role,
      active: record.active,
      ...(record.staffNo !== undefined ? { staffNo: record.staffNo } : {}),
      ...(record.email !== undefined ? { email: record.email } : {}),
      ...(record.slackUserId !== undefined ? { slackUserId: record.slackUserId } : {}),
      ...(record.title !== undefined ? { title: record.title } : {}),
      ...(teamId !== undefined ? { teamId } : {}),
    };
    let personId: number;
    if (!existing) {
      personId = (await tx.person.create({ data: { courtId, ...wanted }, select: { id: true } })).id;
      inserted++;
    } else {
      personId = existing.id;
      seenIds.add(existing.id);
      const differing = Object.entries(wanted).filter(([field, value]) => existing[field as keyof Existing] !== value);
      if (differing.length > 0) {
        await tx.person.update({ where: { id: existing.id }, data: Object.fromEntries(differing) });
        updated++;
        const shown = (field: string, value: unknown) =>
          value === null || value === undefined
            ? null
            : field === 'teamId'
              ? (teamNames.get(value as number) ?? String(value))
              : String(value);
        for (const [field, value] of differing) {
          changes.push({
            row: row.row,
            key: record.staffNo ?? record.name,
            field: LABELS[field] as Localized,
            before: shown(field, existing[field as keyof Existing]),
            after: shown(field, value),
          });
        }
      }
    }
    if (record.role === 'team_lead' && record.active && teamId) {
      const team = [...teamByName.values()].find((candidate) => candidate.id === teamId);
      if (team && team.leadId !== personId) {
        // Team.leadId is unique: the person stops leading any other team first.
        await tx.team.updateMany({ where: { leadId: personId }, data: { leadId: null } });
        await tx.team.update({ where: { id: teamId }, data: { leadId: personId } });
        team.leadId = personId;
      }
    }
  }
  let deactivated = 0;
  if (deactivateMissing) {
    const missing = people.filter((person) => person.active && !seenIds.has(person.id)).map((person) => person.id);
    if (missing.length > 0)
      deactivated = (await tx.person.updateMany({ where: { id: { in: missing } }, data: { active: false } })).count;
  }
  return { inserted, updated, deactivated, changes };
}

/** The ledger and data-version helpers speak SqlSession; inside Prisma's transaction they use its client. */
function sqlOver(tx: Prisma.TransactionClient): SqlSession {
  return {
    query: <Row>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<Row[]>(sql, ...params),
    exec: async (script: string) => {
      await tx.$executeRawUnsafe(script);
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../src/generated/prisma/client';
import { recordRun, type ImportKind, type RunOutcome } from '../../src/services/imports/ledger';
import type { Store } from '../../src/store';

export const FIXTURES = path.resolve(__dirname, '../fixtures/exports');
export const fixture = (name: string) => path.join(FIXTURES, name);

/** The demo court's roster as test/fixtures/exports/people.csv lists it, written directly. */
const PEOPLE: readonly [name: string, staffNo: string, role: Role, team: string | null][] = [
  ['李建国', '0291001', 'team_lead', '速裁快审一团队'],
  ['张敏', '0291002', 'judge', '速裁快审一团队'],
  ['刘晓燕', '0291003', 'assistant', '速裁快审一团队'],
  ['王磊', '0291004', 'judge', '民商事审判团队'],
  ['赵丽华', '0291005', 'team_lead', '民商事审判团队'],
  ['孙志强', '0291007', 'judge', '刑事审判团队'],
  ['周婷', '0291008', 'judge', '执行实施一团队'],
  ['王磊', '0291011', 'judge', '刑事审判团队'],
];

const TEAMS: readonly [name: string, kind: string][] = [
  ['速裁快审一团队', '速裁快审'],
  ['民商事审判团队', '繁案'],
  ['刑事审判团队', '刑事'],
  ['执行实施一团队', '执行'],
];

/** Written a table per statement: some files seed it before every test. */
export async function seedCourt(store: Store, code = '内0291'): Promise<{ courtId: number }> {
  const court = await store.prisma.court.create({ data: { code, name: '包头稀土高新技术产业开发区人民法院' } });
  const teamRows = await store.prisma.team.createManyAndReturn({
    data: TEAMS.map(([name, kind]) => ({ courtId: court.id, name, kind })),
    select: { id: true, name: true },
  });
  const teams = new Map(teamRows.map((team) => [team.name, team.id]));
  await store.prisma.person.createMany({
    data: PEOPLE.map(([name, staffNo, role, team]) => ({
      courtId: court.id,
      name,
      staffNo,
      role,
      teamId: team ? (teams.get(team) ?? null) : null,
    })),
  });
  return { courtId: court.id };
}

/** A scratch directory for files a test writes (variants of the fixtures, reports). */
export function scratchDir(): { dir: string; file(name: string, content?: string | Buffer): string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-import-'));
  return {
    dir,
    file: (name, content) => {
      const target = path.join(dir, name);
      if (content !== undefined) fs.writeFileSync(target, content);
      return target;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** An entry in the import ledger, written as the importers write it (recordRun), for a run that started at `startedAt`. */
export function recordImportRun(
  store: Store,
  courtId: number,
  startedAt: string,
  run: { kind?: ImportKind; outcome?: RunOutcome } = {},
): Promise<number> {
  const kind = run.kind ?? 'cases';
  return store.withSql((session) =>
    recordRun(session, {
      courtId,
      kind,
      fileName: `${kind}.csv`,
      fileHash: 'x',
      startedAt: new Date(startedAt),
      outcome: run.outcome ?? 'committed',
      actor: 'test',
      summary: {},
    }),
  );
}

/** Empties the import ledger and its audit entries again. */
export async function forgetImportRuns(store: Store): Promise<void> {
  await store.prisma.auditLog.deleteMany({ where: { entity: 'ImportRun' } });
  await store.prisma.importRun.deleteMany({});
}

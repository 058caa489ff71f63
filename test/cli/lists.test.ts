import fs from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../../src/store';
import { docketInProcess } from '../support/cli';
import { createMigratedDataDir, createTestStore } from '../support/store';

/**
 * `docket users list` and `docket cases list` against a seeded tiny court, through the CLI itself: the
 * JSON contract, the tables, the exit codes and, with DATABASE_URL, the same output from PostgreSQL.
 * Each call opens the on-disk store, so the behaviour in detail is tested on the services
 * (test/services/judgeCases.test.ts).
 */
const AS_OF = '2026-06-30';
let dataDir: string;
const embedded: Record<string, string | undefined> = { DATABASE_URL: undefined };

async function json<T>(args: string[], env: Record<string, string | undefined> = embedded): Promise<T> {
  const run = await docketInProcess([...args, '--json'], env);
  if (run.code !== 0) throw new Error(`docket ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

interface Person {
  name: string;
  email: string;
  role: string;
  team: string | null;
  slackUserId: string;
}

interface CaseItem {
  caseNumber: string;
  cause: string;
  procedure: string;
  filedOn: string;
  closedOn: string | null;
  deadline: string | null;
  daysLeft: number | null;
  overdueDays: number | null;
  judge: string;
  team: string;
  status: string;
}

/** The judge with the most open cases, so the lists have something to order (one query, not a CLI call per judge). */
async function busiestJudge(): Promise<Person> {
  const store = await openStore({ dataDir });
  try {
    const [top] = await store.prisma.case.groupBy({
      by: ['judgeId'],
      where: { status: 'open' },
      _count: { _all: true },
      orderBy: [{ _count: { judgeId: 'desc' } }, { judgeId: 'asc' }],
      take: 1,
    });
    const person = await store.prisma.person.findUniqueOrThrow({
      where: { id: top?.judgeId as number },
      include: { team: true },
    });
    return {
      name: person.name,
      email: person.email as string,
      role: person.role,
      team: person.team?.name ?? null,
      slackUserId: person.slackUserId as string,
    };
  } finally {
    await store.close();
  }
}

let judge: Person;
beforeAll(async () => {
  // Migrated beforehand: how the first start creates a store is tested in test/store.
  dataDir = await createMigratedDataDir('docket-lists-');
  embedded.DOCKET_DATA_DIR = dataDir;
  const seeded = await docketInProcess(['seed', 'demo', '--scale', 'tiny', '--seed', '5', '--as-of', AS_OF], embedded);
  expect(seeded).toMatchObject({ code: 0, stdout: expect.stringContaining('Seeded 1 court(s)') });
  // It imported the demo court's rules, so it wrote their index for the first /rule of docket serve, as an import does.
  expect(fs.existsSync(path.join(dataDir, 'rules-index.bin'))).toBe(true);
  judge = await busiestJudge();
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('docket users list and docket cases list (the JSON contract scripts rely on)', () => {
  it('prints people as camelCase JSON with name, email, role, team and Slack id', async () => {
    const people = await json<Person[]>(['users', 'list']);
    expect(people).toHaveLength(42);
    for (const person of people) {
      expect(person).toEqual(
        expect.objectContaining({
          name: expect.any(String),
          email: expect.stringMatching(/@/),
          role: expect.any(String),
          slackUserId: expect.stringMatching(/^U/),
        }),
      );
      expect(person).toHaveProperty('team');
    }
  });

  it("prints a judge's cases as camelCase JSON with the case contract fields", async () => {
    const cases = await json<CaseItem[]>(['cases', 'list', '--judge', judge.slackUserId, '--open', '--as-of', AS_OF]);
    expect(cases.length).toBeGreaterThan(1);
    for (const item of cases) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'caseNumber',
          'cause',
          'procedure',
          'filedOn',
          'closedOn',
          'deadline',
          'daysLeft',
          'judge',
          'team',
        ]),
      );
      expect(item).toMatchObject({
        caseNumber: expect.stringMatching(/^（\d{4}）内0291/),
        judge: judge.name,
        team: judge.team,
        status: 'open',
        closedOn: null,
      });
    }
  });

  it('prints tables a person can read', async () => {
    const people = await docketInProcess(['users', 'list', '--role', 'admin'], embedded);
    expect(people.stdout.split('\n')[0]).toMatch(/^姓名\s+角色\s+团队\s+Slack\s+邮箱$/);
    const cases = await docketInProcess(
      ['cases', 'list', '--judge', judge.email, '--open', '--limit', '2', '--as-of', AS_OF],
      embedded,
    );
    expect(cases.stdout.split('\n')[1]).toMatch(/^案号\s+案由\s+程序\s+立案\s+审限\s+状态$/);
    expect(cases.stdout).toMatch(/剩\d+天|超期\d+天|无审限/);
  });

  it('says an empty list in the language of its heading', async () => {
    const none = await docketInProcess(
      ['cases', 'list', '--judge', judge.email, '--overdue', '--as-of', '2000-01-01'],
      embedded,
    );
    expect(none.stdout).toMatch(/共0件\n没有符合条件的案件。$/);
    expect(none.stdout).not.toMatch(/[A-Za-z]{3,} [a-z]+/);
    const nobody = await docketInProcess(['users', 'list', '--team', '不存在的团队'], embedded);
    expect(nobody.stdout).toBe('没有符合条件的人员。');
  });

  it('exits 2 with one sentence for an unknown judge, a missing --judge or an unknown role', async () => {
    expect(await docketInProcess(['cases', 'list', '--judge', 'UNOBODY0001'], embedded)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no person has the Slack user id or e-mail address "UNOBODY0001"'),
    });
    expect(await docketInProcess(['cases', 'list'], embedded)).toMatchObject({ code: 2 });
    expect(await docketInProcess(['users', 'list', '--role', 'president'], embedded)).toMatchObject({ code: 2 });
  });
});

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) console.info('Cross-store CLI comparison skipped: DATABASE_URL is not set');

onPostgres('the same seed on PostgreSQL, through the CLI', () => {
  let store: Store;
  let postgres: Record<string, string | undefined>;
  beforeAll(async () => {
    store = await createTestStore();
    postgres = { DATABASE_URL: store.databaseUrl };
    expect(
      await docketInProcess(['seed', 'demo', '--scale', 'tiny', '--seed', '5', '--as-of', AS_OF], postgres),
    ).toMatchObject({ code: 0 });
  }, 120_000);
  afterAll(() => store.close());

  it('prints the same users list and cases list as the embedded store', async () => {
    expect(await json(['users', 'list'], postgres)).toEqual(await json(['users', 'list']));
    const args = ['cases', 'list', '--judge', judge.slackUserId, '--as-of', AS_OF];
    expect(await json(args, postgres)).toEqual(await json(args));
  });
});

import { seedDemo } from '../../src/devtools/demo/seedDemo';
import { JudgeCasesService, type JudgeCases, type JudgeCasesRequest } from '../../src/services/judgeCases';
import { PeopleService, PersonLookupError, type PeopleFilter, type PersonListItem } from '../../src/services/people';
import { openStore, type Store } from '../../src/store';
import { createTestStore, testStoreKind } from '../support/store';

const AS_OF = '2026-06-30';
const SEED = { scale: 'tiny', seed: 5, asOf: AS_OF, reset: false } as const;

const listPeople = (store: Store, filter?: PeopleFilter) => new PeopleService({ store }).list(filter);
const listJudgeCases = (store: Store, request: JudgeCasesRequest) =>
  new JudgeCasesService({ store, people: new PeopleService({ store }) }).list(request);

async function busiestJudge(store: Store): Promise<PersonListItem> {
  const [top] = await store.prisma.case.groupBy({
    by: ['judgeId'],
    where: { status: 'open' },
    _count: { _all: true },
    orderBy: [{ _count: { judgeId: 'desc' } }, { judgeId: 'asc' }],
    take: 1,
  });
  const person = await store.prisma.person.findUniqueOrThrow({ where: { id: top?.judgeId as number } });
  return (await listPeople(store)).find((item) => item.slackUserId === person.slackUserId) as PersonListItem;
}

describe('people and a judge’s cases from a seeded court', () => {
  let store: Store;
  let judge: PersonListItem;
  beforeAll(async () => {
    store = await createTestStore();
    await seedDemo(store, SEED);
    judge = await busiestJudge(store);
  });
  afterAll(() => store.close());

  it('lists people by role and team', async () => {
    expect(await listPeople(store)).toHaveLength(42);
    expect(await listPeople(store, { role: 'team_lead' })).toHaveLength(9);
    const team = await listPeople(store, { team: '刑事审判团队' });
    expect(team.map((person) => person.role).sort()).toEqual(['assistant', 'assistant', 'clerk', 'judge', 'team_lead']);
    expect(await listPeople(store, { court: '内0102' })).toEqual([]);
  });

  it("lists a judge's open cases soonest 审限 first, with days left from the as-of day", async () => {
    const { cases } = await listJudgeCases(store, { judge: judge.slackUserId as string, openOnly: true, asOf: AS_OF });
    expect(cases.length).toBeGreaterThan(1);
    expect(cases.every((item) => item.status === 'open' && item.judge === judge.name && item.team === judge.team)).toBe(
      true,
    );
    const deadlines = cases.map((item) => item.deadline).filter((deadline): deadline is string => deadline !== null);
    expect(deadlines).toEqual([...deadlines].sort());
    for (const item of cases)
      if (item.deadline !== null)
        expect(item.daysLeft).toBe(Math.max(0, (Date.parse(item.deadline) - Date.parse(AS_OF)) / 86_400_000));
  });

  it('finds the judge by e-mail in any letter case, puts closed cases last, and limits', async () => {
    const all = await listJudgeCases(store, { judge: judge.slackUserId as string, asOf: AS_OF });
    expect(await listJudgeCases(store, { judge: (judge.email as string).toUpperCase(), asOf: AS_OF })).toEqual(all);
    const firstClosed = all.cases.findIndex((item) => item.status === 'closed');
    expect(firstClosed).toBeGreaterThan(0);
    expect(all.cases.slice(firstClosed).every((item) => item.status === 'closed' && item.daysLeft === null)).toBe(true);
    expect((await listJudgeCases(store, { judge: judge.slackUserId as string, limit: 3, asOf: AS_OF })).cases).toEqual(
      all.cases.slice(0, 3),
    );
  });

  it('matches the e-mail address exactly: % and _ in it are characters, not wildcards', async () => {
    const email = judge.email as string;
    for (const pattern of [`%${email.slice(email.indexOf('@'))}`, `${email.slice(0, -1)}_`]) {
      await expect(listJudgeCases(store, { judge: pattern, asOf: AS_OF })).rejects.toThrow(
        `no person has the Slack user id or e-mail address "${pattern}"`,
      );
    }
  });

  it('keeps only the open cases past their 审限 with overdueOnly', async () => {
    const later = '2026-09-30';
    const open = await listJudgeCases(store, { judge: judge.slackUserId as string, openOnly: true, asOf: later });
    const overdue = await listJudgeCases(store, { judge: judge.slackUserId as string, overdueOnly: true, asOf: later });
    expect(overdue.cases.length).toBeGreaterThan(0);
    expect(overdue.cases).toEqual(open.cases.filter((item) => item.deadline !== null && item.deadline < later));
    expect(overdue.cases.every((item) => (item.overdueDays ?? 0) > 0)).toBe(true);
  });

  it('reads on the driver alone: docket cases list never instantiates Prisma', async () => {
    const request = { judge: judge.email as string, asOf: AS_OF };
    const withoutPrisma = new Proxy(store, {
      get: (target, key) => {
        if (key === 'prisma') throw new Error('listJudgeCases used store.prisma');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(await listJudgeCases(withoutPrisma, request)).toEqual(await listJudgeCases(store, request));
  });

  it('names the problem when the judge is unknown or not a judge', async () => {
    await expect(listJudgeCases(store, { judge: 'UNOBODY0001', asOf: AS_OF })).rejects.toThrow(
      new PersonLookupError(
        'no person has the Slack user id or e-mail address "UNOBODY0001": check it with docket users list',
      ),
    );
    const [clerk] = await listPeople(store, { role: 'clerk' });
    await expect(listJudgeCases(store, { judge: clerk?.slackUserId as string, asOf: AS_OF })).rejects.toThrow(
      /is a clerk, not a judge/,
    );
  });
});

const onPostgres = testStoreKind === 'postgres' ? describe : describe.skip;
if (testStoreKind !== 'postgres') console.info('Cross-store comparison skipped: DATABASE_URL is not set');

onPostgres('the same seed on the embedded store and on PostgreSQL', () => {
  let postgres: Store;
  let embedded: Store;
  beforeAll(async () => {
    [postgres, embedded] = await Promise.all([createTestStore(), openStore({ memory: {} })]);
    await seedDemo(postgres, SEED);
    await seedDemo(embedded, SEED);
  });
  afterAll(() => Promise.all([postgres.close(), embedded.close()]));

  it('gives identical people and identical case lists for every judge and filter', async () => {
    expect(await listPeople(postgres)).toEqual(await listPeople(embedded));
    const judges = [
      ...(await listPeople(embedded, { role: 'judge' })),
      ...(await listPeople(embedded, { role: 'team_lead' })),
    ];
    for (const { slackUserId } of judges) {
      for (const request of [{}, { openOnly: true }, { overdueOnly: true, asOf: '2026-09-30' }, { limit: 5 }]) {
        const query = { judge: slackUserId as string, asOf: AS_OF, ...request };
        const [fromPostgres, fromEmbedded]: JudgeCases[] = await Promise.all([
          listJudgeCases(postgres, query),
          listJudgeCases(embedded, query),
        ]);
        expect(fromPostgres).toEqual(fromEmbedded);
      }
    }
  });
});

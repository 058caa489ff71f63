import type { Store } from '../../src/store';
import { EXTENSION_ACTIONS, REQUEST_CALLBACK_ID } from '../../src/slack/views/extensions';
import { REMIND_CALLBACK_ID } from '../../src/slack/views/caseActions';
import { PEOPLE } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { textOf, type RequestResult, type SlackHarness, type SlackPayload } from '../support/slack';
import { testStoreKind } from '../support/store';

const PRESIDENT = { slack: 'U0ZHANG11', name: '张建国', email: 'zhang@court.example' };

/** Everything the person was told: responses, DMs, a submission's field errors. */
function told(result: RequestResult): string {
  const posted = result.calls
    .filter((call) => call.method === 'chat.postMessage')
    .map((call) => textOf(call.args as never));
  const errors = result.ack.body ? Object.values((JSON.parse(result.ack.body).errors ?? {}) as object) : [];
  return [...result.responses.map((response) => textOf(response)), ...posted, ...errors.map(String)].join('\n');
}

describe(`acting on a case when the store fails (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  const ids = new Map<number, number>();
  const caseId = (sequence: number) => ids.get(sequence) as number;

  beforeAll(async () => {
    ({ store, harness } = await openSlackCourt(async (seeded, fixture) => {
      await seeded.prisma.person.create({
        data: {
          courtId: fixture.courtId,
          name: PRESIDENT.name,
          role: 'admin',
          title: '院长',
          email: PRESIDENT.email,
          slackUserId: PRESIDENT.slack,
        },
      });
    }));
    harness.slack.addUser({ id: PRESIDENT.slack, email: PRESIDENT.email, name: PRESIDENT.name, locale: 'zh-CN' });
    for (const row of await store.prisma.case.findMany({ select: { id: true, caseNumber: true } }))
      ids.set(Number(/民初(\d+)号/.exec(row.caseNumber)?.[1]), row.id);
  });
  let storeClosed = false;
  // The last test closes the store itself.
  afterAll(() => (storeClosed ? harness?.stop() : closeSlackCourt({ store, harness })));

  const request = (sequence: number) =>
    harness.submitView(
      PEOPLE.wang.slack,
      REQUEST_CALLBACK_ID,
      {
        length: { value: { type: 'static_select', selected_option: { value: 'm6' } } },
        reason: { value: { type: 'plain_text_input', value: '需委托工程造价鉴定' } },
      },
      JSON.stringify({ caseId: caseId(sequence) }),
    );

  const dataVersion = async () => (await store.prisma.court.findFirstOrThrow()).dataVersion;

  it('a request that fails half-way (its audit row refused) records nothing, and the judge is told', async () => {
    // The store refuses the audit row, after the request row was written in the same transaction.
    await store.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await store.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    const version = await dataVersion();
    let result: RequestResult;
    try {
      result = await request(103);
    } finally {
      await store.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditLog"`);
      await store.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(told(result)).toMatch(/已记录（编号 [0-9a-f]{6}）/);
    expect(await store.prisma.extensionRequest.count()).toBe(0);
    expect(await store.prisma.auditLog.count({ where: { entity: 'ExtensionRequest' } })).toBe(0);
    expect(await dataVersion()).toBe(version);
    expect(harness.slack.messagesIn(`D${PRESIDENT.slack}`)).toEqual([]);
    // Once the store takes writes again, the same request goes through, once.
    expect((await request(103)).ack).toMatchObject({ status: 200, body: '' });
    expect(await store.prisma.extensionRequest.count()).toBe(1);
  });

  it('a decision that fails half-way leaves the request pending, and the approver may decide again', async () => {
    const asked = harness.slack.messagesIn(`D${PRESIDENT.slack}`)[0] as SlackPayload;
    await store.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await store.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
    );
    let failed: RequestResult;
    try {
      failed = await harness.press(PRESIDENT.slack, asked, EXTENSION_ACTIONS.approve);
    } finally {
      await store.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditLog"`);
      await store.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(told(failed)).toMatch(/已记录（编号 [0-9a-f]{6}）/);
    const request = await store.prisma.extensionRequest.findFirstOrThrow();
    expect(request).toMatchObject({ status: 'pending', decidedById: null, decidedAt: null });
    expect(harness.slack.messagesIn(`D${PEOPLE.wang.slack}`).some((m) => textOf(m as never).includes('已获'))).toBe(
      false,
    );
    await harness.press(PRESIDENT.slack, asked, EXTENSION_ACTIONS.approve);
    expect((await store.prisma.extensionRequest.findFirstOrThrow()).status).toBe('approved');
  });

  it('with the store down, a reminder, a request and a question are each answered with "unavailable"', async () => {
    await store.close();
    storeClosed = true;
    const remind = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      {
        when: { value: { type: 'radio_buttons', selected_option: { value: 'date' } } },
        date: { value: { type: 'datepicker', selected_date: '2025-06-25' } },
        workingDays: { value: { type: 'number_input', value: null } },
      },
      JSON.stringify({ caseId: caseId(104) }),
    );
    expect(told(remind)).toContain('Docket 暂时无法访问案件数据');
    expect(told(await request(104))).toContain('Docket 暂时无法访问案件数据');
    expect(told((await harness.dm(PEOPLE.wang.slack, '逾期的')).result)).toContain('Docket 暂时无法访问案件数据');
  });
});

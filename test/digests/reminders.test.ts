import type { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { ReminderRunner } from '../../src/digests/reminders';
import { toViewer, type Viewer } from '../../src/services/identity';
import { MyCasesService } from '../../src/services/myCases';
import { ReadCache } from '../../src/services/readCache';
import { RemindersService } from '../../src/services/reminders';
import type { Store } from '../../src/store';
import { findViewerById } from '../../src/store/repositories/viewers';
import { caseNumberOf, PEOPLE, type Fixture } from '../support/court';
import { openFixtureCourt } from '../support/fixtureCourt';
import { textOf } from '../support/slack';
import { freshDigestSlack, ManualClock, outboundFor, quietLogger } from './support';

// 2026 春节: rest 02-15 (Sun) – 02-23 (Mon); Saturday 02-14 is a make-up working day (调休上班).
describe('reminders across the 2026 Spring Festival 调休 weekend and a restart', () => {
  let store: Store;
  let fixture: Fixture;
  let slack: FakeSlackApi;
  let cache: ReadCache;
  let myCases: MyCasesService;
  const clock = new ManualClock('2026-02-12T10:00:00+08:00');

  beforeAll(async () => {
    ({ store, fixture } = await openFixtureCourt());
    slack = await freshDigestSlack(store);
    cache = new ReadCache();
    myCases = new MyCasesService({ store, cache });
  });
  afterAll(async () => {
    cache?.close();
    await slack?.stop();
    await store?.close();
  });

  const runner = (extra: { afterPost?: (key: string) => void } = {}) =>
    new ReminderRunner({
      store,
      outbound: outboundFor(slack, clock),
      clock,
      logger: quietLogger(),
      myCases,
      leaseMs: 60_000,
      ...extra,
    });
  const at = (instant: string) => clock.set(instant);
  const dms = (person: keyof typeof PEOPLE) => slack.messagesIn(`D${PEOPLE[person].slack}`);
  const viewer = async (person: keyof Fixture['people']): Promise<Viewer> => {
    const row = await findViewerById(store.prisma, fixture.people[person]);
    return toViewer(row as NonNullable<typeof row>, row?.slackUserId as string);
  };
  const caseId = async (sequence: number) =>
    (await store.prisma.case.findFirstOrThrow({ where: { caseNumber: caseNumberOf(sequence) } })).id;

  test('each reminder arrives once, on its working day, outside quiet hours — and not again after a crash', async () => {
    const reminders = new RemindersService({ prisma: store.prisma, myCases, clock });
    const today = '2026-02-12';
    const saturday = await reminders.remind(
      await viewer('wang'),
      await caseId(104),
      { kind: 'date', on: '2026-02-14' },
      today,
    );
    const holiday = await reminders.remind(
      await viewer('wang'),
      await caseId(103),
      { kind: 'date', on: '2026-02-16' },
      today,
    );
    const quiet = await reminders.remind(
      await viewer('zhao'),
      await caseId(302),
      { kind: 'date', on: '2026-02-14' },
      today,
    );
    expect([saturday, holiday, quiet].map((result) => (result.ok ? result.day.on : result.reason))).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-14',
    ]);
    await store.prisma.userPreference.create({
      data: { personId: fixture.people.zhao, quietHoursStart: '08:00', quietHoursEnd: '10:00' },
    });

    at('2026-02-13T09:00:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0, waiting: 0 });
    at('2026-02-14T08:29:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0, waiting: 2 });
    at('2026-02-14T08:30:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 1, waiting: 1 });
    expect(dms('wang')).toHaveLength(1);
    const first = textOf(dms('wang')[0]);
    expect(first).toContain(`⏰ 提醒：${caseNumberOf(104)}`);
    expect(first).toContain('这是您于 2026年2月12日 设置的提醒');
    expect(JSON.stringify(dms('wang')[0]?.blocks)).toContain('"action_id":"case.menu"');
    at('2026-02-14T09:59:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0 });
    at('2026-02-14T10:00:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 1 });
    expect(dms('zhao')).toHaveLength(1);

    // Through the holiday, morning after morning, nothing goes out.
    for (const day of ['15', '16', '17', '18', '19', '20', '21', '22', '23']) {
      at(`2026-02-${day}T09:00:00+08:00`);
      expect(await runner().sendDue()).toMatchObject({ sent: 0 });
    }

    // The first working day: the sender dies between posting and recording.
    at('2026-02-24T08:30:00+08:00');
    const key = `notice/2026-02-24/reminder:${holiday.ok ? holiday.entry.id : 0}`;
    await expect(
      runner({
        afterPost: (posted) => {
          if (posted === key) throw new Error('killed');
        },
      }).sendDue(),
    ).rejects.toThrow('killed');
    expect(dms('wang')).toHaveLength(2);
    // A new process within the dead sender's lease leaves the reminder to it …
    at('2026-02-24T08:30:30+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0, already: 0, waiting: 1 });
    // … and after the lease finds the message it posted and updates it instead of posting a second one.
    at('2026-02-24T08:32:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 1 });
    expect(dms('wang')).toHaveLength(2);
    expect(slack.callsTo('chat.update')).toHaveLength(1);
    expect(await store.prisma.caseReminder.findMany({ select: { status: true }, orderBy: { id: 'asc' } })).toEqual([
      { status: 'sent' },
      { status: 'sent' },
      { status: 'sent' },
    ]);
    at('2026-02-25T08:30:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0, already: 0, waiting: 0 });
  });

  test('a case closed or reassigned before its reminder is dropped without a DM', async () => {
    const reminders = new RemindersService({ prisma: store.prisma, myCases, clock });
    const set = await reminders.remind(
      await viewer('zhao'),
      await caseId(301),
      { kind: 'date', on: '2026-02-26' },
      '2026-02-25',
    );
    expect(set.ok).toBe(true);
    await store.prisma.case.update({ where: { id: await caseId(301) }, data: { judgeId: fixture.people.qian } });
    const before = dms('zhao').length;
    at('2026-02-26T10:30:00+08:00');
    expect(await runner().sendDue()).toMatchObject({ sent: 0, cancelled: 1 });
    expect(dms('zhao')).toHaveLength(before);
    expect(await store.prisma.caseReminder.findFirst({ where: { caseId: await caseId(301) } })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'not_visible',
    });
  });
});

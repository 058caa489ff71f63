import { CourtsService } from '../../src/services/courts';
import type { Store } from '../../src/store';
import { CASE_ACTIONS, caseMenuValue } from '../../src/slack/views/caseActions';
import { DailyCourtData } from '../../src/services/digests/dailyData';
import { DigestPeopleService } from '../../src/services/digests/people';
import { dailyDigestMessage } from '../../src/slack/views/digests/daily';
import { caseNumberOf, FIXTURE_TODAY, PEOPLE, type Fixture } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { letTimePass } from '../support/fakeTime';
import { textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';

const TEMPLATE = 'https://cms.court.example/case?ah={caseNumber}&from=docket';
const linkTo = (sequence: number) =>
  `<https://cms.court.example/case?ah=${encodeURIComponent(caseNumberOf(sequence))}&amp;from=docket|在办案系统中打开>`;

describe(`「在办案系统中打开」 from a court's URL template (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ store, harness, fixture } = await openSlackCourt());
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  it('shows no link while the court has no template', async () => {
    const reply = (await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0];
    expect(textOf(reply)).toContain(caseNumberOf(103));
    expect(textOf(reply)).not.toContain('在办案系统中打开');
  });

  it('links every case line and the 详情 to the case in the CMS once the court sets one, within seconds', async () => {
    await new CourtsService({ prisma: store.prisma }).update('内0291', { cmsUrlTemplate: TEMPLATE }, 'cli:test');
    settingsSeen();
    const result = await harness.command(PEOPLE.wang.slack, '/mycases', '全部');
    const text = textOf(result.responses[0]);
    for (const sequence of [101, 102, 103, 104, 106]) expect(text).toContain(linkTo(sequence));
    const detail = await harness.press(
      PEOPLE.wang.slack,
      result.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue(
        'detail',
        (await store.prisma.case.findFirstOrThrow({ where: { caseNumber: caseNumberOf(103) }, select: { id: true } }))
          .id,
      ),
    );
    const opened = detail.calls.find((call) => call.method === 'views.open');
    expect(textOf(opened?.args.view as never)).toContain(linkTo(103));
  });

  it('links the cases of the daily DM too', async () => {
    const [wang] = (
      await new DigestPeopleService({ prisma: store.prisma }).recipients(fixture.courtId, ['judge'])
    ).filter((person) => person.slackUserId === PEOPLE.wang.slack);
    const data = (await DailyCourtData.load(store, fixture.courtId, FIXTURE_TODAY)).forPerson(
      wang as NonNullable<typeof wang>,
      null,
    );
    expect(textOf(dailyDigestMessage('zh-CN', data as NonNullable<typeof data>))).toContain(linkTo(103));
  });

  it('speaks English to English speakers, and goes away when the court removes the template', async () => {
    await store.prisma.userPreference.create({ data: { personId: (await person('zhao')).id, locale: 'en' } });
    expect(textOf((await harness.command(PEOPLE.zhao.slack, '/mycases')).responses[0])).toContain(
      '|Open in the case system>',
    );
    await new CourtsService({ prisma: store.prisma }).update('内0291', { cmsUrlTemplate: null }, 'cli:test');
    settingsSeen();
    expect(textOf((await harness.command(PEOPLE.zhao.slack, '/mycases')).responses[0])).not.toContain(
      'Open in the case system',
    );
  });

  /** `docket court set` runs in another process; the app re-reads the court's data version within 2 s. */
  function settingsSeen(): void {
    letTimePass(2100);
  }

  function person(key: keyof typeof PEOPLE) {
    return store.prisma.person.findFirstOrThrow({ where: { email: PEOPLE[key].email }, select: { id: true } });
  }
});

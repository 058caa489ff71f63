import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KnownBlock, View } from '@slack/types';
import { fixedClock } from '../../src/services/clock';
import { SchedulesService } from '../../src/services/digests/schedules';
import { RegulationImportService } from '../../src/services/regulations/importDocuments';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { RULES_DIGEST_ACTIONS } from '../../src/slack/views/digests/regulationChanges';
import type { Store } from '../../src/store';
import { FIXTURE_NOW, PEOPLE, SLACK_USERS } from '../support/court';
import { buttonsIn, SlackHarness, textOf } from '../support/slack';
import { openFixtureCourt } from '../support/fixtureCourt';
import { testStoreKind } from '../support/store';
import { ManualClock, postsByChannel, runnerFor, tick } from './support';

const RULES_CHANNEL = 'C0RULES01';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-rules-digest-'));

function importAt(store: Store, name: string, content: string, at: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return new RegulationImportService({ store }).importFile(file, { actor: 'test', clock: fixedClock(at) });
}

const flow = (version: string, articles: string) =>
  `---\ntitle: 审判流程管理办法\ndoc_type: 本院规定\nversion_date: ${version}\n---\n${articles}`;

/**
 * The weekly 规章更新 (Fridays 16:00 by default) in the fixture court: the rules channel and the people who opted
 * in get each changed document once; a week without changes sends nothing.
 */
describe(`the 规章更新 digest (${testStoreKind})`, () => {
  let store: Store;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    ({ store } = await openFixtureCourt(async (seeded, { courtId, people }) => {
      await seeded.prisma.court.update({ where: { id: courtId }, data: { rulesChannelId: RULES_CHANNEL } });
      for (const kind of ['daily', 'weekly', 'monthly'] as const)
        await new SchedulesService({ prisma: seeded.prisma }).set(courtId, kind, { enabled: false }, 'test');
      await seeded.prisma.userPreference.create({ data: { personId: people.li, rulesDigestOptIn: true } });
    }));
    slack = new FakeSlackApi({ users: SLACK_USERS });
    await slack.start();
  });
  afterAll(async () => {
    await slack.stop();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('on Friday at 16:00 the rules channel and those who opted in get the week’s changes, each exactly once', async () => {
    await importAt(
      store,
      'flow-2025.md',
      flow('2025-06-01', '第一条 立案后三日内分案。\n第二条 审限届满前十日申请延长。\n第三条 每月通报超审限案件。\n'),
      '2025-06-18T10:00:00+08:00',
    );
    const clock = new ManualClock('2025-06-20T15:59:00+08:00');
    const runner = runnerFor(store, slack, clock);
    expect(await runner.dueRuns()).toEqual([]);
    clock.set('2025-06-20T16:00:00+08:00');
    const [summary] = await tick(runner);
    expect(summary).toMatchObject({ request: { kind: 'rules', period: '2025-W25' }, sent: 2, failed: [] });

    const posts = postsByChannel(slack);
    expect(posts.get(RULES_CHANNEL)).toBe(1);
    expect(posts.get(`D${PEOPLE.li.slack}`)).toBe(1);
    expect(posts.size).toBe(2);
    const message = slack.messagesIn(RULES_CHANNEL)[0];
    expect(textOf(message)).toContain('规章更新 · 2025-W25');
    expect(textOf(message)).toContain('*《审判流程管理办法》*\n🆕 新增 · 本院规定 · 共 3 条');
    expect(buttonsIn(message?.blocks ?? []).map((b) => b.actionId)).toEqual([RULES_DIGEST_ACTIONS.open]);

    clock.set('2025-06-20T17:00:00+08:00');
    await tick(runner);
    expect(postsByChannel(slack)).toEqual(posts);
  });

  test('a week without changes sends nothing', async () => {
    const before = postsByChannel(slack);
    const clock = new ManualClock('2025-06-27T16:00:00+08:00');
    const [summary] = await tick(runnerFor(store, slack, clock));
    expect(summary).toMatchObject({ request: { kind: 'rules', period: '2025-W26' }, sent: 0, failed: [] });
    expect(postsByChannel(slack)).toEqual(before);
    expect(await store.prisma.digestRun.findFirst({ where: { kind: 'rules', period: '2025-W26' } })).toMatchObject({
      status: 'done',
      sent: 0,
    });
  });

  test('a new version lists its amended, added and repealed articles, and 查看 opens the changed text', async () => {
    await importAt(
      store,
      'flow-2025b.md',
      flow('2025-07-01', '第一条 立案后二日内分案。\n第二条 审限届满前十日申请延长。\n第四条 简单案件当日分案。\n'),
      '2025-06-30T09:00:00+08:00',
    );
    const clock = new ManualClock('2025-07-04T16:00:00+08:00');
    await tick(runnerFor(store, slack, clock));
    const message = slack.messagesIn(RULES_CHANNEL).at(-1);
    const text = textOf(message);
    expect(text).toContain('规章更新 · 2025-W27');
    expect(text).toContain('🔄 新版本 · 2025-07-01 版\n修改：第一条\n新增：第四条\n删除：第三条');
    expect(text).not.toContain('🆕 新增'); // last week's document is not news again
    expect(textOf(slack.messagesIn(`D${PEOPLE.li.slack}`).at(-1))).toContain('删除：第三条');

    const harness = await SlackHarness.start({ store, now: FIXTURE_NOW, users: SLACK_USERS });
    try {
      const opened = await harness.press(
        PEOPLE.wang.slack,
        { blocks: (message?.blocks ?? []) as KnownBlock[] },
        RULES_DIGEST_ACTIONS.open,
      );
      const view = opened.calls.find((call) => call.method === 'views.open')?.args.view as View;
      expect(textOf(view)).toContain('《审判流程管理办法》');
      expect(textOf(view)).toContain('第一条　立案后二日内分案。');
      expect(textOf(view)).toContain('第四条　简单案件当日分案。');
      expect(textOf(view)).not.toContain('第二条　');
    } finally {
      await harness.stop();
    }
  });
});

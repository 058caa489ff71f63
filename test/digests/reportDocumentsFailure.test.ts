import type { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import type { Store } from '../../src/store';
import { PEOPLE } from '../support/court';
import { openFixtureCourt } from '../support/fixtureCourt';
import { textOf } from '../support/slack';
import { freshDigestSlack, ManualClock, runnerFor, tick } from './support';

// The Word and Excel writers fail (a bug, a full temporary disk): the rest of the run must not notice.
jest.mock('../../src/documents/courtReport', () => ({
  ...jest.requireActual('../../src/documents/courtReport'),
  renderCourtReport: jest.fn(async () => {
    throw new Error('the document writer gave up');
  }),
}));

describe('when the 周通报 cannot be rendered', () => {
  let store: Store;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    ({ store } = await openFixtureCourt());
    slack = await freshDigestSlack(store);
  });
  afterAll(async () => {
    await slack?.stop();
    await store?.close();
  });

  test('the digest still goes out to everyone, the administrator’s with a note, and the administrators are told what failed', async () => {
    const clock = new ManualClock('2025-06-16T09:00:00+08:00');
    const summary = (await tick(runnerFor(store, slack, clock, { documents: true }))).find(
      (run) => run.request.kind === 'weekly',
    );

    const adminDm = slack.messagesIn(`D${PEOPLE.wu.slack}`);
    const digest = adminDm.find((message) => textOf(message).includes('周报 · 2025年第24周'));
    expect(textOf(digest)).toContain('本期周通报文件未能生成，管理员已收到通知');
    expect(adminDm.flatMap((message) => message.files ?? [])).toEqual([]);
    // The team leads' digests are not held back either.
    expect(slack.messagesIn(`D${PEOPLE.chen.slack}`).some((message) => textOf(message).includes('周报'))).toBe(true);

    const report = adminDm.find((message) => textOf(message).includes('部分提醒未能发出'));
    expect(textOf(report)).toContain('周通报文件: the document writer gave up');
    expect(summary?.sent).toBeGreaterThanOrEqual(3);
    expect(summary?.failed).toEqual([{ recipient: '周报', error: '周通报文件: the document writer gave up' }]);
  });
});

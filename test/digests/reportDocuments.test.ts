import { isoWeekOf, monthOf } from '../../src/domain/digests';
import { formatMetricValue } from '../../src/domain/metrics';
import type { FaultySlackApi } from '../support/faultySlack';
import { ReportDataService } from '../../src/services/digests/reportData';
import type { Store } from '../../src/store';
import { caseNumberOf, PEOPLE, type Fixture } from '../support/court';
import { openFixtureCourt, targets2025 } from '../support/fixtureCourt';
import { readDocx, readWorkbook } from '../support/reportFiles';
import { textOf } from '../support/slack';
import { freshDigestSlack, ManualClock, runnerFor, tick } from './support';

const MANAGEMENT = 'C0MANAGE1';

/**
 * The 审管办 (the administrator 吴芳) receives the 周通报 and 月调度 as a Word document and an Excel workbook
 * in the thread of their weekly and monthly digest, through the real runner, delivery ledger and fake Slack.
 */
describe('周通报 and 月调度 attached to the administrators’ digest', () => {
  let store: Store;
  let fixture: Fixture;
  let slack: FaultySlackApi;

  beforeAll(async () => {
    ({ store, fixture } = await openFixtureCourt(async (seeded, ids) => {
      await seeded.prisma.court.update({ where: { id: ids.courtId }, data: { managementChannelId: MANAGEMENT } });
      await targets2025({ civil1: { closureRate: 90, avgDays: 60 }, civil2: { closureRate: 85 } })(seeded, ids);
      // A team whose kind the court never set: counted as 普通, and the documents say so.
      await seeded.prisma.team.create({ data: { courtId: ids.courtId, name: '综合庭', kind: '', sortOrder: 3 } });
    }));
  });
  afterAll(() => store?.close());
  beforeEach(async () => {
    slack = await freshDigestSlack(store);
  });
  afterEach(async () => {
    await slack.stop();
  });

  /** The files Docket uploaded into a DM, by name. */
  function filesIn(channel: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const message of slack.messagesIn(channel))
      for (const file of message.files ?? []) {
        const uploaded = slack.uploadedFile(file.id);
        if (uploaded) files.set(file.name, uploaded.bytes);
      }
    return files;
  }

  const adminDm = `D${PEOPLE.wu.slack}`;

  test('on Monday the administrator’s weekly digest carries the 周通报 (Word) and its workbook (Excel); team leads and the channel get neither', async () => {
    const clock = new ManualClock('2025-06-16T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock, { charts: true, documents: true }));

    const digest = slack.messagesIn(adminDm).find((message) => textOf(message).includes('周报'));
    expect(textOf(digest)).toContain('本期周通报（Word）和数据表（Excel）见本消息的回复');
    const files = filesIn(adminDm);
    expect([...files.keys()].sort()).toEqual([
      'docket-weekly-2025-W24-person-' + fixture.people.wu + '.png',
      '周通报-2025-W24.docx',
      '周通报数据-2025-W24.xlsx',
    ]);
    expect([...filesIn(`D${PEOPLE.chen.slack}`).keys()].some((name) => name.endsWith('.docx'))).toBe(false);
    expect(
      slack
        .messagesIn(MANAGEMENT)
        .flatMap((message) => message.files ?? [])
        .map((file) => file.name),
    ).toEqual(['docket-weekly-2025-W24-channel.png']);

    // The figures are the weekly digest's own: the same report, the same 口径.
    const report = await new ReportDataService({ store }).weekly(fixture.courtId, isoWeekOf('2025-06-09'), {
      lastYear: true,
    });
    const closure = report.court.lines.find((line) => line.key === 'closureRate');
    const document = await readDocx(files.get('周通报-2025-W24.docx') as Buffer);
    expect(document.paragraphs.slice(0, 4)).toEqual([
      '包头稀土高新技术产业开发区人民法院周通报',
      '关于2025年第24周',
      '审判执行质效情况的通报',
      '（2025年6月9日—2025年6月15日）',
    ]);
    expect(document.text).toContain(`结案率${formatMetricValue('closureRate', closure?.value ?? null)}`);
    expect(document.text).toContain('表2　各团队主要指标与目标');
    for (const team of ['民一庭', '民二庭']) expect(document.paragraphs).toContain(team);
    expect(document.text).toContain('包头稀土高新技术产业开发区人民法院审判管理办公室');
    expect(document.text).toContain('2025年6月16日');
    expect(document.text).toContain('综合庭未设团队类型，按普通团队统计。');
    // Rates change in 个百分点, never in %.
    expect(document.text).toMatch(/[上下][升降][\d.]+个百分点/);
    // Long-pending cases are counted by team and judge, never listed: no case number anywhere.
    expect(document.text).toMatch(/全院超12个月未结案件\d+件/);
    expect(document.paragraphs).toContain('王明');
    for (const sequence of [101, 103, 106, 201]) expect(document.xml).not.toContain(caseNumberOf(sequence));
    expect(document.media).toHaveLength(1);

    const workbook = await readWorkbook(files.get('周通报数据-2025-W24.xlsx') as Buffer);
    expect([...workbook.keys()]).toEqual(['全院指标', '团队指标', '超12个月未结', '说明']);
    const court = workbook.get('全院指标') as unknown[][];
    expect(court[0]?.slice(0, 6)).toEqual(['指标', '单位', '变化单位', '本期', '分子', '分母']);
    const closureRow = court.find((row) => row[0] === '结案率') as unknown[];
    expect(closureRow.slice(1, 6)).toEqual([
      '%',
      '个百分点',
      Number(closure?.value?.toFixed(2)),
      closure?.counts?.numerator,
      closure?.counts?.denominator,
    ]);
    const teams = workbook.get('团队指标') as unknown[][];
    expect(new Set(teams.slice(1).map((row) => row[0]))).toEqual(new Set(['民一庭', '民二庭', '综合庭']));
    expect(teams.find((row) => row[0] === '综合庭')?.[1]).toBe('未设（按普通）');
    // A year's 平均审理天数 target applies to a week; a year's 结案率 target does not (docs/digests.md).
    expect(teams.find((row) => row[0] === '民一庭' && row[2] === '平均审理天数')?.slice(5, 8)).toEqual([
      60,
      '年度目标',
      '无数据',
    ]);
    expect(teams.find((row) => row[0] === '民一庭' && row[2] === '结案率')?.slice(5, 8)).toEqual([
      undefined,
      undefined,
      '—',
    ]);
    const pending = workbook.get('超12个月未结') as unknown[][];
    expect(pending.slice(1).every((row) => typeof row[2] === 'number')).toBe(true);
    expect(JSON.stringify([...workbook.values()])).not.toContain(caseNumberOf(106));
  });

  test('on the month’s first working day the 月调度 adds 繁简分流 with its raw counts, 同比 and the six-month trend', async () => {
    const clock = new ManualClock('2025-07-01T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock, { charts: true, documents: true }));

    const files = filesIn(adminDm);
    const document = await readDocx(files.get('月调度-2025-06.docx') as Buffer);
    expect(document.paragraphs[1]).toBe('关于2025年6月');
    expect(document.text).toContain('现将2025年6月（2025年6月1日至2025年6月30日）全院审判执行质效情况调度如下。');
    expect(document.text).toContain('繁简分流情况');
    expect(document.text).toContain('表4　繁简分流');
    const report = await new ReportDataService({ store }).monthly(fixture.courtId, monthOf('2025-06-01'), {
      lastYear: true,
    });
    const workbook = await readWorkbook(files.get('月调度数据-2025-06.xlsx') as Buffer);
    expect([...workbook.keys()]).toEqual(['全院指标', '团队指标', '超12个月未结', '繁简分流', '近六个月走势', '说明']);
    const diversion = workbook.get('繁简分流') as unknown[][];
    expect(diversion[0]).toEqual(['项目', '本期', '较上月', '去年同期']);
    expect(diversion.find((row) => row[0] === '新收（已分配团队）')?.slice(1)).toEqual([
      report.diversion.current.filed,
      report.diversion.previous.filed,
      report.diversion.lastYear?.filed,
    ]);
    expect(diversion.find((row) => row[0] === '其中速裁快审团队')?.[1]).toBe(report.diversion.current.filedFastTrack);
    const trend = workbook.get('近六个月走势') as unknown[][];
    expect(trend[0]?.slice(2)).toEqual(['2025年1月', '2025年2月', '2025年3月', '2025年4月', '2025年5月', '2025年6月']);
  });

  test('a period with nothing to count: the document says so instead of showing empty tables', async () => {
    // Monday 2022-06-13 reports 2022-W23: the fixture court's first case is filed in 2023.
    const clock = new ManualClock('2022-06-13T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock, { charts: true, documents: true }));

    const files = filesIn(adminDm);
    const document = await readDocx(files.get('周通报-2022-W23.docx') as Buffer);
    expect(document.text).toContain(
      '2022年第23周全院没有可统计的案件（无新收、无结案、无未结），本期不作指标通报，各表从略。',
    );
    expect(document.xml).not.toContain('<w:tbl>');
    expect(document.media).toEqual([]);
    const workbook = await readWorkbook(files.get('周通报数据-2022-W23.xlsx') as Buffer);
    expect(workbook.get('全院指标')?.[1]).toEqual(['本期没有可统计的案件。']);
  });

  test('a file Slack refuses is named to the administrators; the digest and the other file still arrive', async () => {
    const clock = new ManualClock('2025-06-16T09:00:00+08:00');
    // The first upload of the run is the administrator's Word file (no charts here).
    slack.fail('files.getUploadURLExternal', { error: 'channel_not_found' });
    const summary = (await tick(runnerFor(store, slack, clock, { documents: true }))).find(
      (run) => run.request.kind === 'weekly',
    );

    expect([...filesIn(adminDm).keys()]).toEqual(['周通报数据-2025-W24.xlsx']);
    expect(summary?.failed).toEqual([{ recipient: '吴芳', error: '周通报-2025-W24.docx: channel_not_found' }]);
    const report = slack.messagesIn(adminDm).find((message) => textOf(message).includes('部分提醒未能发出'));
    expect(textOf(report)).toContain('吴芳：周通报-2025-W24.docx: channel_not_found');
    const rows = await store.prisma.digestDelivery.findMany({
      where: { kind: 'weekly', recipientKey: { startsWith: `person:${fixture.people.wu}#file` } },
      select: { recipientKey: true, status: true },
      orderBy: { recipientKey: 'asc' },
    });
    expect(rows).toEqual([
      { recipientKey: `person:${fixture.people.wu}#file1`, status: 'failed' },
      { recipientKey: `person:${fixture.people.wu}#file2`, status: 'posted' },
    ]);
  });
});

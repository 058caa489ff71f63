import { blockProblems, splitIntoMessages, viewProblems } from '../../src/slack/blockKit';
import type { CaseLine } from '../../src/services/caseLines';
import type { CaseSummary } from '../../src/services/caseSummary';
import type { CaseDetail } from '../../src/services/myCases';
import { caseDetailBlocks, caseDetailModal } from '../../src/slack/views/caseDetail';
import { homeView } from '../../src/slack/views/home';
import { asOfBlocks, myCasesMessage } from '../../src/slack/views/mycases';
import { settingsModal } from '../../src/slack/views/settings';
import type { Locale } from '../../src/i18n';
import { textOf } from '../support/blocks';

const huge = (char: string) => char.repeat(5000);

function line(id: number): CaseLine {
  return {
    id,
    caseNumber: `（2025）内0291民初${id}号${huge('之')}`,
    cause: `<!channel> & <@U123>${huge('纠')}`,
    procedure: 'ordinary',
    filedOn: '2025-01-05',
    deadline: '2025-07-07',
    daysLeft: 21,
    workingDaysLeft: 15,
    overdueDays: 0,
    extended: true,
    suspended: true,
    provisional: true,
    judgeName: huge('王'),
    extension: { state: 'due', applyBy: '2025-06-20', decideBy: '2025-06-30' },
  };
}

const summary: CaseSummary = {
  asOf: '2025-06-16',
  open: 123456,
  overdue: 9999,
  dueWithin: [1, 22, 333],
  extensionDue: 44,
  extensionPassed: 3,
  pendingOver: [5, 6, 7],
  closedThisMonth: 88,
  closedThisYear: 999,
  averageDaysClosedThisYear: 123.456,
};

const detail: CaseDetail = {
  line: line(1),
  status: 'open',
  closedOn: null,
  judgeName: huge('王'),
  deadline: {
    kind: 'outcome',
    outcome: {
      kind: 'deadline',
      ruleId: 'civil.ordinary',
      typeCode: '民初',
      procedure: 'ordinary',
      category: 'civil',
      basis: Array.from({ length: 30 }, (_, index) => ({
        key: `step${index}`,
        zh: '审限'.repeat(200),
        en: 'deadline '.repeat(100),
        citations: [{ law: 'civilProcedureLaw' as const, article: 152 }],
      })),
      warnings: Array.from({ length: 5 }, () => ({ code: 'w', zh: '注意'.repeat(100), en: 'note '.repeat(100) })),
      start: '2025-01-05',
      baseDeadline: '2025-07-05',
      naturalDeadline: '2025-07-05',
      deadline: '2025-07-07',
      rolledOver: true,
      provisional: false,
      extensionsApplied: 0,
      excludedDays: 0,
      openExclusion: false,
      extensionWindow: {
        applyBy: '2025-06-20',
        decideBy: '2025-06-30',
        citations: [{ law: 'civilProcedureInterpretation' as const, article: 243 }],
      },
    },
  },
};

describe.each<Locale>(['zh-CN', 'en'])('views stay inside Slack limits with oversized data (%s)', (locale) => {
  it('a full /mycases page', () => {
    const message = myCasesMessage(locale, {
      title: { kind: 'team', name: huge('庭') },
      summary,
      freshness: { kind: 'stale', importedOn: '2025-06-10', missedWorkingDays: 4 },
      page: {
        filter: { kind: 'all' },
        page: 3,
        pages: 9,
        total: 90,
        lines: Array.from({ length: 10 }, (_, index) => line(index)),
      },
      showJudge: true,
      state: (page) => JSON.stringify({ t: { k: 'd' }, f: 'all', p: page }),
    });
    expect(blockProblems('message', message.blocks ?? [])).toEqual([]);
    const text = JSON.stringify(message.blocks);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });

  it('the 详情 modal, and the same detail as messages (outbound splits what is too long for one)', () => {
    expect(viewProblems(caseDetailModal(locale, detail))).toEqual([]);
    expect(
      splitIntoMessages(caseDetailBlocks(locale, detail)).flatMap((blocks) => blockProblems('message', blocks)),
    ).toEqual([]);
  });

  it('App Home and the settings modal', () => {
    const preferences = {
      locale: null,
      dailyDigestEnabled: true,
      dailyDigestTime: null,
      courtDailyTime: '08:30',
      snoozeUntil: '2025-07-01',
      quietHours: { start: '22:00', end: '07:00' },
      rulesDigestOptIn: true,
    };
    const home = homeView(locale, {
      name: huge('陈'),
      title: { kind: 'team', name: huge('庭') },
      main: { summary, urgent: Array.from({ length: 5 }, (_, index) => line(index)) },
      freshness: { kind: 'stale', importedOn: '2025-06-10', missedWorkingDays: 4 },
      own: summary,
      preferences,
    });
    expect(viewProblems(home)).toEqual([]);
    expect(viewProblems(settingsModal(locale, preferences))).toEqual([]);
  });
});

describe('/mycases says how current the case data is', () => {
  it('says when the cases were imported, and warns when the nightly import has stopped', () => {
    expect(
      textOf({ blocks: asOfBlocks('zh-CN', '2025-06-16', { kind: 'current', importedOn: '2025-06-16' }) }),
    ).toContain('截至 2025年6月16日 · 案件数据导入于 2025年6月16日');
    const stale = textOf({
      blocks: asOfBlocks('zh-CN', '2025-06-16', { kind: 'stale', importedOn: '2025-06-11', missedWorkingDays: 2 }),
    });
    expect(stale).toContain(
      '⚠️ 案件数据已有 2 个工作日未更新（最近一次导入于 2025年6月11日）：审限请以审判流程管理系统为准，并告知管理员。',
    );
    expect(
      textOf({
        blocks: asOfBlocks('en', '2025-06-16', { kind: 'stale', importedOn: '2025-06-13', missedWorkingDays: 1 }),
      }),
    ).toContain('not been updated for 1 working day (last import');
  });

  it('says nothing of imports for a court that has had none (the demo)', () => {
    expect(asOfBlocks('zh-CN', '2025-06-16', { kind: 'never' })).toHaveLength(1);
    expect(textOf({ blocks: asOfBlocks('zh-CN', '2025-06-16', { kind: 'never' }) })).not.toContain('导入');
  });
});

describe('the Block Kit checker', () => {
  it('names each broken limit', () => {
    const problems = blockProblems('message', [
      { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } },
      { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } },
      { type: 'actions', elements: [] },
      { type: 'section', block_id: 'a', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) },
      { type: 'context', block_id: 'a', elements: [{ type: 'mrkdwn', text: 'c' }] },
    ]);
    expect(problems).toEqual([
      'blocks[0].text: 151 characters, the limit is 150',
      'blocks[1].text: 3001 characters, the limit is 3000',
      'blocks[2].elements: 0 elements, allowed 1–25',
      'blocks[3].fields: 11 fields, the limit is 10',
      'blocks[4].block_id "a" is used twice',
    ]);
    expect(
      blockProblems(
        'message',
        Array.from({ length: 51 }, () => ({ type: 'divider' })),
      ),
    ).toEqual(['51 blocks, the limit for a message is 50']);
    expect(
      viewProblems({
        type: 'modal',
        title: { type: 'plain_text', text: '一个超过二十四个字符的很长很长很长很长很长的标题标题' },
        blocks: [],
      }),
    ).toEqual(['title: 26 characters, the limit is 24']);
  });
});

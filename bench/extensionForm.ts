/**
 * npm run bench:forms [-- --count 200]
 *
 * Renders the 延长审理期限审批表 (src/documents/extensionForm.ts) for a typical request, pending and decided,
 * `count` times each, and prints the render time (p50 / p95 / max, ms) and the .docx size. Render time is
 * what a request or a decision adds before its DM goes out.
 */
import { performance } from 'node:perf_hooks';
import { renderExtensionForm } from '../src/documents/extensionForm';
import type { ExtensionRequestView } from '../src/services/extensions';

const countArg = process.argv.indexOf('--count');
const count = countArg >= 0 ? Number(process.argv[countArg + 1]) : 200;
if (!Number.isInteger(count) || count <= 0) throw new Error('--count must be a positive whole number');

const party = (personId: number, name: string) => ({ personId, name, slackUserId: null, locale: null, title: null });
const request: ExtensionRequestView = {
  id: 17,
  courtId: 1,
  courtName: '包头稀土高新技术产业开发区人民法院',
  caseId: 3,
  caseNumber: '（2025）内0291民初103号',
  cause: '建设工程施工合同纠纷',
  parties: '原告：包头市某建筑工程有限公司；被告：内蒙古某置业有限公司、包头某物业服务有限公司',
  teamName: '民一庭',
  procedure: 'ordinary',
  filedOn: '2025-01-05',
  ruleId: 'civil.first.ordinary',
  ruleTitle: '民事一审普通程序',
  basis:
    '《中华人民共和国民事诉讼法》第一百五十二条；《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条',
  stepNumber: 1,
  length: { months: 6, days: 0 },
  reason: '本案需对工程造价进行司法鉴定，鉴定机构预计于2025年8月出具鉴定意见；被告申请追加第三人，需另行送达。',
  currentDeadline: '2025-07-07',
  proposedDeadline: '2026-01-05',
  applyBy: '2025-06-20',
  status: 'pending',
  requester: party(1, '王明'),
  approver: party(2, '张建国'),
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  createdAt: new Date('2025-06-16T01:30:00Z'),
  approverTitle: '院长',
  earlierExtensions: 0,
  excludedDays: 0,
};
const decided: ExtensionRequestView = {
  ...request,
  status: 'approved',
  decidedBy: party(2, '张建国'),
  decidedAt: new Date('2025-06-17T02:00:00Z'),
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

async function main(): Promise<void> {
  const options = { generatedOn: '2025年6月17日', timeZone: 'Asia/Shanghai' };
  await renderExtensionForm(request, options); // warm-up: the library's first use loads its modules
  for (const [name, view] of [
    ['pending', request],
    ['approved', decided],
  ] as const) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      size = (await renderExtensionForm(view, options)).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `审批表 (${name}) × ${count}: p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${(times[times.length - 1] as number).toFixed(1)} ms; ${(size / 1024).toFixed(1)} KiB (.docx)`,
    );
  }
}

void main();

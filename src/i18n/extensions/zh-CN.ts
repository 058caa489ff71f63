import { numberToChinese } from '../../domain/regulations/numerals';

/** A period as a court writes it: 六个月, 三十日, 一个月十五日. */
export function periodZh(period: { months: number; days: number }): string {
  const months = period.months > 0 ? `${numberToChinese(period.months)}个月` : '';
  const days = period.days > 0 ? `${numberToChinese(period.days)}日` : '';
  return months + days || '零日';
}

const APPROVERS_ZH: Record<string, string> = {
  president: '本院院长',
  unnamed: '本院院长（法律未明确批准主体）',
  higher_court: '上一级人民法院',
  high_court: '高级人民法院',
  supreme_court: '最高人民法院',
};

/**
 * 申请延长审限 and its approval (Chinese, the source of the shape; en.ts must match). Slack mrkdwn unless
 * marked plain; the 审批表 texts are the form's own wording.
 */
export const extensionsZhCN = {
  menu: '申请延长审限…',
  approver: (key: string) => APPROVERS_ZH[key] ?? key,
  period: periodZh,
  mark: {
    pending: (date: string) => `📨 延长申请中（批准后 ${date}）`,
    approved: (date: string) => `✅ 已批准（待录入系统）· 延长后 ${date}`,
    entered: (date: string) => `⏫ 已延长至 ${date}（已录入系统）`,
  },
  /** The deadline field of 详情 with a request in play. */
  deadlineBoth: (current: string, proposed: string, status: 'pending' | 'approved') =>
    `${current}（现）→ ${proposed}（${status === 'pending' ? '如获批准' : '已批准，待录入系统'}）`,
  request: {
    /** Plain, at most 24 characters. */
    title: '申请延长审限',
    submit: '提交审批',
    rule: (rule: string, step: number, approver: string, length: string | null) =>
      `*适用规则*：${rule} · 第${numberToChinese(step)}次延长 · 由${approver}批准${length ? ` · 可延长${length}` : ' · 法律未规定延长幅度，由批准人决定'}`,
    condition: (condition: string) => `*适用条件*：${condition}`,
    window: (applyBy: string, decideBy: string) =>
      `*申请时限*：应在审限届满十五日前提出，即不晚于 ${applyBy}；审批人应在届满五日前（${decideBy} 前）作出决定`,
    noWindow: (deadline: string) => `*申请时限*：法律未规定申请时限，须在审限届满（${deadline}）前提出`,
    basis: (citations: string) => `*依据*：${citations}`,
    cap: (period: string, citations: string) => `*上限*：延长后累计不得超过${period}（${citations}）`,
    conversion: (advice: string, citations: string) => `*另请注意*：${advice}（${citations}）`,
    dates: (current: string, proposed: string | null) =>
      `*现审限届满*：${current}${proposed ? `\u3000→\u3000*如按法定幅度获批*：${proposed}` : ''}`,
    routed: (title: string, name: string) =>
      `提交后发送给${title} ${name} 审批，结果会私信告知您；申请和审批均记入审计日志，并生成《延长审理期限审批表》。`,
    /** Plain labels. */
    length: '申请延长期限',
    reason: '申请理由（案件情况和需要延长的原因）',
    reasonHint: '如：需委托鉴定，鉴定机构预计一个月内出具意见；当事人申请追加被告 …',
    needReason: '请说明申请理由（至少 5 个字）',
    longerThanLaw: (statutory: string) => `不得超过法定幅度${statutory}`,
    empty: '请选择延长期限',
    submitted: (caseNumber: string, length: string, title: string, name: string, proposed: string) =>
      `📨 已提交 *${caseNumber}* 延长审限${length}的申请，等待${title} ${name} 审批；如获批准，审限届满日为 ${proposed}。审批表见本消息下方回复。`,
  },
  refused: {
    gone: '🔒 该案件不存在或您已无权查看。',
    notJudge: '只有本案承办法官可以申请延长审限（该案件不由您承办，或已改由其他法官承办）。',
    closed: '该案件已结案，无需延长审限。',
    pending: (date: string) => `该案件已有延长审限申请在办（批准后审限届满 ${date}），请勿重复申请。`,
    approvedPending: (date: string) =>
      `该案件的延长审限申请已获批准，待录入办案系统（延长后 ${date}）；录入后如需再次延长，届时再申请。`,
    noApprover: (title: string) =>
      `本院尚未设定审批人：人员名册中没有职务为「${title}」的在职人员（且已绑定 Slack）。请联系管理员在人员名册中为审批人登记该职务。`,
    noDeadline: '该案件没有可计算的审限，无法申请延长。',
    notComputable: (reason: string) => `该案件的审限暂无法计算（${reason}），无法申请延长。请核对案件信息。`,
    notExtendable: (rule: string) => `${rule}的审限依法不能延长。`,
    exhausted: (rule: string, citations: string) => `${rule}已用尽法律规定的延长（${citations}），不能再延长。`,
    windowPassed: (applyBy: string, deadline: string, citations: string) =>
      `已超过申请期限：延长审限应当在期限届满十五日前提出，本案最迟应于 ${applyBy} 提出（审限届满 ${deadline}）。依据：${citations}。如确有特殊情况，请按本院规定线下报告。`,
    higherCourt: (step: number, approver: string, citations: string) =>
      `本案第${numberToChinese(step)}次延长须报请${approver}批准（${citations}），不由本院审批人决定。请按报请上级法院的程序办理。`,
  },
  approval: {
    title: (caseNumber: string) => `延长审限申请 · ${caseNumber}`,
    intro: (judge: string, date: string) => `${judge} 于 ${date} 申请延长审限，请审批。`,
    /** Field labels (mrkdwn fields). */
    cause: '案由',
    judge: '承办法官',
    procedure: '适用程序',
    filed: '立案日期',
    current: '现审限届满',
    length: '申请延长',
    proposed: '批准后届满',
    reason: (reason: string) => `*申请理由*\n${reason}`,
    /** Plain, buttons. */
    approve: '批准',
    reject: '不批准',
    confirmTitle: '批准延长审限',
    confirmText: (caseNumber: string, length: string, proposed: string) =>
      `批准 ${caseNumber} 延长审限${length}？批准后审限届满日为 ${proposed}。`,
    confirmYes: '批准',
    confirmNo: '取消',
    attached: '《延长审理期限审批表》见本消息下方回复。',
    approvedBy: (name: string, at: string) => `✅ 已批准 · ${name} · ${at}`,
    rejectedBy: (name: string, at: string, note: string) => `❌ 不批准 · ${name} · ${at}\n理由：${note}`,
    entered: '📥 已录入办案系统',
    already: (outcome: string) => `该申请已经审批过，不再重复记录：${outcome}`,
    notApprover: '🔒 该申请不是由您审批（可能已转给其他审批人），您的操作未被记录。',
    gone: '该申请不存在。',
  },
  reject: {
    /** Plain, at most 24 characters. */
    title: '不批准延长审限',
    submit: '不批准',
    reason: '不批准的理由（将告知承办法官）',
    needReason: '请填写不批准的理由',
  },
  outcome: {
    approved: (caseNumber: string, length: string, proposed: string, name: string) =>
      `✅ *${caseNumber}* 的延长审限申请已获 ${name} 批准：延长${length}，审限届满日为 ${proposed}。请将批准结果交审判管理办公室录入办案系统；录入前本案在 /mycases 显示“已批准（待录入系统）”。`,
    rejected: (caseNumber: string, name: string, note: string) =>
      `❌ *${caseNumber}* 的延长审限申请未获 ${name} 批准。理由：${note}`,
  },
  rerouted: {
    toApprover: (from: string) => `（原审批人 ${from} 已离职或不再担任该职务，本申请转由您审批。）`,
    admins: (caseNumber: string, from: string, to: string | null, title: string) =>
      to
        ? `ℹ️ ${caseNumber} 的延长审限申请原由 ${from} 审批，其已离职或不再担任「${title}」，已转由 ${to} 审批。`
        : `⚠️ ${caseNumber} 的延长审限申请原由 ${from} 审批，其已离职或不再担任「${title}」，本院已没有担任「${title}」的在职人员，申请无人审批。请更新人员名册或指定审批人职务。`,
  },
  form: {
    /** Plain, a button. */
    download: '下载审批表',
    none: '该案件还没有延长审限申请。',
    sent: (caseNumber: string) => `《延长审理期限审批表》（${caseNumber}）见本消息下方回复。`,
    title: '延长审理期限审批表',
    filename: (caseNumber: string) => `延长审理期限审批表-${caseNumber}.docx`,
  },
};

export type ExtensionsMessages = typeof extensionsZhCN;

/**
 * Acting on a case from Slack (Chinese, the source of the shape; en.ts must match). Texts are Slack
 * mrkdwn unless marked plain; plain texts that label buttons or modal titles are short (Slack's limits).
 */
export const caseActionsZhCN = {
  openInCms: '在办案系统中打开',
  menu: {
    /** Plain, each at most 75 characters (overflow options). */
    details: '详情',
    remind: '提醒我…',
    snooze: '本案暂不提醒…',
  },
  remind: {
    /** Plain, at most 24 characters. */
    title: '提醒我',
    submit: '设置提醒',
    caseLine: (caseNumber: string, facts: string) => `*${caseNumber}*\n${facts}`,
    deadlineFact: (date: string) => `审限届满 ${date}`,
    applyByFact: (date: string) => `最迟申请延长 ${date}`,
    /** Plain labels and options. */
    when: '什么时候提醒',
    onDate: '指定日期',
    beforeDeadline: '审限届满前',
    beforeApplyBy: '最迟申请延长日前',
    date: '日期（选“指定日期”时填写）',
    workingDays: '提前几个工作日（选“…前”时填写，1–30）',
    explain:
      '提醒在工作日（含调休上班日）以私信发送，在您的每日提醒时间之后、免打扰时段之外。日期已过或不是工作日的，顺延到下一个工作日。',
    needDate: '请选择日期',
    needWorkingDays: '请填写 1–30 之间的整数',
    set: (caseNumber: string, date: string, basis: string) => `⏰ 已设置提醒：*${caseNumber}*，${date}${basis}。`,
    basisBeforeDeadline: (days: number) => `（审限届满前 ${days} 个工作日）`,
    basisBeforeApplyBy: (days: number) => `（最迟申请延长日前 ${days} 个工作日）`,
    movedPast: (asked: string, date: string) => `所选日期 ${asked} 已过，顺延到下一个工作日 ${date}。`,
    movedRestDay: (asked: string, date: string) => `${asked} 不是工作日，顺延到下一个工作日 ${date}。`,
    manage: '在 App 首页可以查看和取消提醒。',
  },
  snooze: {
    /** Plain, at most 24 characters. */
    title: '本案暂不提醒',
    submit: '确定',
    until: '暂不提醒至（含当天）',
    explain:
      '在此日期之前（含当天），本案不出现在您的每日私信提醒中；/mycases 和 App 首页照常显示，已设置的“提醒我”照常发送。',
    past: '请选择今天或以后的日期',
    set: (caseNumber: string, date: string) => `🔕 *${caseNumber}* 暂不出现在每日提醒中，至 ${date}（含）。`,
    replaced: (date: string) => `原先设置的 ${date} 已被替换。`,
  },
  refused: {
    gone: '🔒 该案件不存在或您已无权查看（可能已改由其他法官承办）。',
    closed: '该案件已结案，无需提醒。',
    noDeadline: '该案件没有可计算的审限，请改选“指定日期”。',
    noApplyBy: '该案件没有延长审限申请期限（该程序不能延长，或法律未规定申请期限），请改选其他方式。',
    tooMany: (max: number) => `您已有 ${max} 条未完成的提醒，请先在 App 首页取消一些。`,
  },
  reminderDm: {
    title: (caseNumber: string) => `⏰ 提醒：${caseNumber}`,
    intro: (created: string, basis: string) => `这是您于 ${created} 设置的提醒${basis}。`,
    footer: '在 App 首页可以查看和取消其他提醒。',
  },
  home: {
    title: '我的提醒',
    empty: '没有待发送的提醒。在案件的 ⋯ 菜单中选择“提醒我”或“本案暂不提醒”即可设置。',
    remindLine: (date: string, caseNumber: string, cause: string, basis: string) =>
      `⏰ ${date} · *${caseNumber}* ${cause}${basis}`,
    snoozeLine: (date: string, caseNumber: string, cause: string) =>
      `🔕 至 ${date} 暂不提醒 · *${caseNumber}* ${cause}`,
    more: (count: number) => `另有 ${count} 条，取消前面的之后显示。`,
    /** Plain, a button. */
    cancel: '取消',
    cancelled: '已取消。',
    notYours: '这条提醒已不存在（可能已发送或已取消）。',
  },
};

export type CaseActionsMessages = typeof caseActionsZhCN;

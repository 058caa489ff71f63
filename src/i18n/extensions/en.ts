import type { ExtensionsMessages } from './zh-CN';

function periodEn(period: { months: number; days: number }): string {
  const parts = [
    ...(period.months > 0 ? [`${period.months} month${period.months === 1 ? '' : 's'}`] : []),
    ...(period.days > 0 ? [`${period.days} day${period.days === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' ') || '0 days';
}

const APPROVERS_EN: Record<string, string> = {
  president: 'the court president',
  unnamed: 'the court president (the law names no approver)',
  higher_court: 'the court one level up',
  high_court: 'the provincial high court',
  supreme_court: 'the Supreme People’s Court',
};

export const extensionsEn: ExtensionsMessages = {
  menu: 'Request an extension…',
  approver: (key: string) => APPROVERS_EN[key] ?? key,
  period: periodEn,
  mark: {
    pending: (date: string) => `📨 extension requested (if approved: ${date})`,
    approved: (date: string) => `✅ extension approved, not yet in the case system · new deadline ${date}`,
    entered: (date: string) => `⏫ extended to ${date} (entered in the case system)`,
  },
  deadlineBoth: (current: string, proposed: string, status: 'pending' | 'approved') =>
    `${current} (now) → ${proposed} (${status === 'pending' ? 'if approved' : 'approved, not yet in the case system'})`,
  request: {
    title: 'Request an extension',
    submit: 'Submit',
    rule: (rule: string, step: number, approver: string, length: string | null) =>
      `*Rule*: ${rule} · extension ${step} · approved by ${approver}${length ? ` · up to ${length}` : ' · the law sets no length; the approver decides'}`,
    condition: (condition: string) => `*Allowed when*: ${condition}`,
    window: (applyBy: string, decideBy: string) =>
      `*When*: apply 15 days before the deadline, i.e. by ${applyBy}; the approver decides 5 days before (by ${decideBy})`,
    noWindow: (deadline: string) => `*When*: the law sets no application date; apply before the deadline (${deadline})`,
    basis: (citations: string) => `*Basis*: ${citations}`,
    cap: (period: string, citations: string) => `*Maximum*: no more than ${period} in all (${citations})`,
    conversion: (advice: string, citations: string) => `*Also*: ${advice} (${citations})`,
    dates: (current: string, proposed: string | null) =>
      `*Deadline now*: ${current}${proposed ? `   →   *if approved for the statutory length*: ${proposed}` : ''}`,
    routed: (title: string, name: string) =>
      `It goes to ${name} (${title}) for approval; you will get the outcome by direct message. The request and the decision are audit-logged, and the approval form (审批表) is generated.`,
    length: 'Extension asked for',
    reason: 'Reason (the case and why it needs more time)',
    reasonHint: 'e.g. an expert opinion is due within a month; a party asked to join a defendant …',
    needReason: 'Give the reason (at least 5 characters)',
    longerThanLaw: (statutory: string) => `No longer than the statutory ${statutory}`,
    empty: 'Choose a length',
    submitted: (caseNumber: string, length: string, title: string, name: string, proposed: string) =>
      `📨 Extension of ${length} requested for *${caseNumber}*, now with ${name} (${title}); if approved, the deadline becomes ${proposed}. The approval form is in the thread below.`,
  },
  refused: {
    gone: '🔒 This case no longer exists or is no longer yours to see.',
    notJudge: 'Only the judge of record can request an extension (the case is not, or no longer, yours).',
    closed: 'This case is closed; no extension is needed.',
    pending: (date: string) => `An extension request for this case is already in progress (if approved: ${date}).`,
    approvedPending: (date: string) =>
      `This case’s extension was approved and awaits entry in the case system (new deadline ${date}); ask again after it is entered if needed.`,
    noApprover: (title: string) =>
      `No approver is set: the roster has no active person titled “${title}” linked to Slack. Ask an administrator to record that title for the approver in the roster.`,
    noDeadline: 'This case has no computable deadline to extend.',
    notComputable: (reason: string) => `This case’s deadline cannot be computed (${reason}); check the case data.`,
    notExtendable: (rule: string) => `The time limit of a ${rule} cannot be extended by law.`,
    exhausted: (rule: string, citations: string) =>
      `This ${rule} has used every extension the law provides (${citations}).`,
    windowPassed: (applyBy: string, deadline: string, citations: string) =>
      `Too late: an extension must be requested 15 days before the deadline, for this case by ${applyBy} (deadline ${deadline}). Basis: ${citations}. In exceptional circumstances, report it as your court’s rules provide.`,
    higherCourt: (step: number, approver: string, citations: string) =>
      `Extension ${step} of this case is approved by ${approver} (${citations}), not by this court’s approver; follow the procedure for reporting to that court.`,
  },
  approval: {
    title: (caseNumber: string) => `Extension request · ${caseNumber}`,
    intro: (judge: string, date: string) => `${judge} requested an extension on ${date}; please decide.`,
    cause: 'Cause',
    judge: 'Judge',
    procedure: 'Procedure',
    filed: 'Filed',
    current: 'Deadline now',
    length: 'Extension asked',
    proposed: 'Deadline if approved',
    reason: (reason: string) => `*Reason*\n${reason}`,
    approve: 'Approve',
    reject: 'Refuse',
    confirmTitle: 'Approve the extension',
    confirmText: (caseNumber: string, length: string, proposed: string) =>
      `Approve a ${length} extension for ${caseNumber}? The deadline becomes ${proposed}.`,
    confirmYes: 'Approve',
    confirmNo: 'Cancel',
    attached: 'The approval form (审批表) is in the thread below.',
    approvedBy: (name: string, at: string) => `✅ Approved · ${name} · ${at}`,
    rejectedBy: (name: string, at: string, note: string) => `❌ Refused · ${name} · ${at}\nReason: ${note}`,
    entered: '📥 Entered in the case system',
    already: (outcome: string) => `This request was already decided; nothing more was recorded: ${outcome}`,
    notApprover:
      '🔒 This request is not yours to decide (it may have moved to another approver); nothing was recorded.',
    gone: 'This request does not exist.',
  },
  reject: {
    title: 'Refuse the extension',
    submit: 'Refuse',
    reason: 'Why (the judge will be told)',
    needReason: 'Give the reason for refusing',
  },
  outcome: {
    approved: (caseNumber: string, length: string, proposed: string, name: string) =>
      `✅ ${name} approved the extension of *${caseNumber}* by ${length}; the deadline becomes ${proposed}. Hand the decision to the trial management office for entry in the case system; until then /mycases shows it as approved, not yet entered.`,
    rejected: (caseNumber: string, name: string, note: string) =>
      `❌ ${name} refused the extension of *${caseNumber}*. Reason: ${note}`,
  },
  rerouted: {
    toApprover: (from: string) =>
      `(${from}, the earlier approver, left or no longer holds the title; the request is now yours.)`,
    admins: (caseNumber: string, from: string, to: string | null, title: string) =>
      to
        ? `ℹ️ The extension request for ${caseNumber} was with ${from}, who left or is no longer “${title}”; it now goes to ${to}.`
        : `⚠️ The extension request for ${caseNumber} was with ${from}, who left or is no longer “${title}”; nobody active holds “${title}”, so nobody can decide it. Update the roster or name the approver’s title.`,
  },
  form: {
    download: 'Download the form',
    none: 'This case has no extension request yet.',
    sent: (caseNumber: string) => `The approval form for ${caseNumber} is in the thread below.`,
    title: '延长审理期限审批表',
    filename: (caseNumber: string) => `延长审理期限审批表-${caseNumber}.docx`,
  },
};

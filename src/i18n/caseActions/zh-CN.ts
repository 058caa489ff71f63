/** Acting on a case from Slack: CMS links, reminders, snoozes, extension requests (Chinese, the source of the shape; en.ts must match). */
export const caseActionsZhCN = {
  openInCms: '在办案系统中打开',
};

export type CaseActionsMessages = typeof caseActionsZhCN;

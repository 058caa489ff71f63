import type { CaseActionsMessages } from './zh-CN';

export const caseActionsEn: CaseActionsMessages = {
  openInCms: 'Open in the case system',
};

import type { CaseActionsMessages } from './zh-CN';

export const caseActionsEn: CaseActionsMessages = {
  openInCms: 'Open in the case system',
  menu: {
    details: 'Details',
    remind: 'Remind me…',
    snooze: 'Quiet this case…',
  },
  remind: {
    title: 'Remind me',
    submit: 'Set reminder',
    caseLine: (caseNumber: string, facts: string) => `*${caseNumber}*\n${facts}`,
    deadlineFact: (date: string) => `deadline ${date}`,
    applyByFact: (date: string) => `apply for an extension by ${date}`,
    when: 'When',
    onDate: 'On a date',
    beforeDeadline: 'Before the deadline',
    beforeApplyBy: 'Before the extension-application date',
    date: 'Date (for “On a date”)',
    workingDays: 'Working days before (for “Before …”, 1–30)',
    explain:
      'Reminders come as a direct message on working days (make-up working days included), after your daily digest time and outside your quiet hours. A day that has passed or is not a working day moves to the next working day.',
    needDate: 'Pick a date',
    needWorkingDays: 'Enter a whole number from 1 to 30',
    set: (caseNumber: string, date: string, basis: string) => `⏰ Reminder set: *${caseNumber}*, ${date}${basis}.`,
    basisBeforeDeadline: (days: number) => ` (${days} working days before the deadline)`,
    basisBeforeApplyBy: (days: number) => ` (${days} working days before the extension-application date)`,
    movedPast: (asked: string, date: string) => `${asked} has passed; moved to the next working day, ${date}.`,
    movedRestDay: (asked: string, date: string) => `${asked} is not a working day; moved to the next one, ${date}.`,
    manage: 'App Home lists your reminders, each with a cancel button.',
  },
  snooze: {
    title: 'Quiet this case',
    submit: 'OK',
    until: 'Quiet until (inclusive)',
    explain:
      'Until this day (inclusive) the case stays out of your daily direct message; /mycases and App Home still show it, and “Remind me” reminders still come.',
    past: 'Pick today or a later day',
    set: (caseNumber: string, date: string) =>
      `🔕 *${caseNumber}* stays out of your daily digest until ${date} (inclusive).`,
    replaced: (date: string) => `It replaces the earlier ${date}.`,
  },
  refused: {
    gone: '🔒 This case no longer exists or is no longer yours to see (it may have been reassigned).',
    closed: 'This case is closed; no reminder is needed.',
    noDeadline: 'This case has no computable deadline; choose “On a date” instead.',
    noApplyBy:
      'This case has no extension-application date (its procedure cannot be extended, or the law sets no date); choose another option.',
    tooMany: (max: number) => `You already have ${max} open reminders; cancel some on App Home first.`,
  },
  reminderDm: {
    title: (caseNumber: string) => `⏰ Reminder: ${caseNumber}`,
    intro: (created: string, basis: string) => `You set this reminder on ${created}${basis}.`,
    footer: 'App Home lists your other reminders, each with a cancel button.',
  },
  home: {
    title: 'My reminders',
    empty: 'No reminders to come. Pick “Remind me” or “Quiet this case” in a case’s ⋯ menu to set one.',
    remindLine: (date: string, caseNumber: string, cause: string, basis: string) =>
      `⏰ ${date} · *${caseNumber}* ${cause}${basis}`,
    snoozeLine: (date: string, caseNumber: string, cause: string) =>
      `🔕 quiet until ${date} · *${caseNumber}* ${cause}`,
    more: (count: number) => `${count} more, shown once earlier ones are cancelled or sent.`,
    cancel: 'Cancel',
    cancelled: 'Cancelled.',
    notYours: 'This reminder no longer exists (it was sent or cancelled).',
  },
};

import { personalTiming, type DigestPreferences } from '../../../src/domain/digests';

const defaults: DigestPreferences = {
  dailyDigestEnabled: true,
  dailyDigestTime: null,
  snoozeUntil: null,
  quietHours: null,
};
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const daily = (now: string, preferences: Partial<DigestPreferences> = {}, schedule = '08:30') =>
  personalTiming({
    kind: 'daily',
    today: '2025-06-16',
    sendDay: '2025-06-16',
    nowMinute: at(now),
    scheduleMinute: at(schedule),
    preferences: { ...defaults, ...preferences },
  });

describe('a person’s daily digest', () => {
  test('goes at the court’s 08:30 by default', () => {
    expect(daily('08:30')).toEqual({ kind: 'now' });
    expect(daily('08:00')).toEqual({ kind: 'later', minute: at('08:30') });
  });
  test('waits for the person’s own later time', () => {
    expect(daily('08:30', { dailyDigestTime: '10:15' })).toEqual({ kind: 'later', minute: at('10:15') });
  });
  test('comes at the person’s own earlier time, before the court’s', () => {
    expect(daily('07:00', { dailyDigestTime: '07:00' })).toEqual({ kind: 'now' });
    expect(daily('06:30', { dailyDigestTime: '07:00' })).toEqual({ kind: 'later', minute: at('07:00') });
  });
  test('keeps the court’s time when the person chose none, whatever the court moves it to', () => {
    expect(daily('06:00', {}, '06:00')).toEqual({ kind: 'now' });
    expect(daily('06:00', { dailyDigestTime: '08:30' }, '06:00')).toEqual({ kind: 'later', minute: at('08:30') });
  });
  test('never comes when they turned it off', () => {
    expect(daily('09:00', { dailyDigestEnabled: false })).toEqual({ kind: 'skip', reason: 'opted_out' });
  });
  test('is paused through the snooze day, inclusive, and back the day after', () => {
    expect(daily('09:00', { snoozeUntil: '2025-06-16' })).toEqual({ kind: 'skip', reason: 'snoozed' });
    expect(daily('09:00', { snoozeUntil: '2025-06-15' })).toEqual({ kind: 'now' });
  });
  test('waits for the end of quiet hours, also when they wrap midnight', () => {
    expect(daily('08:30', { quietHours: { start: '08:00', end: '09:30' } })).toEqual({
      kind: 'later',
      minute: at('09:30'),
    });
    expect(daily('08:30', { quietHours: { start: '22:00', end: '09:00' } })).toEqual({
      kind: 'later',
      minute: at('09:00'),
    });
    expect(daily('23:00', { quietHours: { start: '22:00', end: '07:00' } })).toEqual({
      kind: 'later',
      minute: at('07:00') + 1440,
    });
  });
});

test('a weekly report caught up the day after its send day goes at once, outside quiet hours', () => {
  const timing = personalTiming({
    kind: 'weekly',
    today: '2025-06-17',
    sendDay: '2025-06-16',
    nowMinute: at('07:00'),
    scheduleMinute: at('09:00'),
    preferences: defaults,
  });
  expect(timing).toEqual({ kind: 'now' });
});

test('opting out of the daily digest does not stop the weekly report; a snooze does', () => {
  const weekly = (preferences: Partial<DigestPreferences>) =>
    personalTiming({
      kind: 'weekly',
      today: '2025-06-16',
      sendDay: '2025-06-16',
      nowMinute: at('09:00'),
      scheduleMinute: at('09:00'),
      preferences: { ...defaults, ...preferences },
    });
  expect(weekly({ dailyDigestEnabled: false })).toEqual({ kind: 'now' });
  expect(weekly({ snoozeUntil: '2025-06-20' })).toEqual({ kind: 'skip', reason: 'snoozed' });
});

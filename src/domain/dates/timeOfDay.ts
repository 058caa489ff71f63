/** A time of day as Slack's time picker sends it and Docket stores it: `HH:mm`, 00:00–23:59. */
export type TimeOfDay = string;

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return typeof value === 'string' && HOUR_MINUTE.test(value);
}

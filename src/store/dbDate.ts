/**
 * PostgreSQL DATE columns come back from Prisma as a Date at UTC midnight of that calendar day, and are
 * written the same way. The domain speaks `YYYY-MM-DD` (IsoDate); these two functions are the only
 * crossing, so no time zone ever leaks into a calendar date.
 */
export function fromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function toDbDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || fromDbDate(date) !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
  return date;
}

export function fromDbDateOrNull(value: Date | null): string | null {
  return value === null ? null : fromDbDate(value);
}

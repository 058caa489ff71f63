/**
 * PostgreSQL DATE columns come back from Prisma as a Date at UTC midnight of that calendar day, and are
 * written the same way. The domain speaks `YYYY-MM-DD` (IsoDate); these functions are the only
 * crossing, so no time zone ever leaks into a calendar date. They run for every case of a bulk
 * recompute, hence the arithmetic instead of string parsing and toISOString.
 */
const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

export function fromDbDate(value: Date): string {
  return `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
}

export function toDbDate(iso: string): Date {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    iso.length !== 10 ||
    iso[4] !== '-' ||
    iso[7] !== '-' ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    year < 1000
  ) {
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(iso)}`);
  }
  return date;
}

export function fromDbDateOrNull(value: Date | null): string | null {
  return value === null ? null : fromDbDate(value);
}

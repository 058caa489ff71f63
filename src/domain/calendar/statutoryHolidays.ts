import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';
import { epochDayFromCivil, toIsoDate, type EpochDay, type IsoDate } from '../dates';

/**
 * The days every citizen rests by law (《全国年节及纪念日放假办法》 第二条), which stand whatever the
 * State Council's yearly notice adds: a year whose notice is not loaded still rests on them. What only
 * the notice fixes — the working day given in lieu of a holiday on a weekend (第六条) and the 调休
 * make-up working days (第七条) — stays unknown, so such a year remains provisional.
 *
 * Lunar dates (春节, 端午, 中秋) and the 清明 solar term come from tyme4ts, not from a table of our own.
 */
export interface StatutoryHolidays {
  readonly year: number;
  /** Which revision of the 办法 governs the year. */
  readonly edition: HolidayMeasuresEdition;
  readonly holidays: readonly { readonly name: string; readonly dates: readonly IsoDate[] }[];
}

export type HolidayMeasuresEdition = '2013' | '2024';

/** The 2013 revision took effect on 2014-01-01; the 2024 revision's two extra days apply from 2025-01-01. */
const FIRST_STATUTORY_YEAR = 2014;
const EDITION_2024_FROM = 2025;
/** tyme4ts computes lunar years up to 9999 and throws beyond; an IsoDate has four-digit years anyway. */
const LAST_LUNAR_YEAR = 9999;

export function holidayMeasuresEdition(year: number): HolidayMeasuresEdition | null {
  if (!Number.isInteger(year) || year < FIRST_STATUTORY_YEAR || year > LAST_LUNAR_YEAR) return null;
  return year >= EDITION_2024_FROM ? '2024' : '2013';
}

function epochOf(day: SolarDay): EpochDay {
  return epochDayFromCivil(day.getYear(), day.getMonth(), day.getDay());
}

function run(first: EpochDay, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, offset) => toIsoDate(first + offset));
}

/** null for years before the 2013 revision took effect, which Docket does not model, and after 9999. */
export function statutoryHolidays(year: number): StatutoryHolidays | null {
  const edition = holidayMeasuresEdition(year);
  if (edition === null) return null;
  const newYear = epochOf(LunarDay.fromYmd(year, 1, 1).getSolarDay());
  const lunar = (month: number, day: number) => toIsoDate(epochOf(LunarDay.fromYmd(year, month, day).getSolarDay()));
  const qingming = toIsoDate(epochOf(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()));
  const civil = (month: number, day: number, count = 1) => run(epochDayFromCivil(year, month, day), count);
  return {
    year,
    edition,
    holidays: [
      { name: '元旦', dates: civil(1, 1) },
      // 2024 revision: 除夕 and 初一 to 初三; 2013 revision: 初一 to 初三.
      { name: '春节', dates: edition === '2024' ? run(newYear - 1, 4) : run(newYear, 3) },
      { name: '清明节', dates: [qingming] },
      { name: '劳动节', dates: civil(5, 1, edition === '2024' ? 2 : 1) },
      { name: '端午节', dates: [lunar(5, 5)] },
      { name: '中秋节', dates: [lunar(8, 15)] },
      { name: '国庆节', dates: civil(10, 1, 3) },
    ],
  };
}

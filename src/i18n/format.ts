import type { Locale } from './locale';

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/**
 * A civil date (YYYY-MM-DD, a day in Asia/Shanghai) for people: 2025年3月5日 / 5 Mar 2025. Formatted
 * in UTC because the string names a calendar day, not an instant: no zone may shift it.
 */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormats[locale].format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

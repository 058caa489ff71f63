import type { Localized } from '../i18n/localized';

/** The result of reading one cell: a value, or why the cell cannot be used. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Localized };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const reject = (zh: string, en: string): Parsed<never> => ({ ok: false, reason: { zh, en } });

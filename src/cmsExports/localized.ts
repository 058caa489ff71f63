/** Text in both languages the CLI speaks; the language is chosen only when printing. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export function text(zh: string, en: string): Localized {
  return { zh, en };
}

/** zh-CN unless asked otherwise: `--lang en`, or a LANG such as en_US.UTF-8. */
export function chooseLang(flag: string | undefined, envLang: string | undefined): Lang {
  const wanted = (flag ?? envLang ?? '').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'zh';
}

/** The result of reading one cell: a value, or why the cell cannot be used. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Localized };

export const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const reject = (zh: string, en: string): Parsed<never> => ({ ok: false, reason: { zh, en } });

/**
 * Text in both languages the CLI speaks (an import's rejected rows, a court setting refused), the language
 * chosen only when printing. Slack messages go through the catalogue instead (`messages(locale)`).
 */
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

import { frontMatterDate } from './frontMatter';
import type { IsoDate } from './types';

/** When a text's version was adopted or last amended, and when it took effect, as its 题注 says. */
export interface HistoryDates {
  readonly version: IsoDate | null;
  readonly effective: IsoDate | null;
}

const DATE_LED = /^(\d{4})年(\d{1,2})月(\d{1,2})日/;
/** An amendment by a decision: 根据2012年10月26日…《关于修改〈…〉的决定》修正 — not a preamble's 根据…，作如下规定. */
const BY_DECISION = /^根据(\d{4})年(\d{1,2})月(\d{1,2})日.*(?:修正|修订)$/;

/**
 * The dates of the history under a law's title: the last event of adoption or amendment (通过, 修正, 修订, 公布,
 * 发布; else the last dated one) and of taking effect (施行). The snapshot writes one event per line; the national
 * database's plain text puts them in one parenthesised line, apart by ideographic spaces, amendments by decision
 * opening with 根据.
 */
export function historyDates(preamble: string): HistoryDates {
  let version: IsoDate | null = null;
  let dated: IsoDate | null = null;
  let effective: IsoDate | null = null;
  for (const raw of preamble.split(/[\n（）()\u3000]+/)) {
    const event = raw.trim();
    const m = DATE_LED.exec(event) ?? BY_DECISION.exec(event);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const date = frontMatterDate(`${m[1]}-${m[2]}-${m[3]}`);
    if (/施行/.test(event)) effective = date;
    else if (/通过|修正|修订|公布|发布/.test(event)) version = date;
    else dated = date;
  }
  return { version: version ?? dated, effective };
}

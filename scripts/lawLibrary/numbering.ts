/**
 * Since when a version's article numbers hold, read from its history lines (1989年4月4日…通过, 2014年11月1日…《关于修改
 * <…>的决定》第一次修正) and the amending acts the snapshot holds: a 修订 renumbers; a 修正 keeps the numbering when its
 * act is in the snapshot and says nothing that renumbers (增加一条，作为第X条之一), renumbers when it does (条文顺序作
 * 相应调整, 作为第X条, 删去第X条), and may have when its act is not there (an act the line does not name is the
 * one of the snapshot adopted that day that amends the document), as may the making of the version itself
 * when no history line dates it. `numbering_since` is the adoption of the last of these that renumbered or may have
 * (else the first adoption); none without a dated history line.
 */

import { AMENDING_ACT, isoDate } from './library';

export type NumberingEvent = 'enacted' | 'renumbered' | 'kept' | 'unknown';

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const NUMERAL = '[零〇一二三四五六七八九十百千]+';
const RENUMBERS = new RegExp(
  `顺序.{0,6}调整|调整.{0,4}顺序|作为第${NUMERAL}条(?!之)|删去第${NUMERAL}条(?=[。；，、\\s]|$)`,
);

/** A name as both the history lines and the acts' titles can write it. */
export function actKey(name: string): string {
  return name
    .replace(/[《》〈〉<>\s“”]/g, '')
    .replace(/中华人民共和国/g, '')
    .replace(/^(全国人民代表大会常务委员会|最高人民法院、最高人民检察院|最高人民法院)/, '');
}

/** The 《…》 name that starts at `from`, with the marks nested inside it. */
function bracketed(text: string, from: number): string | undefined {
  const start = text.indexOf('《', from);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && --depth === 0) return text.slice(start + 1, i);
  }
  return undefined;
}

/** The part of a decision amending several documents that amends `title` (一、修改《…》 … up to the next item). */
function sectionFor(act: string, title: string): string | undefined {
  const lines = act.split('\n');
  const key = actKey(title);
  const at = lines.findIndex((line) => /^[一二三四五六七八九十]+、/.test(line.trim()) && actKey(line).includes(key));
  if (at < 0) return undefined;
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((line) => /^[一二三四五六七八九十]+、/.test(line.trim()));
  return [lines[at], ...(end < 0 ? rest : rest.slice(0, end))].join('\n');
}

/** The adoption date of an act: its first dated line. */
function adopted(act: string): string | undefined {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(act);
  return (m && isoDate(m[1] as string, m[2] as string, m[3] as string)) ?? undefined;
}

/**
 * The act adopted on `date` that amends `title`, for a history line that does not name it (an interpretation's
 * 2021年3月1日 最高人民法院审判委员会第1833次会议通过): named in its title or given an item of its own.
 */
function actOn(date: string, title: string, acts: ReadonlyMap<string, string>): string | undefined {
  const key = actKey(title);
  for (const [name, act] of acts)
    if (adopted(act) === date && (name.includes(key) || sectionFor(act, title) !== undefined)) return name;
  return undefined;
}

/** What one amending act (by `actKey`) did to the numbering of `title`. */
function amendment(key: string | undefined, title: string, acts: ReadonlyMap<string, string>): NumberingEvent {
  const act = key === undefined ? undefined : acts.get(key);
  if (act === undefined) return 'unknown';
  // A decision amending several documents (…等二十七件民事类司法解释的决定) is read for this one's item only.
  const part = /等.{1,6}件.*的决定$/.test(key ?? '') ? sectionFor(act, title) : act;
  if (part === undefined) return 'unknown';
  return RENUMBERS.test(part) ? 'renumbered' : 'kept';
}

/** The dated events of a version's history lines, in order, up to its version date. */
export function numberingHistory(
  preamble: string,
  title: string,
  versionDate: string,
  acts: ReadonlyMap<string, string>,
): Array<{ date: string; event: NumberingEvent }> {
  const events: Array<{ date: string; event: NumberingEvent }> = [];
  for (const raw of preamble.split('\n')) {
    const line = raw.trim();
    if (!/^[（(]?\d{4}年/.test(line)) continue;
    const dates = [...line.matchAll(DATE)];
    dates.forEach((m, i) => {
      const segment = line.slice(m.index, dates[i + 1]?.index ?? line.length);
      const date = isoDate(m[1] as string, m[2] as string, m[3] as string);
      if (date === null || date > versionDate) return;
      let event: NumberingEvent | undefined;
      const act = bracketed(segment, 0);
      // A 修订 by a decision amending many regulations (《国务院关于修改部分行政法规的决定》第一次修订) is read as
      // the decision says; one of its own (…会议修订) rewrote the text.
      if (/修订/.test(segment) && act === undefined) event = 'renumbered';
      else if (/修正|修改|修订/.test(segment))
        event = amendment(act === undefined ? actOn(date, title, acts) : actKey(act), title, acts);
      else if (/通过|公布|发布/.test(segment))
        event = events.length === 0 ? 'enacted' : amendment(actOn(date, title, acts), title, acts);
      if (event) events.push({ date, event });
    });
  }
  // A version whose own making the history lines leave out (规章制定程序条例 of 2017 lists its 2001 publication
  // only) may have been renumbered by it. An interpretation is published days after its adoption (2020-12-23,
  // 2020-12-29): an event within a quarter before the version date is its making.
  const quarterBefore = new Date(Date.parse(versionDate) - 92 * 86_400_000).toISOString().slice(0, 10);
  if (events.length > 0 && !events.some((e) => e.date >= quarterBefore))
    events.push({ date: versionDate, event: 'unknown' });
  return events;
}

/** The adoption since which the version's numbering holds, or null when its history does not say. */
export function numberingSince(events: ReadonlyArray<{ date: string; event: NumberingEvent }>): string | null {
  let since: string | null = null;
  for (const { date, event } of events) if (event !== 'kept') since = date;
  return since;
}

/**
 * The snapshot's amending acts (刑法修正案（十一）, 最高人民法院关于修改…的决定) by `actKey` of their titles: the build
 * leaves them out of the library, but they say whether they renumbered what they amended.
 */
export function amendingActs(
  entries: ReadonlyArray<{ readonly name: string; readonly files: readonly string[] }>,
  read: (file: string) => string,
): Map<string, string> {
  const acts = new Map<string, string>();
  for (const entry of entries) {
    if (!AMENDING_ACT.test(entry.name) || entry.files.length !== 1) continue;
    const text = read(entry.files[0] as string);
    acts.set(actKey(/^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? entry.name), text);
  }
  return acts;
}

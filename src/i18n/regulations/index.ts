import type { SearchNote } from '../../domain/regulations';
import type { Locale } from '../locale';
import { regulationsEn } from './en';
import { regulationsZhCN, type RegulationsMessages } from './zh-CN';

export type { RegulationsMessages } from './zh-CN';

/** The regulations part of the catalogue: /rule and the 规章更新 digest. */
export function regulationsMessages(locale: Locale): RegulationsMessages {
  return locale === 'en' ? regulationsEn : regulationsZhCN;
}

/**
 * What a note beside the hits says (a cited year answered by another version, a repealed law named); `title` writes a
 * document's title for where the note goes (Slack escapes and clips it).
 */
export function searchNoteText(
  messages: RegulationsMessages,
  note: SearchNote,
  title: (name: string) => string = (name) => name,
): string {
  return note.kind === 'version-in-force'
    ? messages.versionInForce(title(note.title), note.year, note.versionDate)
    : messages.repealedNamed(title(note.title), title(note.repealedBy), note.article, note.effectiveDate ?? '');
}

import type { Locale } from '../locale';
import { rankingsEn } from './en';
import { rankingsZhCN, type RankingsMessages } from './zh-CN';

export type { RankingsMessages } from './zh-CN';

/** The /rankings part of the catalogue. */
export function rankingsMessages(locale: Locale): RankingsMessages {
  return locale === 'en' ? rankingsEn : rankingsZhCN;
}

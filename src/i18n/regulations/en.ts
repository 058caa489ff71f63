import type { Validity } from '../../domain/regulations/validity';
import type { RegulationsMessages } from './zh-CN';

export const regulationsEn: RegulationsMessages = {
  usage: [
    '*/rule* — look up laws, judicial interpretations and the court’s own rules',
    '• `/rule 简易程序 审限` keywords',
    '• `/rule 判决生效了对方不给钱` a question in plain words',
    '• `/rule 民诉法第一百六十四条`, `/rule 民法典1079条` an article citation (short names and Arabic numerals work)',
    'Cited articles come first, then the rest by relevance; each can be opened in full or posted to the channel.',
  ].join('\n'),
  resultsFallback: (query: string, total: number) => `Results for “${query}”: ${total}`,
  resultsHeader: (query: string, from: number, to: number, total: number) => `*“${query}”* ${from}–${to} of ${total}`,
  truncated: (length: number) => `Long question: only its first ${length} characters were searched.`,
  versionInForce: (title: string, year: number, versionDate: string) =>
    `The rule library holds no ${year} version of ${title}: shown below is the latest before it, of ${versionDate}.`,
  repealedNamed: (title: string, repealedBy: string, article: string, since: string) =>
    `《${title}》 was repealed${since ? ` on ${since}` : ''} by 《${repealedBy}》 (${article}), so the rule library does not hold its articles; shown below are the rules in force.`,
  articleTitle: (title: string, number: string) => `《${title}》${number}`,
  validity: (status: Validity, versionDate: string) =>
    status === '现行有效'
      ? `version of ${versionDate} · in force (现行有效)`
      : status === '已修改'
        ? `⚠️ version of ${versionDate} · amended, superseded by a newer version (已修改)`
        : `⛔ version of ${versionDate} · repealed (已废止)`,
  version: (versionDate: string) => `version of ${versionDate}`,
  citedIn: (article: string) => `found as cited by ${article}`,
  fullText: 'Full text',
  postToChannel: 'Post to channel',
  previous: '◀ Previous',
  next: 'Next ▶',
  cites: (count: number) => `Cites (${count})`,
  citedBy: (count: number) => `Cited by judicial interpretations (${count})`,
  uncertainCites: (citations: string) =>
    `Also cites ${citations}: the version it cited is not in the library and its numbering may have changed since, so they are not listed.`,
  byContent: 'number checked against what the citing text says',
  definitions: (count: number) => `Terms it uses, as defined (${count})`,
  modalTitle: 'Full article',
  close: 'Close',
  gone: 'This article is no longer in the rule library (it may have been re-imported); please search again.',
  sharedBy: (user: string) => `shared by ${user} with /rule`,
  posted: '✅ Posted to the channel.',
  notInChannel:
    '⚠️ Docket is not a member of this channel, so it cannot post here: type `/invite @Docket` in the channel, then press “Post to channel” again.',
  cannotPostHere:
    '⚠️ Docket cannot post in this conversation (a private conversation or an archived channel). Use /rule in a channel Docket is in.',
  noResults: (query: string) => `Nothing found for “${query}”.`,
  noSuchArticle: (title: string, cited: string, first: string, last: string) =>
    `《${title}》 has no ${cited}: its articles run from ${first} to ${last}.`,
  unknownLaw: (name: string) =>
    `The rule library has no law, judicial interpretation or regulation named “${name}”: give the full title or a usual short name (such as \`民诉法\`, \`民法典\`, \`民诉解释\`, \`担保制度解释\`), or search with keywords only.`,
  shortName: (name: string, titles: string) =>
    `“${name}” is short for no single document of the rule library; it may mean ${titles}. Give the full title, or a short name that tells them apart (such as one with its ordinal, \`婚姻家庭编解释（一）\`).`,
  shortNameOne: (name: string, title: string) =>
    `“${name}” is no short name the rule library knows; it may mean ${title}. Give the full title.`,
  repealedLaw: (title: string, repealedBy: string, article: string, since: string) =>
    `《${title}》 was repealed${since ? ` on ${since}` : ''} by 《${repealedBy}》 (${article}), so the rule library does not hold its articles: look for the matching provision of 《${repealedBy}》, or search with keywords only.`,
  noSuchVersion: (title: string, year: number, versions: string) =>
    `${title} has no version of ${year} or earlier: the stored versions are ${versions}. To cite an old version, give its year, as in \`民诉法(2021)第二百零三条\`.`,
  fewerWords: 'Try fewer words: ',
  fewerWordsItem: (query: string, total: number) => `\`/rule ${query}\` (${total})`,
  examples:
    'Type keywords, a question or an article citation, for example `/rule 简易程序 审限`, `/rule 狗咬人谁负责` or `/rule 民诉法第一百六十四条`.',
  digest: {
    title: (week: string) => `📚 Rule changes · ${week}`,
    fallback: (count: number) => `Rule changes this week: ${count} documents changed`,
    intro: 'Laws and court rules imported this week:',
    newDocument: (docType: string, articles: number) => `🆕 New · ${docType} · ${articles} articles`,
    newVersion: (versionDate: string) => `🔄 New version of ${versionDate}`,
    amended: (numbers: string) => `amended: ${numbers}`,
    added: (numbers: string) => `added: ${numbers}`,
    repealed: (numbers: string) => `repealed: ${numbers}`,
    more: (count: number) => `and ${count} more`,
    moreDocuments: (count: number) => `…and ${count} more documents: \`docket rules changes\` lists them all`,
    open: 'Open',
    gone: 'This document is no longer in the rule library.',
    footer:
      'Sent on Friday afternoons; nothing is sent in a week without changes. Subscribe or unsubscribe in `/docket settings`.',
    modalTitle: 'Rule changes',
    changedArticles: '*Amended and added articles*',
    firstArticles: (shown: number, total: number) => `*The first ${shown} of ${total} articles*`,
    moreArticles: 'Look the others up with `/rule`.',
    status: (current: boolean) => (current ? 'in force' : 'superseded by a newer version'),
  },
};

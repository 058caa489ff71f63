import type { Validity } from '../../domain/regulations/validity';

/** /rule and the 规章更新 digest (Chinese, the source of the shape; en.ts must match). Texts are Slack mrkdwn. */
export const regulationsZhCN = {
  usage: [
    '*/rule* — 查法律、司法解释和本院规定',
    '• `/rule 简易程序 审限` 输入关键词',
    '• `/rule 判决生效了对方不给钱` 直接提问',
    '• `/rule 民诉法第一百六十四条`、`/rule 民法典1079条` 引用条文（简称、阿拉伯数字均可）',
    '引用的条文排在最前，其余按相关程度排列；每条可查看全文或发到频道。',
  ].join('\n'),
  resultsFallback: (query: string, total: number) => `“${query}”的查询结果：共 ${total} 条`,
  resultsHeader: (query: string, from: number, to: number, total: number) =>
    `*“${query}”* 第 ${from}–${to} 条，共 ${total} 条`,
  truncated: (length: number) => `问题较长，只按前 ${length} 个字查询。`,
  versionInForce: (title: string, year: number, versionDate: string) =>
    `规则库没有《${title}》${year} 年的版本，下面是此前最近的 ${versionDate} 版。`,
  repealedNamed: (title: string, repealedBy: string, article: string, since: string) =>
    `《${title}》${since ? `自 ${since} 起` : '已'}废止（《${repealedBy}》${article}），规则库不收录其条文；下面是现行规定。`,
  articleTitle: (title: string, number: string) => `《${title}》${number}`,
  validity: (status: Validity, versionDate: string) =>
    status === '现行有效'
      ? `${versionDate} 版 · 现行有效`
      : status === '已修改'
        ? `⚠️ ${versionDate} 版 · 已修改（已被新版本取代）`
        : `⛔ ${versionDate} 版 · 已废止`,
  version: (versionDate: string) => `${versionDate} 版`,
  citedIn: (article: string) => `经${article}引用找到`,
  fullText: '全文',
  postToChannel: '发到频道',
  previous: '◀ 上一组',
  next: '下一组 ▶',
  cites: (count: number) => `本条引用（${count}）`,
  citedBy: (count: number) => `引用本条的司法解释（${count}）`,
  uncertainCites: (citations: string) => `另引用${citations}：引用时的版本未收录，条号可能已变动，未列出。`,
  /** After a citation known only by what the citing sentence says (made before every version held). */
  byContent: '条号按引用内容核对',
  definitions: (count: number) => `本条用语的含义（${count}）`,
  modalTitle: '条文全文',
  close: '关闭',
  gone: '该条文已不在规则库中（可能已重新导入），请重新查询。',
  sharedBy: (user: string) => `由 ${user} 通过 /rule 分享`,
  posted: '✅ 已发到频道。',
  notInChannel: '⚠️ Docket 不在这个频道，无法发言：请先在频道里输入 `/invite @Docket`，再点“发到频道”。',
  cannotPostHere: '⚠️ Docket 不能在这个对话里发言（私聊或已归档的频道）。请在 Docket 所在的频道里使用 /rule。',
  noResults: (query: string) => `没有找到与“${query}”相关的条文。`,
  noSuchArticle: (title: string, cited: string, first: string, last: string) =>
    `《${title}》没有${cited}：该文件的条文为${first}至${last}。`,
  unknownLaw: (name: string) =>
    `规则库里没有名为“${name}”的法律、司法解释或行政法规：请写全称或常用简称（如 \`民诉法\`、\`民法典\`、\`民诉解释\`、\`担保制度解释\`），或只用关键词查询。`,
  shortName: (name: string, titles: string) =>
    `“${name}”不是规则库里唯一一部文件的简称，可能指：${titles}。请写全称，或写出能区分它们的简称（如带序号的 \`婚姻家庭编解释（一）\`）。`,
  /** A short name offered for one document, not read as its name (反恐法, 环保税法): what to write. */
  shortNameOne: (name: string, title: string) => `“${name}”不是规则库认得的简称，可能指：${title}。请写全称。`,
  repealedLaw: (title: string, repealedBy: string, article: string, since: string) =>
    `《${title}》${since ? `自 ${since} 起` : '已'}废止（《${repealedBy}》${article}），规则库不收录其条文：请查《${repealedBy}》中的相应规定，或只用关键词查询。`,
  noSuchVersion: (title: string, year: number, versions: string) =>
    `《${title}》没有 ${year} 年或更早的版本：现有 ${versions} 版。引用旧版本请写年份，如 \`民诉法(2021)第二百零三条\`。`,
  fewerWords: '试试更少的词：',
  fewerWordsItem: (query: string, total: number) => `\`/rule ${query}\`（${total} 条）`,
  examples:
    '可以输入关键词、直接提问或引用条文，例如 `/rule 简易程序 审限`、`/rule 狗咬人谁负责`、`/rule 民诉法第一百六十四条`。',
  digest: {
    title: (week: string) => `📚 规章更新 · ${week}`,
    fallback: (count: number) => `本周规章更新：${count} 件文件有变化`,
    intro: '本周导入的法律法规和本院规定：',
    newDocument: (docType: string, articles: number) => `🆕 新增 · ${docType} · 共 ${articles} 条`,
    newVersion: (versionDate: string) => `🔄 新版本 · ${versionDate} 版`,
    amended: (numbers: string) => `修改：${numbers}`,
    added: (numbers: string) => `新增：${numbers}`,
    repealed: (numbers: string) => `删除：${numbers}`,
    more: (count: number) => `等 ${count} 条`,
    moreDocuments: (count: number) => `…另有 ${count} 件文件，用 \`docket rules changes\` 查看全部`,
    open: '查看',
    gone: '该文件已不在规则库中。',
    footer: '每周五下午发送；没有变化的一周不发送。在 `/docket 设置` 中可订阅或退订。',
    modalTitle: '规章更新',
    changedArticles: '*本次修改和新增的条文*',
    firstArticles: (shown: number, total: number) => `*前 ${shown} 条（共 ${total} 条）*`,
    moreArticles: '其余条文用 `/rule` 查询。',
    status: (current: boolean): string => (current ? '现行有效' : '已被更新的版本取代'),
  },
};

export type RegulationsMessages = typeof regulationsZhCN;

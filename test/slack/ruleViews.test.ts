import type { SearchHit } from '../../src/domain/regulations';
import type { Locale } from '../../src/i18n';
import { blockProblems, splitIntoMessages, viewProblems } from '../../src/slack/blockKit';
import { ruleDocumentModal, rulesDigestMessage } from '../../src/slack/views/digests/regulationChanges';
import type { DocumentChanges } from '../../src/services/regulations/changes';
import {
  highlightedSnippet,
  ruleArticleModal,
  ruleChannelMessage,
  ruleNoResultsMessage,
  ruleResultsMessage,
} from '../../src/slack/views/rule';
import type { RuleResultsInput } from '../../src/slack/views/rule';

const huge = (char: string) => char.repeat(5000);

function hit(n: number): SearchHit {
  return {
    documentTitle: `《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》${'长'.repeat(60)}`,
    docType: huge('类'),
    versionDate: '2022-04-01',
    current: n % 2 === 0,
    status: n % 2 === 0 ? '现行有效' : '已修改',
    articleNumber: `第${n}条`,
    ordinal: n,
    suffix: 0,
    chapter: huge('章'),
    score: 1,
    matchedBy: 'text',
    snippet: `<!channel> *审限* & _期限_ ${'审'.repeat(100)}`,
    spans: [[12, 14]],
    text: `${huge('审')}\n${huge('限')}\n${huge('期')}\n${huge('间')}`,
  };
}

describe('highlighting a snippet for Slack mrkdwn', () => {
  it('bolds the matched spans with zero-width spaces around them, escaping markup in the statute text', () => {
    expect(highlightedSnippet('当事人<甲>应当在三个月内审结', [[9, 14]])).toBe(
      '当事人&lt;甲&gt;应当在\u200b*三个月内审*\u200b结',
    );
    expect(highlightedSnippet('*一* _二_ ~三~ `四`', [])).toBe('＊一＊ ＿二＿ ～三～ ｀四｀');
  });
});

describe.each<Locale>(['zh-CN', 'en'])('rule views stay inside Slack limits with oversized data (%s)', (locale) => {
  const values = {
    pageValue: (o: number) => JSON.stringify({ q: 'q', o, c: 'C1' }),
    articleValue: () => '{}',
    postValue: () => '{}',
  };

  it('a page of results, and the answer with suggestions', () => {
    const results = ruleResultsMessage(locale, {
      query: huge('问'),
      truncatedAt: 200,
      hits: [1, 2, 3, 4, 5].map(hit),
      notes: [{ kind: 'version-in-force', title: huge('法'), year: 2025, versionDate: '2012-10-26' }],
      offset: 5,
      total: 9999,
      ...values,
    });
    expect(blockProblems('message', results.blocks ?? [])).toEqual([]);
    const none = ruleNoResultsMessage(locale, huge('问'), [
      { kind: 'article-range', title: huge('法'), cited: '第九百条', first: '第一条', last: '第三百零六条' },
      { kind: 'fewer-words', query: huge('词'), total: 12 },
      { kind: 'examples' },
      { kind: 'short-name', name: huge('规定'), titles: [1, 2, 3, 4, 5].map(() => huge('规')) },
      {
        kind: 'repealed-law',
        title: huge('废'),
        repealedBy: huge('法'),
        article: '第一千二百六十条',
        effectiveDate: '2021-01-01',
      },
    ]);
    expect(blockProblems('message', none.blocks ?? [])).toEqual([]);
  });

  it('the full-article modal, and the article posted to a channel (split by outbound when too long for one message)', () => {
    expect(viewProblems(ruleArticleModal(locale, hit(1)))).toEqual([]);
    const related = {
      cites: Array.from({ length: 10 }, (_, i) => hit(i)),
      uncertain: Array.from({ length: 10 }, (_, i) => hit(i)),
      citedBy: Array.from({ length: 10 }, (_, i) => hit(i)),
      definitions: Array.from({ length: 10 }, (_, i) => hit(i)),
    };
    expect(viewProblems(ruleArticleModal(locale, { ...hit(1), text: huge('条').repeat(60) }, related))).toEqual([]);
    const posted = ruleChannelMessage(locale, hit(1), 'U0WANG001');
    for (const blocks of splitIntoMessages(posted.blocks ?? [])) expect(blockProblems('message', blocks)).toEqual([]);
  });

  it('the 规章更新 digest of a week that changed thirty documents, and one opened with hundreds of articles', () => {
    const numbers = Array.from({ length: 500 }, (_, i) => `第${i + 1}条`);
    const document = (documentId: number): DocumentChanges => ({
      documentId,
      title: huge('规'),
      docType: huge('类'),
      versionDate: '2025-07-01',
      current: true,
      articles: 500,
      kind: documentId % 2 === 0 ? 'new_document' : 'new_version',
      amended: numbers,
      added: numbers,
      repealed: numbers,
      summary: null,
      recordedAt: new Date('2025-07-01T08:00:00+08:00'),
    });
    const digest = rulesDigestMessage(locale, {
      periodKey: '2025-W27',
      documents: Array.from({ length: 30 }, (_, i) => document(i)),
    });
    expect(blockProblems('message', digest.blocks ?? [])).toEqual([]);
    expect(splitIntoMessages(digest.blocks ?? [])).toHaveLength(1); // the ledger posts a digest as one message
    const articles = numbers.map((number, ordinal) => ({ number, ordinal, suffix: 0, chapter: '', text: huge('文') }));
    for (const change of [document(1), document(2), null]) {
      expect(
        viewProblems(
          ruleDocumentModal(locale, {
            id: 1,
            effectiveDate: null,
            numberingSince: null,
            title: huge('规'),
            docType: huge('类'),
            versionDate: '2025-07-01',
            current: false,
            repealed: false,
            change,
            articles,
          }),
        ),
      ).toEqual([]);
    }
  });
});

describe('the answer to a short name offered, not cited', () => {
  const text = (titles: string[]) =>
    JSON.stringify(
      ruleNoResultsMessage('zh-CN', '反恐法第十条', [{ kind: 'short-name', name: '反恐法', titles }]).blocks,
    );

  it('names the one law it may mean, without asking to tell several apart', () => {
    const one = text(['中华人民共和国反恐怖主义法']);
    expect(one).toContain('“反恐法”不是规则库认得的简称，可能指：《中华人民共和国反恐怖主义法》。请写全称。');
    expect(one).not.toContain('能区分它们');
    expect(text(['甲法', '乙法'])).toContain('能区分它们');
  });
});

describe('a result found only because an article found by the query cites it', () => {
  const values = { pageValue: () => '{}', articleValue: () => '{}', postValue: () => '{}' };
  const lifted: SearchHit = {
    ...hit(2),
    documentTitle: '中华人民共和国民法典',
    articleNumber: '第一百七十二条',
    matchedBy: 'citation',
    citedIn: {
      documentTitle: '最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释',
      articleNumber: '第二十八条',
    },
  };
  const contextLine = (locale: Locale): string =>
    JSON.stringify(
      ruleResultsMessage(locale, {
        query: '表见代理',
        truncatedAt: null,
        notes: [],
        hits: [lifted],
        offset: 0,
        total: 1,
        ...values,
      }).blocks,
    );

  it('says which article led to it, under its title', () => {
    expect(contextLine('zh-CN')).toContain(
      '经《最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释》第二十八条引用找到',
    );
    expect(contextLine('en')).toContain('found as cited by');
  });

  it('says nothing of the kind for an article the query found by its words', () => {
    const { citedIn: _, ...found } = lifted;
    const blocks = JSON.stringify(
      ruleResultsMessage('zh-CN', {
        query: '表见代理',
        truncatedAt: null,
        notes: [],
        hits: [{ ...found, matchedBy: 'text' }],
        offset: 0,
        total: 1,
        ...values,
      }).blocks,
    );
    expect(blocks).not.toContain('引用找到');
  });
});

describe('what an answer says above its articles', () => {
  const values = { pageValue: () => '{}', articleValue: () => '{}', postValue: () => '{}' };
  const answered = (locale: Locale, notes: RuleResultsInput['notes']): string =>
    JSON.stringify(
      ruleResultsMessage(locale, {
        query: '治安管理处罚法(2025)第一条',
        truncatedAt: null,
        notes,
        hits: [{ ...hit(1), documentTitle: '中华人民共和国治安管理处罚法', versionDate: '2012-10-26' }],
        offset: 0,
        total: 1,
        ...values,
      }).blocks,
    );
  const note = {
    kind: 'version-in-force',
    title: '中华人民共和国治安管理处罚法',
    year: 2025,
    versionDate: '2012-10-26',
  } as const;

  it('says, above the article, that the version shown is the one before that year', () => {
    expect(answered('zh-CN', [note])).toContain(
      '规则库没有《中华人民共和国治安管理处罚法》2025 年的版本，下面是此前最近的 2012-10-26 版。',
    );
    expect(answered('en', [note])).toContain('holds no 2025 version of 中华人民共和国治安管理处罚法');
    expect(answered('zh-CN', [])).not.toContain('规则库没有');
  });

  it('says, above the articles in force, that a law the question names was repealed, and by what', () => {
    const repealed = {
      kind: 'repealed-law',
      title: '中华人民共和国合同法',
      repealedBy: '中华人民共和国民法典',
      article: '第一千二百六十条',
      effectiveDate: '2021-01-01',
    } as const;
    expect(answered('zh-CN', [repealed])).toContain(
      '《中华人民共和国合同法》自 2021-01-01 起废止（《中华人民共和国民法典》第一千二百六十条），规则库不收录其条文；下面是现行规定。',
    );
    expect(answered('en', [repealed])).toContain('was repealed on 2021-01-01 by 《中华人民共和国民法典》');
  });
});

describe('an old citation confirmed by what the citing sentence says', () => {
  const lawHit = (number: string): SearchHit => ({
    ...hit(2),
    documentTitle: '中华人民共和国民事诉讼法',
    articleNumber: number,
    text: '起诉必须符合下列条件',
  });
  const modalText = (locale: Locale) =>
    JSON.stringify(
      ruleArticleModal(locale, hit(2), {
        cites: [lawHit('第一百一十九条'), lawHit('第一百二十条')],
        uncertain: [],
        citedBy: [lawHit('第二百零八条')],
        definitions: [],
        byContent: { cites: [0], citedBy: [0] },
      }),
    );

  it('given 民诉解释 citing 民事诉讼法第一百一十九条 confirmed by its words, marks that line only, in 本条引用 and 引用本条的司法解释', () => {
    const text = modalText('zh-CN');
    expect(text.match(/条号按引用内容核对/g)).toHaveLength(2);
    expect(text).toContain('第一百一十九条* _条号按引用内容核对_');
    expect(text).not.toContain('第一百二十条* _条号按引用内容核对_');
  });

  it('says the same in English', () => {
    expect(modalText('en').match(/number checked against what the citing text says/g)).toHaveLength(2);
  });
});

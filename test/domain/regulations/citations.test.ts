import { buildIndex, relatedArticles, type IndexableDocument } from '../../../src/domain/regulations';
import { citingArticles } from '../../../src/domain/regulations/citations';
import { articleKey } from '../../../src/domain/regulations/searchIndex';

const article = (number: string, ordinal: number, text: string) => ({ number, ordinal, suffix: 0, chapter: '', text });

const CIVIL_2021: IndexableDocument = {
  title: '中华人民共和国民事诉讼法',
  docType: '法律',
  versionDate: '2021-12-24',
  current: false,
  articles: [
    article('第一百二十二条', 122, '起诉必须符合下列条件：（一）原告是与本案有直接利害关系的公民。'),
    article('第一百二十七条', 127, '人民法院对下列起诉，分别情形，予以处理。'),
    article('第二百零三条', 203, '依照本法第一百二十二条起诉的，旧文本。'),
  ],
};
const CIVIL_2023: IndexableDocument = {
  ...CIVIL_2021,
  versionDate: '2023-09-01',
  current: true,
  articles: [
    article('第一百二十二条', 122, '起诉必须符合下列条件：（一）原告是与本案有直接利害关系的公民。'),
    article('第一百二十七条', 127, '人民法院对下列起诉，分别情形，予以处理；修改后的文本。'),
    article('第二百零三条', 203, '新的第二百零三条。'),
  ],
};
const INTERPRETATION: IndexableDocument = {
  title: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
  docType: '司法解释',
  versionDate: '2022-04-01',
  current: true,
  articles: [
    article('第一条', 1, '本解释所称起诉，依照本解释第二条处理。'),
    article('第二条', 2, '符合民事诉讼法第一百二十二条的规定，且不属于第一百二十七条规定情形的，应当登记立案。'),
    article('第三条', 3, '依照《中华人民共和国合同法》第一条、第二条和本解释第一条处理。'),
    article('第四条', 4, '当事人依照刑法修正案（十一）第一条起诉的，依照本解释第二条处理。'),
  ],
};
const index = buildIndex([CIVIL_2021, CIVIL_2023, INTERPRETATION]);
const names = (hits: ReadonlyArray<{ documentTitle: string; articleNumber: string; versionDate: string | null }>) =>
  hits.map((h) => `${h.documentTitle.length > 12 ? '民诉解释' : '民诉法'}${h.articleNumber}@${h.versionDate}`);

describe('related articles, read from the texts', () => {
  it('finds what an interpretation cites, in the version of the law in force when it was made', () => {
    const related = relatedArticles(index, INTERPRETATION.title, '第二条');
    // 第一百二十七条 follows 民事诉讼法 in the same sentence: the law's article, not the interpretation's.
    expect(names(related?.cites ?? [])).toEqual(['民诉法第一百二十二条@2021-12-24', '民诉法第一百二十七条@2021-12-24']);
  });

  it('cites nothing of a law the library does not have, nor of a list after it: not this document’s 第一条', () => {
    expect(names(relatedArticles(index, INTERPRETATION.title, '第三条')?.cites ?? [])).toEqual([
      '民诉解释第一条@2022-04-01',
    ]);
    expect(names(relatedArticles(index, INTERPRETATION.title, '第四条')?.cites ?? [])).toEqual([
      '民诉解释第二条@2022-04-01',
    ]);
  });

  it('reads 本解释第X条 as the citing document’s own article', () => {
    expect(names(relatedArticles(index, INTERPRETATION.title, '第一条')?.cites ?? [])).toEqual([
      '民诉解释第二条@2022-04-01',
    ]);
  });

  it('lists the interpretations citing an article, carried to the current text where its words did not change', () => {
    expect(names(relatedArticles(index, CIVIL_2023.title, '第一百二十二条')?.citedBy ?? [])).toEqual([
      '民诉解释第二条@2022-04-01',
    ]);
    // 第一百二十七条 was reworded in 2023: the interpretation read the 2021 text.
    expect(relatedArticles(index, CIVIL_2023.title, '第一百二十七条')?.citedBy).toEqual([]);
    expect(names(relatedArticles(index, CIVIL_2023.title, '第一百二十七条', '2021-12-24')?.citedBy ?? [])).toEqual([
      '民诉解释第二条@2022-04-01',
    ]);
  });

  it('cites nothing of an 通知 or 意见 the library does not have, and reads 本意见第X条 as its own', () => {
    const opinion: IndexableDocument = {
      title: '最高人民法院关于审理某类案件的意见',
      docType: '司法解释',
      versionDate: '2022-01-01',
      current: true,
      articles: [
        article('第一条', 1, '依照《最高人民法院关于某事项的通知》第二条处理。'),
        article('第二条', 2, '本意见第一条所称案件，依照本意见第一条处理。'),
      ],
    };
    const withOpinion = buildIndex([CIVIL_2023, opinion]);
    expect(relatedArticles(withOpinion, opinion.title, '第一条')?.cites).toEqual([]);
    expect(relatedArticles(withOpinion, opinion.title, '第二条')?.cites.map((h) => h.articleNumber)).toEqual([
      '第一条',
    ]);
  });

  it('finds nothing for an article that is not there', () => {
    expect(relatedArticles(index, CIVIL_2023.title, '第九百条')).toBeUndefined();
  });
});

describe('a citation older than every version of the cited law the library holds', () => {
  // 行政诉讼法 was renumbered in 2014: the 1989 text's 第三十二条 (被告举证) is not the 2017 text's.
  const administrativeLaw = (numberingSince?: string): IndexableDocument => ({
    title: '中华人民共和国行政诉讼法',
    docType: '法律',
    versionDate: '2017-06-27',
    current: true,
    ...(numberingSince ? { numberingSince } : {}),
    articles: [
      article('第三十二条', 32, '代理诉讼的律师，有权按照规定查阅、复制本案有关材料。'),
      article('第四十三条', 43, '证据应当在法庭上出示，并由当事人互相质证。'),
    ],
  });
  const EVIDENCE: IndexableDocument = {
    title: '最高人民法院关于行政诉讼证据若干问题的规定',
    docType: '司法解释',
    versionDate: '2002-07-24',
    current: true,
    articles: [
      article('第一条', 1, '根据行政诉讼法第三十二条和第四十三条的规定，被告对作出的具体行政行为负有举证责任。'),
    ],
  };
  const evidence = (law: IndexableDocument) => relatedArticles(buildIndex([law, EVIDENCE]), EVIDENCE.title, '第一条');
  const numbers = (hits: readonly { articleNumber: string }[] | undefined) => hits?.map((h) => h.articleNumber);

  it('given 行政诉讼法 held from 2017 only, renumbered in 2014, when 行政诉讼证据规定 (2002) cites its 第三十二条 and 第四十三条, they are not linked to the 2017 text’s but named as uncertain', () => {
    const related = evidence(administrativeLaw('2014-11-01'));
    expect(numbers(related?.cites)).toEqual([]);
    expect(numbers(related?.uncertain)).toEqual(['第三十二条', '第四十三条']);
  });

  it('given no history of the held version’s numbering, the same', () => {
    expect(numbers(evidence(administrativeLaw())?.cites)).toEqual([]);
  });

  it('given a held version numbered so since before the citing text (amended since without renumbering), they are linked', () => {
    const related = evidence(administrativeLaw('1989-04-04'));
    expect(numbers(related?.cites)).toEqual(['第三十二条', '第四十三条']);
    expect(related?.uncertain).toEqual([]);
  });

  it('given the 2017 text’s 第三十二条, 行政诉讼证据规定 (2002) is not listed among the interpretations citing it', () => {
    const index = buildIndex([administrativeLaw('2014-11-01'), EVIDENCE]);
    expect(relatedArticles(index, '中华人民共和国行政诉讼法', '第三十二条')?.citedBy).toEqual([]);
  });

  it('given the same, the search model’s count of citing articles, asked for the uncertain ones too, still has it', () => {
    const index = buildIndex([administrativeLaw('2014-11-01'), EVIDENCE]);
    const cited = index.byNumber.get(articleKey(0, 32, 0)) as number;
    expect(citingArticles(index, cited)).toEqual([]);
    expect(citingArticles(index, cited, true).map((a) => index.articles[a]?.number)).toEqual(['第一条']);
  });
});

import { buildIndex, relatedArticles, type IndexableDocument } from '../../../src/domain/regulations';
import { citingArticles, prepareCitingArticles } from '../../../src/domain/regulations/citations';
import { runSteps } from '../../../src/domain/regulations/steps';
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

describe('an old citation the citing sentence’s words confirm', () => {
  // 民事诉讼法 held from 2017 only, its numbering not known to go back to 2015 (an amending decision the snapshot lacks).
  const texts: ReadonlyArray<readonly [number, string]> = [
    [114, '诉讼参与人或者其他人有下列行为之一的，人民法院可以根据情节轻重予以罚款、拘留。'],
    [115, '对个人的罚款金额，为人民币十万元以下。对单位的罚款金额，为人民币五万元以上一百万元以下。'],
    [116, '拘传、罚款、拘留必须经院长批准。'],
    [117, '采取对妨害民事诉讼的强制措施必须由人民法院决定。'],
    [118, '当事人进行民事诉讼，应当按照规定交纳案件受理费。'],
    [
      119,
      '起诉必须符合下列条件：（一）原告是与本案有直接利害关系的公民、法人和其他组织；（二）有明确的被告；（三）有具体的诉讼请求和事实、理由。',
    ],
    [120, '起诉应当向人民法院递交起诉状，并按照被告人数提出副本。书写起诉状确有困难的，可以口头起诉。'],
    [121, '起诉状应当记明下列事项：原告的姓名、性别、年龄；被告的姓名；诉讼请求和所根据的事实与理由。'],
    [122, '当事人起诉到人民法院的民事纠纷，适宜调解的，先行调解，但当事人拒绝调解的除外。'],
    [123, '人民法院应当保障当事人依照法律规定享有的起诉权利。对符合本法第一百一十九条的起诉，必须受理。'],
    [125, '人民法院应当在立案之日起五日内将起诉状副本发送被告，被告应当在收到之日起十五日内提出答辩状。'],
  ];
  const CIVIL_2017: IndexableDocument = {
    title: '中华人民共和国民事诉讼法',
    docType: '法律',
    versionDate: '2017-06-27',
    current: true,
    numberingSince: '2017-06-27',
    articles: texts.map(([ordinal, text]) => article(`第${ordinal}条`, ordinal, text)),
  };
  const INTERPRETATION_2015: IndexableDocument = {
    title: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
    docType: '司法解释',
    versionDate: '2015-02-04',
    current: true,
    articles: [
      article(
        '第二百零八条',
        208,
        '原告没有明确的被告或者没有具体的诉讼请求，不符合民事诉讼法第119条规定的起诉条件的，裁定不予受理。拘留的，依照民事诉讼法第116条的规定处理。',
      ),
    ],
  };
  const index = buildIndex([CIVIL_2017, INTERPRETATION_2015]);

  it('given 民诉解释 (2015) citing 民事诉讼法第一百一十九条规定的起诉条件, links the 2017 text’s 第一百一十九条 (起诉必须符合下列条件), marked as checked by content; its bare 依照第一百一十六条的规定处理 stays uncertain', () => {
    const related = relatedArticles(index, INTERPRETATION_2015.title, '第二百零八条');
    expect(related?.cites.map((h) => h.articleNumber)).toEqual(['第119条']);
    expect(related?.byContent?.cites).toEqual([0]);
    expect(related?.uncertain.map((h) => h.articleNumber)).toEqual(['第116条']);
  });

  it('given the 2017 text’s 第一百一十九条, lists 民诉解释 (2015) among the interpretations citing it, marked the same', () => {
    const related = relatedArticles(index, CIVIL_2017.title, '第119条');
    expect(related?.citedBy.map((h) => h.articleNumber)).toEqual(['第二百零八条']);
    expect(related?.byContent?.citedBy).toEqual([0]);
    expect(relatedArticles(index, CIVIL_2017.title, '第116条')?.citedBy).toEqual([]);
  });

  it('given its numbering known to go back to 2015, links both without the mark', () => {
    const known = buildIndex([{ ...CIVIL_2017, numberingSince: '2012-08-31' }, INTERPRETATION_2015]);
    const related = relatedArticles(known, INTERPRETATION_2015.title, '第二百零八条');
    expect(related?.cites.map((h) => h.articleNumber)).toEqual(['第119条', '第116条']);
    expect(related?.byContent).toEqual({ cites: [], citedBy: [] });
  });
});

describe('the interpretations citing an article, read ahead by a server in steps', () => {
  // An interpretation of 2,100 articles each applying 民事诉讼法第一百二十二条: more than one step's worth.
  const manyCiting: IndexableDocument = {
    ...INTERPRETATION,
    articles: Array.from({ length: 2100 }, (_, i) =>
      article(`第${i + 1}条`, i + 1, `符合民事诉讼法第一百二十二条的规定的，依照本条处理（${i + 1}）。`),
    ),
  };
  const library = () => buildIndex([CIVIL_2021, CIVIL_2023, manyCiting]);
  const citedBy = (index: ReturnType<typeof library>) =>
    citingArticles(index, index.byNumber.get(articleKey(0, 122, 0)) as number);

  it('pauses between parts of the library, and then answers what reading at first use answers', () => {
    const atFirstUse = citedBy(library());
    expect(atFirstUse).toHaveLength(2100);
    const ahead = library();
    const steps = prepareCitingArticles(ahead);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(citedBy(ahead)).toEqual(atFirstUse);
  });

  it('given a first 全文 before the reading ahead ends, answers in full, and the reading ahead stops', () => {
    const index = library();
    const steps = prepareCitingArticles(index);
    steps.next();
    const answered = citedBy(index);
    expect(answered).toHaveLength(2100);
    expect(steps.next().done).toBe(true);
    expect(runSteps(prepareCitingArticles(index))).toBeUndefined();
    expect(citedBy(index)).toEqual(answered);
  });
});

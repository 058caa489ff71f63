import { buildAliasTable, findAliases } from '../../../src/domain/regulations/aliasTable';
import { lawAliases } from '../../../src/domain/regulations/lawNames';
import { normalizeText } from '../../../src/domain/regulations/normalize';
import { findArticleReferences } from '../../../src/domain/regulations/references';

const TITLES = [
  '中华人民共和国民事诉讼法',
  '中华人民共和国刑事诉讼法',
  '中华人民共和国民法典',
  '中华人民共和国刑法',
  '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定',
  '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
];
const aliases = buildAliasTable(TITLES);

function refs(query: string): Array<{ law: string | undefined; ordinal: number; suffix: number }> {
  return findArticleReferences(normalizeText(query), aliases).map((r) => ({
    law: r.lawTargets.length === 1 ? TITLES[r.lawTargets[0] as number] : undefined,
    ordinal: r.ordinal,
    suffix: r.suffix,
  }));
}

describe('law names derived from titles', () => {
  it('drops 中华人民共和国 and shortens XY诉讼法 to X诉法', () => {
    expect(lawAliases('中华人民共和国民事诉讼法')).toEqual(expect.arrayContaining(['民事诉讼法', '民诉法']));
    expect(lawAliases('中华人民共和国刑事诉讼法')).toEqual(expect.arrayContaining(['刑事诉讼法', '刑诉法']));
  });

  it('names an interpretation after the law it applies: X法解释, X解释', () => {
    expect(lawAliases('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释')).toEqual(
      expect.arrayContaining(['民事诉讼法解释', '民诉法解释', '民诉解释']),
    );
  });

  it('names an SPC or SPP document without its issuers too: 关于适用《中华人民共和国民事诉讼法》的解释', () => {
    expect(lawAliases('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释')).toEqual(
      expect.arrayContaining(['关于适用《中华人民共和国民事诉讼法》的解释', '关于适用中华人民共和国民事诉讼法的解释']),
    );
    expect(lawAliases('最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释')).toContain(
      '关于办理盗窃刑事案件适用法律若干问题的解释',
    );
  });

  it('reduces an SPC rule to its subject: 民间借贷规定; keeps its ordinal: 婚姻家庭编解释一', () => {
    expect(lawAliases('最高人民法院关于审理民间借贷案件适用法律若干问题的规定')).toContain('民间借贷规定');
    expect(lawAliases('最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）')).toEqual(
      expect.arrayContaining(['婚姻家庭编解释(一)', '婚姻家庭编解释一']),
    );
  });
});

describe('short names of interpretations, derived from how their titles are worded', () => {
  it.each([
    ['最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释', '担保制度解释'],
    ['最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）', '建设工程施工合同解释一'],
    ['最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释', '商品房买卖合同解释'],
    ['最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释', '盗窃解释'],
    // 具体应用法律, as older titles say it, is worded like 适用法律 and dropped alike.
    ['最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释', '诈骗解释'],
    ['最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释', '交通肇事解释'],
    ['最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释', '合同编通则解释'],
  ])('%s is also %s', (title, name) => {
    expect(lawAliases(title)).toContain(name);
  });
});

describe('the short names courts write for interpretations reach the document', () => {
  const administrative = '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释';
  const administrative2015 = '最高人民法院关于适用《中华人民共和国行政诉讼法》若干问题的解释';
  const guarantee = '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释';
  const guaranteeLaw = '最高人民法院关于适用《中华人民共和国担保法》若干问题的解释';
  const construction = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）';
  const injury = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
  const loans = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
  const titles = [
    administrative,
    administrative2015,
    '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
    '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释',
    guarantee,
    construction,
    '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）',
    '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释',
    injury,
    loans,
    '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定',
    guaranteeLaw,
  ];
  const table = buildAliasTable(titles);
  const cited = (name: string): string[] =>
    (findArticleReferences(normalizeText(`${name}第一条`), table)[0]?.lawTargets ?? []).map((d) => titles[d] as string);

  it.each([
    ['行诉若干问题解释', [administrative2015]],
    ['行政诉讼法若干问题解释', [administrative2015]],
    ['行诉解释', [administrative, administrative2015]],
    ['担保解释', [guarantee, guaranteeLaw]],
    ['担保制度司法解释', [guarantee]],
    ['建设工程施工合同司法解释（一）', [construction]],
    ['人身损害赔偿司法解释', [injury]],
    ['民间借贷司法解释', [loans]],
  ])('%s第一条 cites %j', (name, expected) => {
    expect(cited(name)).toEqual(expected);
  });

  it.each([
    ['民诉解释', 2],
    ['刑诉解释', 3],
    ['担保制度解释', 4],
    ['建设工程施工合同解释（一）', 5],
    ['婚姻家庭编解释（一）', 6],
    ['合同编通则解释', 7],
    ['人身损害赔偿解释', 8],
    ['民间借贷规定', 9],
    ['执行异议复议规定', 10],
  ])('%s第一条 cites its interpretation alone', (name, document) => {
    expect(cited(name)).toEqual([titles[document]]);
  });
});

describe('short names courts write that no rule derives', () => {
  const titles = [
    '人民检察院刑事诉讼规则',
    '人民检察院刑事诉讼规则（试行）',
    '最高人民法院关于限制被执行人高消费的若干规定',
    '最高人民法院关于公布失信被执行人名单信息的若干规定',
    '最高人民法院关于审判人员在诉讼活动中执行回避制度若干问题的规定',
    '最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释',
  ];
  const table = buildAliasTable(titles);
  const cited = (name: string): string[] =>
    (findArticleReferences(normalizeText(`${name}第三条`), table, { shortNames: true })[0]?.lawTargets ?? []).map(
      (d) => titles[d] as string,
    );

  it.each([
    ['高检规则', titles[0]],
    ['限高规定', titles[2]],
    ['失信规定', titles[3]],
    ['失信被执行人规定', titles[3]],
    ['回避规定', titles[4]],
    ['帮信解释', titles[5]],
  ])('%s第三条 cites %s', (name, title) => {
    expect(cited(name)).toEqual([title]);
  });
});

describe('citations found in queries', () => {
  it.each([
    ['民诉法第一百六十四条', '中华人民共和国民事诉讼法', 164, 0],
    ['民法典1079条', '中华人民共和国民法典', 1079, 0],
    ['刑诉法 208 条', '中华人民共和国刑事诉讼法', 208, 0],
    ['民诉解释第258条', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', 258, 0],
    ['刑法第133条之一', '中华人民共和国刑法', 133, 1],
    ['民法典第１０７９条', '中华人民共和国民法典', 1079, 0],
    ['《中华人民共和国民法典》第一千零七十九条', '中华人民共和国民法典', 1079, 0],
    ['依照民间借贷规定第二十四条', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定', 24, 0],
    ['民诉法164', '中华人民共和国民事诉讼法', 164, 0],
    ['刑法133之一', '中华人民共和国刑法', 133, 1],
  ])('%s → %s %d', (query, law, ordinal, suffix) => {
    expect(refs(query)).toEqual([{ law, ordinal, suffix }]);
  });

  it('reads 民法 and 中华人民共和国民法 as the civil code: 民法第一千零八十四条 is 民法典第一千零八十四条', () => {
    const civilCode = { law: '中华人民共和国民法典', ordinal: 1084, suffix: 0 };
    expect(refs('中华人民共和国民法第一千零八十四条的内容是什么？')).toEqual([civilCode]);
    expect(refs('民法第1084条')).toEqual([civilCode]);
  });

  it('does not read 民法 inside 人民法院 as a mention of the civil code', () => {
    expect(findAliases(aliases, '人民法院应当依法审理')).toEqual([]);
  });

  it('reads 刑法 in 刑法第133条 as the criminal law, not the tail of another name', () => {
    expect(refs('刑法第133条')[0]?.law).toBe('中华人民共和国刑法');
  });

  it('keeps a bare 第X条 as a citation without a law', () => {
    expect(refs('第一百六十四条')).toEqual([{ law: undefined, ordinal: 164, suffix: 0 }]);
  });

  it('reads a part of a law (第一编, 第十三章, 第二节) as no article: 民法典第一编第一百四十三条 cites 第一百四十三条', () => {
    expect(refs('民法典第一编第一百四十三条')).toEqual([{ law: undefined, ordinal: 143, suffix: 0 }]);
    expect(refs('民诉法第十三章 简易程序')).toEqual([]);
    expect(refs('民法典第三编第二分编第五章')).toEqual([]);
    expect(refs('刑法第四章第一节')).toEqual([]);
  });

  it('does not take counts for citations', () => {
    expect(refs('有3条规定')).toEqual([]);
    expect(refs('简易程序 审限')).toEqual([]);
    expect(refs('刑法三百')).toEqual([]);
    expect(refs('第三百')).toEqual([]);
  });
});

describe('short names the library’s texts introduce (以下简称)', () => {
  it.each([
    ['中华人民共和国税收征收管理法', '税收征管法'],
    ['中华人民共和国保守国家秘密法', '保密法'],
  ])('%s is cited as %s', (title, name) => {
    const table = buildAliasTable([title, '中华人民共和国刑法']);
    expect(findArticleReferences(normalizeText(`${name}第八十八条`), table)[0]?.lawTargets).toEqual([0]);
  });
});

describe('titles cited as courts write them', () => {
  const civilProcedure = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';
  const companyLaw3 = '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）';
  const companyLawInterpretation = '最高人民法院关于适用《中华人民共和国公司法》的解释';
  const civilCodeTime = '最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定';
  const titles = [civilProcedure, companyLaw3, civilCodeTime, '中华人民共和国公司法'];
  const cited = (query: string, table = buildAliasTable(titles), of = titles): string[] =>
    (findArticleReferences(normalizeText(query), table)[0]?.lawTargets ?? []).map((d) => of[d] as string);

  it('reads a title nested with 〈〉, as print writes it, as the same title nested with 《》', () => {
    expect(cited('《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条')).toEqual([civilProcedure]);
    expect(normalizeText('〈民事诉讼法〉')).toBe('《民事诉讼法》');
  });

  it('drops 若干 from a title as it drops 若干问题: 民法典时间效力规定', () => {
    expect(cited('民法典时间效力规定第一条')).toEqual([civilCodeTime]);
    expect(cited('时间效力规定第二条')).toEqual([civilCodeTime]);
  });

  it('cites a 规定 applying a law as that law’s 解释 or 司法解释: 公司法解释三, 公司法司法解释（三）', () => {
    expect(cited('公司法解释三第十三条')).toEqual([companyLaw3]);
    expect(cited('公司法司法解释（三）第十三条')).toEqual([companyLaw3]);
    expect(cited('公司法规定（三）第十三条')).toEqual([companyLaw3]);
  });

  it('never takes a name from the interpretation that carries it as its own', () => {
    const withInterpretation = [
      ...titles,
      '最高人民法院关于适用《中华人民共和国公司法》的规定',
      companyLawInterpretation,
    ];
    const table = buildAliasTable(withInterpretation);
    expect(cited('公司法解释第一条', table, withInterpretation)).toEqual([companyLawInterpretation]);
    expect(cited('公司法解释三第十三条', table, withInterpretation)).toEqual([companyLaw3]);
  });
});

describe('lists and ranges of articles in a query', () => {
  const queryRefs = (query: string) =>
    findArticleReferences(normalizeText(query), aliases, { listsAndRanges: true }).map((r) => ({
      law: r.lawTargets.length === 1 ? TITLES[r.lawTargets[0] as number] : undefined,
      ordinal: r.ordinal,
    }));
  const civil = (ordinal: number) => ({ law: '中华人民共和国民法典', ordinal });
  const procedure = (ordinal: number) => ({ law: '中华人民共和国民事诉讼法', ordinal });

  it('gives every article of a list the law named before the first: 民法典第577、584条', () => {
    expect(queryRefs('民法典第577、584条')).toEqual([civil(577), civil(584)]);
    expect(queryRefs('民法典第1079条、第1087条和第1091条')).toEqual([civil(1079), civil(1087), civil(1091)]);
  });

  it('goes on past a paragraph or item, as a judgment cites: 民诉法第一百四十五条第一款、第一百四十七条', () => {
    expect(queryRefs('依照《中华人民共和国民事诉讼法》第一百四十五条第一款、第一百四十七条之规定')).toEqual([
      procedure(145),
      procedure(147),
    ]);
    expect(queryRefs('民法典第一千零七十九条第二款第（五）项、第一千零八十七条')).toEqual([civil(1079), civil(1087)]);
    expect(queryRefs('民法典第577条第一款、第二款、第584条')).toEqual([civil(577), civil(584)]);
  });

  it('cites the articles between the ends of a range: 民诉法第一百二十二条至第一百二十四条', () => {
    expect(queryRefs('民诉法第一百二十二条至第一百二十四条')).toEqual([procedure(122), procedure(123), procedure(124)]);
    expect(queryRefs('民诉法第1条至第100条')).toEqual([procedure(1), procedure(100)]);
  });

  it('keeps 第三款 part of the article it follows, and words between citations end the list', () => {
    expect(queryRefs('民法典第一千零七十九条第三款第（二）项')).toEqual([civil(1079)]);
    expect(queryRefs('民法典第577条 违约责任 第3条')).toEqual([civil(577), { law: undefined, ordinal: 3 }]);
  });

  it('leaves statutes’ own texts to citedBy: without the option a list’s 584条 is no citation', () => {
    expect(refs('民法典第577、584条')).toEqual([{ law: '中华人民共和国民法典', ordinal: 577, suffix: 0 }]);
  });
});

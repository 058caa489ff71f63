import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildAliasTable } from '../../../src/domain/regulations/aliasTable';
import { lawAliases } from '../../../src/domain/regulations/lawNames';
import { normalizeText } from '../../../src/domain/regulations/normalize';
import { findArticleReferences } from '../../../src/domain/regulations/references';
import { titlesShortNameFits } from '../../../src/domain/regulations/shortNames';
import {
  buildIndex,
  parseRegulationDocument,
  search,
  suggestAlternatives,
  toIndexable,
} from '../../../src/domain/regulations';

const CIVIL_TORT = '最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释';
const STATE_COMPENSATION = '最高人民法院关于审理国家赔偿案件确定精神损害赔偿责任适用法律若干问题的解释';
const ENFORCEMENT_OBJECTIONS = '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定';
const SUCCESSION = '最高人民法院关于适用《中华人民共和国民法典》继承编的解释（一）';
const FAMILY_1 = '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）';
const FAMILY_2 = '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（二）';
const PERSONAL_INJURY = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
const LABOUR = '中华人民共和国劳动法';
const LABOUR_CONTRACT = '中华人民共和国劳动合同法';
const LABOUR_CONTRACT_REGULATION = '中华人民共和国劳动合同法实施条例';
const ROAD_TRAFFIC = '中华人民共和国道路交通安全法';
const ROAD_TRAFFIC_REGULATION = '中华人民共和国道路交通安全法实施条例';
const DELEGATED_ENFORCEMENT = '最高人民法院关于委托执行若干问题的规定';
const ENFORCEMENT_SETTLEMENT = '最高人民法院关于执行和解若干问题的规定';
const ENFORCEMENT_GUARANTEE = '最高人民法院关于执行担保若干问题的规定';
const CIVIL_PROCEDURE = '中华人民共和国民事诉讼法';
const GUARANTEE = '最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释';
const WAGES = '工资支付暂行规定';
const CONSTRUCTION = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）';
const RURAL_LAND = '中华人民共和国农村土地承包法';
const MARITIME_PROCEDURE = '中华人民共和国海事诉讼特别程序法';
const TELECOM_FRAUD = '中华人民共和国反电信网络诈骗法';
const CENTRAL_BANK = '中华人民共和国中国人民银行法';
const UNFAIR_COMPETITION = '中华人民共和国反不正当竞争法';

/** The 国家赔偿 interpretation comes before the 民事侵权 one, as in the store's order (by title). */
const TITLES = [
  STATE_COMPENSATION,
  CIVIL_TORT,
  ENFORCEMENT_OBJECTIONS,
  SUCCESSION,
  FAMILY_1,
  FAMILY_2,
  PERSONAL_INJURY,
  LABOUR,
  LABOUR_CONTRACT,
  LABOUR_CONTRACT_REGULATION,
  ROAD_TRAFFIC,
  ROAD_TRAFFIC_REGULATION,
  DELEGATED_ENFORCEMENT,
  ENFORCEMENT_SETTLEMENT,
  ENFORCEMENT_GUARANTEE,
  CIVIL_PROCEDURE,
  GUARANTEE,
  WAGES,
  CONSTRUCTION,
  RURAL_LAND,
  MARITIME_PROCEDURE,
  TELECOM_FRAUD,
  CENTRAL_BANK,
];
const table = buildAliasTable(TITLES);

/** What a query citing `query` cites: the title of its first reference and the article's number. */
function cited(query: string, titles: readonly string[] = TITLES, aliases = table) {
  const [ref] = findArticleReferences(normalizeText(query), aliases, { shortNames: true });
  return {
    titles: [...new Set(ref?.lawTargets.map((d) => titles[d]))],
    ordinal: ref?.ordinal,
    unknownLaw: ref?.unknownLaw,
  };
}

describe('a short name that drops characters of a title cites that title', () => {
  it.each([
    ['精神损害赔偿解释第一条', CIVIL_TORT, 1],
    ['精神损害赔偿司法解释第二条', CIVIL_TORT, 2],
    ['执行异议规定第一条', ENFORCEMENT_OBJECTIONS, 1],
    ['人身损害解释第三条', PERSONAL_INJURY, 3],
    ['道交法实施条例第九十条', ROAD_TRAFFIC_REGULATION, 90],
    ['建工解释（一）第二条', CONSTRUCTION, 2],
    ['建工解释一第二条', CONSTRUCTION, 2],
    // A law's: it starts as the law's name does.
    ['海事诉讼法第十条', MARITIME_PROCEDURE, 10],
    ['中华人民共和国海事诉讼法第十条', MARITIME_PROCEDURE, 10],
    ['反电诈法第十条', TELECOM_FRAUD, 10],
  ])('given the title, the name %s cites %s, article %d', (query, title, ordinal) => {
    expect(cited(query)).toEqual({ titles: [title], ordinal, unknownLaw: undefined });
  });

  it('reads the name through words before it and book-title marks around it', () => {
    for (const query of ['依照精神损害赔偿解释第一条', '根据《精神损害赔偿解释》第一条', '精神损害赔偿解释 第一条'])
      expect(cited(query).titles).toEqual([CIVIL_TORT]);
    for (const query of ['依照海事诉讼法第十条', '根据《海事诉讼法》第十条'])
      expect(cited(query).titles).toEqual([MARITIME_PROCEDURE]);
    const [ref] = findArticleReferences('依照精神损害赔偿解释第一条', table, { shortNames: true });
    expect(ref).toMatchObject({ lawAlias: '精神损害赔偿解释', start: 2 });
  });

  it('reads a name through the wording it keeps from the title: 有关担保制度的解释, 婚姻家庭编的解释（一）', () => {
    expect(cited('有关担保制度的解释第十八条').titles).toEqual([GUARANTEE]);
    expect(cited('《婚姻家庭编的解释（一）》第二十九条').titles).toEqual([FAMILY_1]);
    expect(cited('继承编的解释（一）第十条').titles).toEqual([SUCCESSION]);
    expect(cited('执行异议和复议案件规定第二十八条').titles).toEqual([ENFORCEMENT_OBJECTIONS]);
    // …and through the 、 a title lists words with.
    const sales = '最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定';
    const titles = [sales, '最高人民法院关于人民法院网络司法拍卖若干问题的规定'];
    expect(cited('《拍卖、变卖规定》第十二条', titles, buildAliasTable(titles)).titles).toEqual([sales]);
    // Wording alone names nothing.
    expect(cited('有关的规定第五条')).toMatchObject({ titles: [], unknownLaw: '有关的规定' });
  });

  it('leaves out an ordinal only where the title is the only one of its kind: 继承编解释 is （一）', () => {
    expect(cited('继承编解释第一条').titles).toEqual([SUCCESSION]);
    // 婚姻家庭编解释 could be （一） or （二）: the name says neither.
    expect(cited('婚姻家庭编解释第五条')).toEqual({ titles: [], ordinal: 5, unknownLaw: '婚姻家庭编解释' });
    expect(cited('婚姻家庭编解释（二）第五条').titles).toEqual([FAMILY_2]);
  });

  it('a name that fits several titles told apart by their ordinals names none: 公司法规定 is （一） to （三）', () => {
    const titles = [
      ...['一', '二', '三'].map((n) => `最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（${n}）`),
      '最高人民法院关于适用《中华人民共和国公司法》时间效力的若干规定',
      '中华人民共和国公司法',
    ];
    const aliases = buildAliasTable(titles);
    expect(cited('公司法规定第三条', titles, aliases)).toMatchObject({ titles: [], unknownLaw: '公司法规定' });
    expect(cited('公司法规定三第三条', titles, aliases).titles).toEqual([titles[2]]);
    expect(titlesShortNameFits(aliases, '公司法规定').map((d) => titles[d])).toEqual(titles.slice(0, 4));
  });

  it('of two titles it fits as closely, means the one the name covers more of: the 民事侵权 one, not 国家赔偿', () => {
    // Both reduce to sixteen characters (确定民事侵权精神损害赔偿责任解释, 国家赔偿确定精神损害赔偿责任解释), and the
    // 国家赔偿 interpretation comes first in index order: its longer title decides.
    expect(cited('精神损害赔偿解释第一条').titles).toEqual([CIVIL_TORT]);
  });

  it('means the document in force before a repealed one it fits more closely', () => {
    const repealed = '最高人民法院关于审理证券虚假陈述民事赔偿案件的若干规定';
    const inForce = '最高人民法院关于审理证券市场虚假陈述侵权民事赔偿案件的若干规定';
    const titles = [repealed, inForce];
    expect(cited('虚假陈述民事赔偿规定第二条', titles, buildAliasTable(titles, [true, false])).titles).toEqual([
      inForce,
    ]);
    expect(cited('虚假陈述民事赔偿规定第二条', titles, buildAliasTable(titles)).titles).toEqual([repealed]);
  });

  it('cites every version of the title, as its full name does', () => {
    const titles = [CIVIL_TORT, CIVIL_TORT];
    expect(
      findArticleReferences('精神损害赔偿解释第一条', buildAliasTable(titles), { shortNames: true })[0]?.lawTargets,
    ).toEqual([0, 1]);
  });
});

describe('words before 第X条 that name no document cite nothing new', () => {
  it.each([
    ['我想问第三条', undefined],
    ['该规定第五条', '该规定'],
    ['本解释第五条', '本解释'],
    ['有关规定第五条', '有关规定'],
    ['司法解释第五条', '司法解释'],
    ['国务院规定第三条', '国务院规定'],
    // How titles are worded, not what they are about: 暂行规定 is not 工资支付暂行规定.
    ['暂行规定第五条', '暂行规定'],
    // The end of a law's name is another law's (repealed, not in the library): 合同法 is not 劳动合同法, with or
    // without 中华人民共和国, nor 劳动法 the 劳动合同法 of its 实施条例.
    ['合同法第五十二条', '合同法'],
    ['中华人民共和国合同法第五十二条', '中华人民共和国合同法'],
    // …nor are the laws 民法典 repealed, whose names are in others': 婚姻法, 继承法, 物权法, 担保法, 侵权责任法.
    ['婚姻法第三十二条', '婚姻法'],
    ['继承法第十条', '继承法'],
    ['物权法第一百零六条', '物权法'],
    ['担保法第十八条', '担保法'],
    ['侵权责任法第六条', '侵权责任法'],
    ['土地承包法第五条', '土地承包法'],
    ['中华人民共和国土地承包法第五条', '中华人民共和国土地承包法'],
    ['劳动法实施条例第三条', '劳动法实施条例'],
    // A law's first word alone says what it is about, not which law: 中国法 is not 中国人民银行法.
    ['中国法第十条', '中国法'],
    // Too little of the title: 精神损害 is half a word of 精神损害赔偿, and 损害解释 no name of 人身损害赔偿解释.
    ['精神损害解释第一条', '精神损害解释'],
    // Words many titles hold: 委托执行, 执行和解 and 执行担保 are all 执行规定.
    ['执行规定第十条', '执行规定'],
  ])('%s cites no document', (query, unknownLaw) => {
    expect(cited(query)).toMatchObject({ titles: [], unknownLaw });
  });

  it('offers the law whose first word a name is, without citing it', () => {
    expect(titlesShortNameFits(table, '中国法').map((d) => TITLES[d])).toEqual([CENTRAL_BANK]);
  });

  it('offers, without citing them, the laws a name abbreviates by one character per word: 安生法, 水保法', () => {
    const titles = ['中华人民共和国安全生产法', '中华人民共和国水土保持法', '中华人民共和国水污染防治法'];
    const aliases = buildAliasTable(titles);
    expect(cited('安生法第十条', titles, aliases)).toMatchObject({ titles: [], unknownLaw: '安生法' });
    expect(titlesShortNameFits(aliases, '安生法').map((d) => titles[d])).toEqual([titles[0]]);
    expect(titlesShortNameFits(aliases, '水保法').map((d) => titles[d])).toEqual([titles[1]]);
    // …but not the end of a law's name.
    expect(titlesShortNameFits(table, '合同法')).toEqual([]);
  });

  it('is read in queries only: the library’s own texts name what they cite in full', () => {
    expect(findArticleReferences('精神损害赔偿解释第一条', table)[0]?.lawTargets).toEqual([]);
  });
});

describe('a name written around another document’s name', () => {
  const civilEvidence = '最高人民法院关于民事诉讼证据的若干规定';
  const administrativeEvidence = '最高人民法院关于行政诉讼证据若干问题的规定';
  const guaranteeLaw = '最高人民法院关于适用《中华人民共和国担保法》若干问题的解释';
  const education = '中华人民共和国教育法';
  const familyEducation = '中华人民共和国家庭教育促进法';
  const preservation = '最高人民法院关于人民法院办理财产保全案件若干问题的规定';
  const trademarkPreservation = '最高人民法院关于人民法院对注册商标权进行财产保全的解释';
  const titles = [
    civilEvidence,
    administrativeEvidence,
    guaranteeLaw,
    GUARANTEE,
    education,
    familyEducation,
    preservation,
    trademarkPreservation,
  ];
  const aliases = buildAliasTable(titles, [false, false, true, false, false, false, false, false]);
  const citedTitles = (query: string) => cited(query, titles, aliases).titles;

  it('cites the document the whole name fits, not the one its tail names: 行政证据规定 is not 证据规定', () => {
    expect(citedTitles('行政证据规定第十条')).toEqual([administrativeEvidence]);
    expect(citedTitles('民法典担保解释第二十八条')).toEqual([GUARANTEE]);
    expect(citedTitles('家庭教育法第十条')).toEqual([familyEducation]);
  });

  it('keeps the name alone, and after an issuer or a lead word, for its own document', () => {
    expect(citedTitles('证据规定第十条')).toEqual([civilEvidence]);
    expect(citedTitles('民事证据规定第十条')).toEqual([civilEvidence]);
    expect(citedTitles('最高院证据规定第十条')).toEqual([civilEvidence]);
    expect(citedTitles('最高法证据规定第十条')).toEqual([civilEvidence]);
    // 最高院 is every SPC title's: 最高院财产保全司法解释 is no name of the 注册商标权 one it fits.
    expect(citedTitles('最高院财产保全司法解释第十条')).toEqual([preservation]);
    // 担保解释, the repealed 担保法 one's by the rule of X法 → X解释, is also the 担保制度 one's: both, shared.
    expect(citedTitles('担保解释第二十八条')).toEqual([guaranteeLaw, GUARANTEE]);
    expect(citedTitles('教育法第十条')).toEqual([education]);
    expect(citedTitles('依照教育法第十条')).toEqual([education]);
  });
});

/** Words sentences lead into a citation with. */
const LEADS = ['依照', '根据', '按照', '参照', '违反', '适用', '参见'];

/** Every name lawAliases derives, followed by an article number: resolved with short names as without. */
function changedByShortNames(titles: readonly string[], repealed: readonly boolean[] = []): string[] {
  const aliases = buildAliasTable(titles, repealed);
  const changed: string[] = [];
  for (const title of new Set(titles))
    for (const name of lawAliases(title))
      for (const query of [`${name}第一条`, ...LEADS.map((lead) => `${lead}${name}第十二条`)]) {
        const plain = findArticleReferences(query, aliases);
        const read = findArticleReferences(query, aliases, { shortNames: true });
        if (JSON.stringify(read) !== JSON.stringify(plain)) changed.push(query);
      }
  return changed;
}

describe('what resolved before resolves as before', () => {
  const subject = fc.constantFrom(
    '民间借贷',
    '精神损害赔偿',
    '执行异议和复议',
    '人身损害赔偿',
    '建设工程施工合同',
    '彩礼',
  );
  const law = fc.constantFrom('民事诉讼法', '民法典', '公司法', '保险法', '劳动合同法', '海事诉讼特别程序法');
  const title = fc.oneof(
    fc
      .tuple(subject, fc.constantFrom('规定', '解释'))
      .map(([s, kind]) => `最高人民法院关于审理${s}案件适用法律若干问题的${kind}`),
    fc
      .tuple(law, fc.constantFrom('', '（一）', '（二）'))
      .map(([l, ordinal]) => `最高人民法院关于适用《中华人民共和国${l}》若干问题的解释${ordinal}`),
    law.map((l) => `中华人民共和国${l}`),
    law.map((l) => `中华人民共和国${l}实施条例`),
  );

  it('every alias of every title cites what it cited without short names', () => {
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 8 }), fc.array(fc.boolean()), (titles, repealed) => {
        expect(changedByShortNames(titles, repealed)).toEqual([]);
      }),
    );
  });

  const library = path.join(__dirname, '../../../data/laws');
  it('over the whole shipped library, every alias of every title cites what it cited without short names', () => {
    const titles: string[] = [];
    for (const kind of fs.readdirSync(library))
      for (const file of fs.readdirSync(path.join(library, kind))) {
        const head = fs.readFileSync(path.join(library, kind, file), 'utf8').slice(0, 400);
        const found = /^title: (.+)$/m.exec(head)?.[1];
        if (found) titles.push(found.trim());
      }
    expect(titles.length).toBeGreaterThan(1000);
    expect(changedByShortNames(titles.sort())).toEqual([]);
  });
});

describe('a query that cites a law by a short name', () => {
  const law = (title: string, article: string) => {
    const parsed = parseRegulationDocument(
      `---\ntitle: ${title}\ndoc_type: 法律\nversion_date: 2020-01-01\n---\n${article}\n`,
    );
    if (!parsed.ok) throw new Error(parsed.error.reason);
    return toIndexable(parsed.value);
  };
  const index = buildIndex([
    law(MARITIME_PROCEDURE, '第十条 海事法院管辖的条文。'),
    law(LABOUR_CONTRACT, '第十条 建立劳动关系，应当订立书面劳动合同。'),
    law(UNFAIR_COMPETITION, '第十条 经营者进行有奖销售不得存在下列情形。'),
  ]);
  const first = (query: string) => {
    const hit = search(index, query).hits[0];
    return hit && `${hit.documentTitle} ${hit.articleNumber} ${hit.matchedBy}`;
  };

  it('given 海事诉讼法第十条, answers 中华人民共和国海事诉讼特别程序法 第十条', () => {
    expect(first('海事诉讼法第十条')).toBe(`${MARITIME_PROCEDURE} 第十条 reference`);
    expect(first('海事诉讼法第十条 管辖')).toBe(`${MARITIME_PROCEDURE} 第十条 reference`);
  });

  it('given 海诉法第十条, the abbreviation courts write, answers the same article (the table of law short forms)', () => {
    expect(first('海诉法第十条')).toBe(`${MARITIME_PROCEDURE} 第十条 reference`);
  });

  it('given 不正当竞争法第十条, the name without its 反, answers 反不正当竞争法 第十条', () => {
    expect(first('不正当竞争法第十条')).toBe(`${UNFAIR_COMPETITION} 第十条 reference`);
    expect(first('反不正当竞争法第十条')).toBe(`${UNFAIR_COMPETITION} 第十条 reference`);
  });

  it('given 合同法第十条, cites no article of 劳动合同法 and says 合同法 is not in the library', () => {
    expect(search(index, '合同法第十条').hits.filter((h) => h.matchedBy === 'reference')).toEqual([]);
    expect(suggestAlternatives(index, '合同法第十条')).toEqual([{ kind: 'unknown-law', name: '合同法' }]);
  });
});

import {
  citingContext,
  contextScores,
  lawTerms,
  readCitation,
  type ReadingThresholds,
} from '../../../src/domain/regulations/citationMatch';

/** Twelve articles of a 民事诉讼法, in order: enough rivals for a reading (MIN_CANDIDATES). */
const CIVIL_PROCEDURE: ReadonlyArray<readonly [string, string]> = [
  ['第一百一十四条', '诉讼参与人或者其他人有下列行为之一的，人民法院可以根据情节轻重予以罚款、拘留。'],
  ['第一百一十五条', '对个人的罚款金额，为人民币十万元以下。对单位的罚款金额，为人民币五万元以上一百万元以下。'],
  ['第一百一十六条', '拘传、罚款、拘留必须经院长批准。'],
  ['第一百一十七条', '采取对妨害民事诉讼的强制措施必须由人民法院决定。'],
  ['第一百一十八条', '当事人进行民事诉讼，应当按照规定交纳案件受理费。'],
  [
    '第一百一十九条',
    '起诉必须符合下列条件：（一）原告是与本案有直接利害关系的公民、法人和其他组织；（二）有明确的被告；（三）有具体的诉讼请求和事实、理由；（四）属于人民法院受理民事诉讼的范围和受诉人民法院管辖。',
  ],
  ['第一百二十条', '起诉应当向人民法院递交起诉状，并按照被告人数提出副本。书写起诉状确有困难的，可以口头起诉。'],
  ['第一百二十一条', '起诉状应当记明下列事项：原告的姓名、性别、年龄；被告的姓名；诉讼请求和所根据的事实与理由。'],
  ['第一百二十二条', '当事人起诉到人民法院的民事纠纷，适宜调解的，先行调解，但当事人拒绝调解的除外。'],
  ['第一百二十三条', '人民法院应当保障当事人依照法律规定享有的起诉权利。对符合本法第一百一十九条的起诉，必须受理。'],
  [
    '第一百二十四条',
    '人民法院对下列起诉，分别情形，予以处理：（一）依照行政诉讼法的规定，属于行政诉讼受案范围的，告知原告提起行政诉讼。',
  ],
  ['第一百二十五条', '人民法院应当在立案之日起五日内将起诉状副本发送被告，被告应当在收到之日起十五日内提出答辩状。'],
];
const numbers = CIVIL_PROCEDURE.map(([number]) => number);
const at = (number: string) => numbers.indexOf(number);
const terms = lawTerms(CIVIL_PROCEDURE.map(([, text]) => text));

/** The context of the first citation of 民事诉讼法 in `sentence`, as `citationsOf` cuts it (law name included). */
function contextOf(sentence: string, ...cited: string[]): string {
  const sites = cited.map((c) => {
    const start = sentence.indexOf(c);
    return { start, end: start + c.length };
  });
  return citingContext(sentence, sites, sites[0] as { start: number; end: number });
}

const read = (context: string, cited: string, coCited: string[] = [], thresholds?: ReadingThresholds) =>
  readCitation(contextScores(terms, context), at(cited), coCited.map(at), thresholds);

describe('reading an old citation by what the citing sentence says of it', () => {
  const filing = contextOf(
    '原告没有明确的被告或者没有具体的诉讼请求，不符合民事诉讼法第一百一十九条规定的起诉条件的，裁定不予受理。本解释所称证据，另行规定。',
    '民事诉讼法第一百一十九条',
  );

  it('takes the citing sentence only, without the citation, the law’s name, a quoted title or the next sentence', () => {
    expect(filing.replace(/ +/g, ' ')).toBe(
      '原告没有明确的被告或者没有具体的诉讼请求，不符合 规定的起诉条件的，裁定不予受理',
    );
    const theft = contextOf(
      '依照《中华人民共和国刑法》第二百六十四条的规定，以盗窃罪定罪处罚；另有规定的除外。',
      '第二百六十四条',
    );
    expect(theft.replace(/ +/g, ' ')).toBe('依照 的规定，以盗窃罪定罪处罚');
  });

  it('given 民诉解释 citing 民事诉讼法第一百一十九条规定的起诉条件, the held 第一百一十九条 (起诉必须符合下列条件) is the one meant', () => {
    expect(read(filing, '第一百一十九条')).toEqual({ kind: 'same' });
  });

  it('given the same sentence but the number now the 第一百二十二条 (调解), that article is not confirmed', () => {
    expect(read(filing, '第一百二十二条')).toEqual({ kind: 'unclear' });
  });

  it('names the article the words point at only where renumbering readings are switched on (they are not shipped)', () => {
    const withMoved: ReadingThresholds = {
      same: { minScore: 0, ratio: 1.5 },
      moved: { minScore: 0, ratio: 1.5 },
    };
    expect(read(filing, '第一百二十二条', [], withMoved)).toEqual({ kind: 'moved', to: at('第一百一十九条') });
  });

  it('given a sentence saying nothing of the article (依照…的规定处理), cannot tell', () => {
    const bare = contextOf('依照民事诉讼法第一百一十六条的规定处理。', '民事诉讼法第一百一十六条');
    expect(read(bare, '第一百一十六条')).toEqual({ kind: 'unclear' });
  });

  it('does not weigh the other articles the sentence cites as rivals: 起诉状 of 第一百二十条 and 第一百二十一条 are both named', () => {
    const both = contextOf(
      '原告递交的起诉状未记明被告的姓名，或者书写起诉状确有困难的，依照民事诉讼法第一百二十条、第一百二十一条的规定处理。',
      '民事诉讼法第一百二十条',
      '第一百二十一条',
    );
    expect(read(both, '第一百二十条')).toEqual({ kind: 'unclear' });
    expect(read(both, '第一百二十条', ['第一百二十一条'])).toEqual({ kind: 'same' });
  });

  it('needs the cited article to win clearly: a sentence about 罚款 that fits two articles alike cannot tell', () => {
    const fine = contextOf('对单位的罚款，依照民事诉讼法第一百一十五条的规定。', '民事诉讼法第一百一十五条');
    expect(read(fine, '第一百一十五条')).toEqual({ kind: 'same' });
    const either = contextOf('依照民事诉讼法第一百一十五条的规定予以罚款、拘留。', '民事诉讼法第一百一十五条');
    expect(read(either, '第一百一十五条')).toEqual({ kind: 'unclear' });
  });

  it('given a cited version of fewer than ten articles, cannot tell: the cited one would win by a word of chance', () => {
    const small = lawTerms(CIVIL_PROCEDURE.slice(0, 9).map(([, text]) => text));
    expect(readCitation(contextScores(small, filing), at('第一百一十九条'))).toEqual({ kind: 'unclear' });
  });
});

import { buildAliasTable } from '../../../src/domain/regulations/aliasTable';
import { MAX_QUERY_LENGTH, analyzeQuery } from '../../../src/domain/regulations/queryAnalysis';
import { tokenize } from '../../../src/domain/regulations/tokenize';

const aliases = buildAliasTable(['中华人民共和国民事诉讼法']);
/** The alternatives of the vocabulary group for `cue` (the one that also searches the cue itself). */
const alternativesOf = (query: string, cue: string): string[] =>
  analyzeQuery(query, aliases)
    .groups.find((g) => g.source === cue && g.alternatives.some((a) => a.text === cue))
    ?.alternatives.map((a) => a.text) ?? [];
const sources = (query: string): string[] => analyzeQuery(query, aliases).groups.map((g) => g.source);

describe('tokens of Chinese legal text', () => {
  it('are Han unigrams and bigrams, with Latin words and digit runs whole', () => {
    expect(tokenize('审限abc 12').map((t) => t.term)).toEqual(['审', '审限', '限', 'abc', '12']);
  });
});

describe('the legal vocabulary in queries', () => {
  it('searches 审限 also as 审理期限', () => {
    expect(alternativesOf('简易程序 审限', '审限')).toEqual(expect.arrayContaining(['审限', '审理期限']));
  });

  it('turns lay words into statutory ones: 工资 → 劳动报酬, 偷东西 → 盗窃', () => {
    expect(alternativesOf('工资太低', '工资')).toContain('劳动报酬');
    expect(alternativesOf('邻居偷东西', '偷东西')).toContain('盗窃');
  });

  it('strips question words and turns "how long" into time-limit wording', () => {
    expect(sources('哪些案件能不能公告送达')).not.toEqual(expect.arrayContaining(['哪些', '能不能']));
    expect(
      analyzeQuery('诉前保全后多长时间内必须起诉', aliases).groups.some((g) =>
        g.alternatives.some((a) => a.text === '日内'),
      ),
    ).toBe(true);
  });

  it('writes durations as statutes do: 半年 → 六个月, 15天 → 十五日', () => {
    expect(sources('过了半年')).toContain('过了六个月');
    expect(sources('15天内')).toContain('十五日内');
  });

  it('finds a law named in the query', () => {
    expect(analyzeQuery('民诉法 简易程序', aliases).mentionedLaws.map((m) => m.alias)).toEqual(['民诉法']);
  });

  it('reads no law in 法律, 法定, 法人 or 法规 after a name ending in 法', () => {
    const laws = buildAliasTable([
      '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法',
      '中华人民共和国期货和衍生品法',
    ]);
    const mentioned = (query: string) => analyzeQuery(query, laws).mentionedLaws.map((m) => m.alias);
    expect(mentioned('选举法定代表人')).toEqual([]);
    expect(mentioned('期货法律关系')).toEqual([]);
    expect(mentioned('依照选举法规定 选民登记')).toEqual(['选举法']);
    expect(mentioned('期货法 交割')).toEqual(['期货法']);
  });

  it('cuts a very long query at MAX_QUERY_LENGTH', () => {
    const analyzed = analyzeQuery('审限'.repeat(500), aliases);
    expect(analyzed.truncated).toBe(true);
    expect(analyzed.text).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('a citation of a paragraph or item', () => {
  it('cites the article: 第一百二十二条第一款第三项 leaves no words to search for', () => {
    const analyzed = analyzeQuery('民诉法第一百二十二条第一款第三项', aliases);
    expect(analyzed.references.map((r) => r.ordinal)).toEqual([122]);
    expect(analyzed.groups).toEqual([]);
  });

  it('reads the sentence a citation stands in as the citation: 依照…第（三）项之规定, 第一款、第三款', () => {
    for (const query of [
      '依照《中华人民共和国民事诉讼法》第一百二十二条第一款第（三）项之规定',
      '根据民诉法第一百二十二条第一款、第三款的规定',
    ]) {
      const analyzed = analyzeQuery(query, aliases);
      expect([analyzed.references.map((r) => r.ordinal), analyzed.groups]).toEqual([[122], []]);
    }
  });

  it('keeps the words after it: 民诉法第122条第1款 起诉条件', () => {
    expect(sources('民诉法第122条第1款 起诉条件')).toEqual(['起诉条件']);
  });
});

describe('titles marked as typed without a Chinese input method', () => {
  const interpretation = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';
  const table = buildAliasTable(['中华人民共和国民事诉讼法', interpretation]);
  const citedTitles = (query: string): string[] =>
    analyzeQuery(query, table).references.flatMap((r) => r.lawTargets.map((d) => table.titles[d] as string));

  it('reads <> and <<>> as 《》: <最高人民法院关于适用<中华人民共和国民事诉讼法>的解释>第九十条 is the interpretation', () => {
    expect(citedTitles('《最高人民法院关于适用<中华人民共和国民事诉讼法>的解释》第九十条')).toEqual([interpretation]);
    expect(citedTitles('<<最高人民法院关于适用<中华人民共和国民事诉讼法>的解释>>第九十条')).toEqual([interpretation]);
  });

  it('leaves a comparison as written: 标的额>100万', () => {
    expect(analyzeQuery('标的额>100万 <5年', table).text).toBe('标的额>100万 <5年');
  });
});

import { amendingActs, numberingHistory, numberingSince } from '../../../scripts/lawLibrary/numbering';

const ADMINISTRATIVE_LAW = `1989年4月4日 第七届全国人民代表大会第二次会议通过
2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议《关于修改<中华人民共和国行政诉讼法>的决定》第一次修正
2017年6月27日 第十二届全国人民代表大会常务委员会第二十八次会议《关于修改<中华人民共和国民事诉讼法>和<中华人民共和国行政诉讼法>的决定》第二次修正`;

const CRIMINAL_LAW = `1979年7月1日 第五届全国人民代表大会第二次会议通过
1997年3月14日 第八届全国人民代表大会第五次会议修订
2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议通过的《中华人民共和国刑法修正案（九）》
2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国刑法修正案（十）》`;

const acts = amendingActs(
  [
    { name: '刑法修正案（九）', files: ['九'] },
    { name: '刑法修正案（十）', files: ['十'] },
    { name: '最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定', files: ['上海'] },
    {
      name: '最高人民法院关于修改《最高人民法院关于审理甲案件的解释》等二件民事类司法解释的决定',
      files: ['民事类'],
    },
  ],
  (file) =>
    ({
      九: '# 中华人民共和国刑法修正案（九）\n一、在刑法第一百二十条后增加一条，作为第一百二十条之一：“……”',
      十: '# 中华人民共和国刑法修正案（十）\n在刑法第二百九十九条中增加一款作为第二款：“……”',
      上海: [
        '# 最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定',
        '2021年3月1日 最高人民法院审判委员会第1833次会议通过',
        '一、增加一条，作为第二条：“……”',
      ].join('\n'),
      民事类: [
        '# 最高人民法院关于修改《最高人民法院关于审理甲案件的解释》等二件民事类司法解释的决定',
        '一、修改《最高人民法院关于审理甲案件的解释》',
        '1.删去第三条。',
        '2.条文顺序作相应调整。',
        '二、修改《最高人民法院关于审理乙案件的解释》',
        '1.将第二条中的“合同法”修改为“民法典”。',
      ].join('\n'),
    })[file] as string,
);

const since = (preamble: string, title: string, versionDate: string) =>
  numberingSince(numberingHistory(preamble, title, versionDate, acts));

describe('since when a version’s article numbers hold, from its history lines', () => {
  it('given 行政诉讼法 (2017), amended by decisions the snapshot does not hold, its numbering is known from 2017 only', () => {
    expect(since(ADMINISTRATIVE_LAW, '中华人民共和国行政诉讼法', '2017-06-27')).toBe('2017-06-27');
  });

  it('given 刑法 (2017), revised in 1997 and since amended by 修正案 adding 之一 articles and paragraphs, from 1997', () => {
    expect(since(CRIMINAL_LAW, '中华人民共和国刑法', '2017-11-04')).toBe('1997-03-14');
  });

  it('reads a decision amending several interpretations for the item of the one at hand', () => {
    const history =
      '（2015年1月1日最高人民法院审判委员会第1次会议通过，根据2020年12月23日最高人民法院审判委员会第1823次会议通过的' +
      '《最高人民法院关于修改〈最高人民法院关于审理甲案件的解释〉等二件民事类司法解释的决定》修正）';
    // 甲's item deletes an article and renumbers; 乙's only replaces words.
    expect(since(history, '最高人民法院关于审理甲案件的解释', '2020-12-29')).toBe('2020-12-23');
    expect(since(history, '最高人民法院关于审理乙案件的解释', '2020-12-29')).toBe('2015-01-01');
  });

  it('given an interpretation’s second 通过 line naming no act, reads the act of the snapshot adopted that day amending it', () => {
    const history =
      '2018年7月31日 由最高人民法院审判委员会第1746次会议通过\n2021年3月1日 最高人民法院审判委员会第1833次会议通过';
    const title = '最高人民法院关于上海金融法院案件管辖的规定';
    expect(numberingHistory(history, title, '2021-04-21', acts).map((e) => e.event)).toEqual(['enacted', 'renumbered']);
    // Another day's 通过 is an amendment the snapshot does not hold.
    expect(numberingHistory(history.replace('3月1日', '3月2日'), title, '2021-04-21', acts)[1]?.event).toBe('unknown');
  });

  it('given a version whose own making the history lines leave out, from that version', () => {
    expect(since('2001年11月16日 中华人民共和国国务院令第322号公布', '规章制定程序条例', '2017-12-22')).toBe(
      '2017-12-22',
    );
  });

  it('given no dated history line, not known', () => {
    expect(since('', '某某法', '2020-01-01')).toBeNull();
  });
});

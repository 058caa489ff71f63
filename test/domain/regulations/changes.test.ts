import { diffArticles, inferDocType, docTypeRank } from '../../../src/domain/regulations';

const article = (number: string, ordinal: number, text: string, suffix = 0) => ({ number, ordinal, suffix, text });

describe('comparing two versions of a document by article number', () => {
  it('finds the articles a new version amended, added and repealed, in article order', () => {
    const previous = [
      article('第一条', 1, '为了规范审判流程，制定本办法。'),
      article('第二条', 2, '立案后三日内分案。'),
      article('第三条', 3, '庭审应当录音录像。'),
    ];
    const next = [
      article('第一条', 1, '为了规范审判流程，\n制定本办法。'),
      article('第二条', 2, '立案后二日内分案。'),
      article('第二条之一', 2, '简单案件当日分案。', 1),
      article('第四条', 4, '裁判文书应当在宣判后五日内送达。'),
    ];
    expect(diffArticles(previous, next)).toEqual({
      amended: ['第二条'],
      added: ['第二条之一', '第四条'],
      repealed: ['第三条'],
    });
  });

  it('reports nothing when only line breaks and spaces moved', () => {
    expect(diffArticles([article('第一条', 1, '甲 乙\n丙')], [article('第一条', 1, '甲乙丙')])).toEqual({
      amended: [],
      added: [],
      repealed: [],
    });
  });
});

describe('the kind of a document without a doc_type, from its title', () => {
  it.each([
    ['中华人民共和国民事诉讼法', '法律'],
    ['最高人民法院关于适用《中华人民共和国民事诉讼法》的解释', '司法解释'],
    ['人民法院诉讼收费办法条例', '行政法规'],
    ['审判流程管理办法', '本院规定'],
  ])('%s is %s', (title, docType) => expect(inferDocType(title)).toBe(docType));

  it('ranks law above interpretation above regulation above a court rule', () => {
    expect(['本院规定', '行政法规', '法律', '司法解释'].sort((x, y) => docTypeRank(x) - docTypeRank(y))).toEqual([
      '法律',
      '司法解释',
      '行政法规',
      '本院规定',
    ]);
  });
});

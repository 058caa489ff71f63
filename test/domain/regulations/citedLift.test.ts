import { search } from '../../../src/domain/regulations/search';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import { civilCode, FILLER_LAW, indexableLaw, modelWithWeights } from '../../support/regulations';

const CODE =
  civilCode(`第一百七十一条 行为人没有代理权、超越代理权或者代理权终止后，仍然实施代理行为，未经被代理人追认的，对被代理人不发生效力。
第一百七十二条 行为人没有代理权、超越代理权或者代理权终止后，仍然实施代理行为，相对人有理由相信行为人有代理权的，代理行为有效。
第一百七十三条 有下列情形之一的，委托代理终止：（一）代理期限届满或者代理事务完成；（二）被代理人取消委托或者代理人辞去委托。
`);

const INTERPRETATION = indexableLaw(`---
title: 最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释
doc_type: 司法解释
version_date: 2022-02-24
---
第二十八条 同时符合下列条件的，人民法院可以认定为民法典第一百七十二条规定的相对人有理由相信行为人有代理权：（一）存在代理权的外观；（二）相对人不知道行为人行为时没有代理权，且无过失。因是否构成表见代理发生争议的，相对人应当就无权代理符合前款第一项规定的条件承担举证责任。
第二十九条 无权代理人依照民法典第一百七十一条、第一百七十三条的规定承担责任的，人民法院依法予以支持。
`);

const model = (citedLiftWeight: number) => modelWithWeights({ citedLiftWeight });
const hits = (weight: number, query: string): string[] =>
  search(buildIndex([CODE, INTERPRETATION, FILLER_LAW], model(weight)), query).hits.map(
    (h) => `${h.documentTitle.startsWith('最高') ? '总则编解释' : '民法典'}${h.articleNumber}`,
  );

describe('an article of a law cited by the interpretation that answers the query', () => {
  it('表见代理: 民法典第一百七十二条, which never says it, joins the interpretation article that does', () => {
    expect(hits(0, '表见代理')).not.toContain('民法典第一百七十二条');
    expect(hits(1, '表见代理').slice(0, 2)).toEqual(['民法典第一百七十二条', '总则编解释第二十八条']);
  });

  it('says which article led to one the words of the query missed', () => {
    const [first] = search(buildIndex([CODE, INTERPRETATION, FILLER_LAW], model(1)), '表见代理').hits;
    expect(first).toMatchObject({
      articleNumber: '第一百七十二条',
      matchedBy: 'citation',
      citedIn: { documentTitle: INTERPRETATION.title, articleNumber: '第二十八条' },
    });
  });

  it('counts it in the total of articles found', () => {
    const result = search(buildIndex([CODE, INTERPRETATION, FILLER_LAW], model(1)), '表见代理');
    expect(result.hits.map((h) => h.articleNumber)).toEqual(['第一百七十二条', '第二十八条']);
    expect(result.total).toBe(2);
  });

  it('does not list again an article the query cites: 民法典第一百七十二条 表见代理', () => {
    const found = search(
      buildIndex([CODE, INTERPRETATION, FILLER_LAW], model(1)),
      '民法典第一百七十二条 表见代理',
    ).hits;
    expect(found.filter((h) => h.articleNumber === '第一百七十二条').map((h) => h.matchedBy)).toEqual(['reference']);
  });

  it('an interpretation article citing two articles lends each half of its score: they follow it', () => {
    expect(hits(1, '无权代理人承担责任').slice(0, 3)).toEqual([
      '总则编解释第二十九条',
      '民法典第一百七十一条',
      '民法典第一百七十三条',
    ]);
  });
});

describe('an article of a law cited by the law article that answers the query', () => {
  const TORTS = civilCode(`第一千一百六十五条 行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任；但是，能够证明损害是因被侵权人故意或者重大过失造成的，可以不承担或者减轻责任。
第一千二百五十条 因第三人的过错致使动物造成他人损害的，被侵权人可以向动物饲养人或者管理人请求赔偿，也可以向第三人请求赔偿。动物饲养人或者管理人赔偿后，有权向第三人追偿。
第一千二百五十一条 饲养动物应当遵守法律法规，尊重社会公德，不得妨碍他人生活。被饲养动物伤害的，依照本法第一千二百四十五条的规定处理。
`);
  const lawModel = (lawLiftWeight: number) => modelWithWeights({ lawLiftWeight });
  const order = (weight: number): string[] =>
    search(buildIndex([TORTS, FILLER_LAW], lawModel(weight)), '被饲养动物伤害').hits.map((h) => h.articleNumber);

  it('lends a share of its score: 第一千二百四十五条, referred to by 第一千二百五十一条, comes second', () => {
    expect(order(0)[0]).toBe('第一千二百五十一条');
    expect(order(0).indexOf('第一千二百四十五条')).toBeGreaterThan(1);
    expect(order(0.5).slice(0, 2)).toEqual(['第一千二百五十一条', '第一千二百四十五条']);
  });
});

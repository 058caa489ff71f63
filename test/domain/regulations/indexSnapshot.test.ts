import {
  decodeSectionsSteps,
  decodeTextIndex,
  encodeTextIndex,
  SnapshotAssembler,
} from '../../../src/domain/regulations/indexSnapshot';
import { runSteps } from '../../../src/domain/regulations/steps';
import { getArticle, search } from '../../../src/domain/regulations/search';
import { buildIndex, buildTextIndex, completeIndex } from '../../../src/domain/regulations/searchIndex';
import { civilCode, indexableLaw } from '../../support/regulations';

const CIVIL_PROCEDURE = indexableLaw(`---
title: 中华人民共和国民事诉讼法
doc_type: 法律
version_date: 2023-09-01
---
## 第二编 审判程序
### 第十三章 简易程序
第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。有特殊情况需要延长的，经本院院长批准，可以延长一个月。
第一百六十五条 基层人民法院和它派出的法庭审理事实清楚、权利义务关系明确、争议不大的简单金钱给付民事案件，标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的，适用小额诉讼的程序审理，实行一审终审。
## 第三编 执行程序
第二百四十七条 发生法律效力的民事判决、裁定，当事人必须履行。一方拒绝履行的，对方当事人可以向人民法院申请执行。
第二百四十八条 执行过程中，有下列情形之一的，人民法院应当裁定中止执行：
（一）申请人表示可以延期执行的；
（二）案外人对执行标的提出确有理由的异议的。
`);

const CIVIL_CODE = civilCode(`## 第七编 侵权责任
### 第九章 饲养动物损害责任
第一千二百四十五条 饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。ABC 123
`);

const documents = [CIVIL_PROCEDURE, CIVIL_CODE, { ...CIVIL_PROCEDURE, versionDate: '2017-06-27', current: false }];
const QUERIES = [
  '简易程序 审限',
  '狗咬人 谁负责',
  '判决生效了对方不给钱',
  '民诉法第一百六十四条',
  '民诉法(2017)第二百四十八条',
  'abc',
];

function snapshotBytes(key: string): Uint8Array {
  const chunks = encodeTextIndex(buildTextIndex(documents), key);
  const bytes = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

describe('the rules index snapshot a restart loads instead of building', () => {
  const built = buildIndex(documents);

  it('answers every query exactly as the index it was taken from', () => {
    const text = decodeTextIndex(snapshotBytes('3:3:abc'), '3:3:abc');
    expect(text).toBeDefined();
    const loaded = completeIndex(text!);
    for (const query of QUERIES)
      expect(search(loaded, query, { limit: 10 })).toEqual(search(built, query, { limit: 10 }));
    expect(getArticle(loaded, '中华人民共和国民事诉讼法', '第二百四十八条', '2017-06-27')).toEqual(
      getArticle(built, '中华人民共和国民事诉讼法', '第二百四十八条', '2017-06-27'),
    );
  });

  it('is refused for other stored texts than those it was built from, so the caller builds anew', () => {
    expect(decodeTextIndex(snapshotBytes('3:3:abc'), '4:4:def')).toBeUndefined();
  });

  it('is refused when the file was cut short or is not a snapshot at all', () => {
    const bytes = snapshotBytes('3:3:abc');
    expect(decodeTextIndex(bytes.subarray(0, bytes.byteLength - 100), '3:3:abc')).toBeUndefined();
    expect(decodeTextIndex(bytes.subarray(0, 6), '3:3:abc')).toBeUndefined();
    expect(decodeTextIndex(new TextEncoder().encode('第一条 这不是索引'), '3:3:abc')).toBeUndefined();
  });

  it('holds an empty library', () => {
    const chunks = encodeTextIndex(buildTextIndex([]), '0:0:');
    const bytes = Buffer.concat(chunks);
    const text = decodeTextIndex(bytes, '0:0:');
    expect(search(completeIndex(text!), '审限').hits).toEqual([]);
  });

  /** The snapshot given to an assembler in pieces of `size` bytes, as a stream unpacks it. */
  function assembled(bytes: Uint8Array, key: string, size: number) {
    const assembler = new SnapshotAssembler(key);
    for (let at = 0; at < bytes.byteLength; at += size) assembler.push(bytes.slice(at, at + size));
    return assembler.finish();
  }

  it('is read the same when it comes in pieces, its sections each in a buffer of its own, and written back whole', () => {
    const bytes = snapshotBytes('3:3:abc');
    for (const size of [1, 7, 64, 4096, bytes.byteLength]) {
      const snapshot = assembled(bytes, '3:3:abc', size);
      expect(snapshot).toBeDefined();
      const loaded = completeIndex(runSteps(decodeSectionsSteps(snapshot!.layout, snapshot!.section))!);
      expect(loaded.articles).toEqual(built.articles);
      for (const query of QUERIES)
        expect(search(loaded, query, { limit: 10 })).toEqual(search(built, query, { limit: 10 }));
      expect(snapshot!.layout.sections.every(({ name }) => snapshot!.section(name).byteOffset === 0)).toBe(true);
      expect(Buffer.concat(snapshot!.chunks).equals(Buffer.from(bytes))).toBe(true);
    }
    const empty = Buffer.concat(encodeTextIndex(buildTextIndex([]), '0:0:'));
    expect(Buffer.concat(assembled(empty, '0:0:', 5)!.chunks).equals(empty)).toBe(true);
  });

  it('in pieces too, is refused for other texts, when cut short, or when it is not a snapshot', () => {
    const bytes = snapshotBytes('3:3:abc');
    expect(assembled(bytes, '4:4:def', 100)).toBeUndefined();
    expect(assembled(bytes.subarray(0, bytes.byteLength - 100), '3:3:abc', 100)).toBeUndefined();
    expect(assembled(new TextEncoder().encode('第一条 这不是索引'.repeat(10)), '3:3:abc', 3)).toBeUndefined();
  });
});

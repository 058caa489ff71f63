import { parseRegulationDocument } from '../../../src/domain/regulations';
import type { LibraryDocument } from '../../../scripts/lawLibrary/library';
import {
  applyDeclaredRepeals,
  readEntry,
  renderDocument,
  resolveVersions,
  roundTrips,
  tidyTitle,
} from '../../../scripts/lawLibrary/library';
import { repairSource } from '../../../scripts/lawLibrary/repair';
import type { SnapshotEntry } from '../../../scripts/lawLibrary/snapshot';

const entry = (over: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
  id: 'x',
  level: '法律',
  name: '民事诉讼法',
  publish: '2023-09-01',
  validFrom: '2024-01-01',
  expired: false,
  folder: '诉讼与非诉讼程序法',
  files: ['诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md'],
  ...over,
});

const LAW = `# 中华人民共和国民事诉讼法

2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议第五次修正

<!-- INFO END -->

## 第十三章 简易程序

第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。

第一百六十五\u200b 条基层人民法院审理简单金钱给付民事案件，可以适用小额诉讼的程序审理。
`;

function read(text: string, over: Partial<SnapshotEntry> = {}): LibraryDocument {
  const doc = readEntry(entry(over), [{ file: 'f.md', text }]);
  if (!('parsed' in doc)) throw new Error(doc.reason);
  return doc;
}

describe('repairing the snapshot’s text', () => {
  it('removes zero-width characters and mends an article marker broken by a space', () => {
    const { text, repairs } = repairSource(LAW, '中华人民共和国民事诉讼法');
    expect(text).toContain('第一百六十五条 基层人民法院');
    expect(repairs).toEqual(['removed 1 zero-width characters', 'fixed 1 broken article markers (第X 条 → 第X条)']);
  });

  it('reads 1. 2. numbering as articles under their 一、 headings', () => {
    const { text } = repairSource(
      '# 规定\n\n## 一、执行机构\n\n1.人民法院设立执行机构。\n\n2.执行机构负责执行。\n',
      '规定',
    );
    const parsed = parseRegulationDocument(text);
    if (!parsed.ok) throw new Error(parsed.error.reason);
    expect(parsed.value.articles.map((a) => [a.number, a.chapterPath.join('/'), a.text])).toEqual([
      ['第一条', '一、执行机构', '人民法院设立执行机构。'],
      ['第二条', '一、执行机构', '执行机构负责执行。'],
    ]);
  });

  it('reads a 批复 numbered 一、二、 as articles', () => {
    const { text } = repairSource(
      '# 批复\n\n广东省高级人民法院：\n\n一、关于适用范围问题。\n\n二、本批复自公布之日起施行。\n',
      '批复',
    );
    const parsed = parseRegulationDocument(text);
    if (!parsed.ok) throw new Error(parsed.error.reason);
    expect(parsed.value.articles.map((a) => a.number)).toEqual(['第一条', '第二条']);
  });

  it('drops lines that repeat the title in pieces', () => {
    const { text } = repairSource(
      '# 最高人民法院关于适用《民法典》的解释\n\n最高人民法院\n\n关于适用《民法典》的\n\n解释\n\n第一条 甲。\n',
      '最高人民法院关于适用《民法典》的解释',
    );
    const parsed = parseRegulationDocument(text);
    expect(parsed.ok && parsed.value.preamble).toBe('');
  });

  it('writes joint issuers with 、 and drops stray spaces in titles', () => {
    expect(tidyTitle('最高人民法院 最高人民检察院关于办理案件的解释')).toBe(
      '最高人民法院、最高人民检察院关于办理案件的解释',
    );
    expect(tidyTitle('关于执行《刑法》 确定罪名的补充规定')).toBe('关于执行《刑法》确定罪名的补充规定');
  });
});

describe('reading a snapshot entry', () => {
  it('takes the full title from the file, the dates from the index, and renders a file that reads back the same', () => {
    const doc = read(LAW);
    expect(doc).toMatchObject({
      title: '中华人民共和国民事诉讼法',
      versionDate: '2023-09-01',
      effectiveDate: '2024-01-01',
    });
    const rendered = renderDocument(doc, 'LawRefBook/Laws@test');
    expect(rendered).toContain('status: 现行有效');
    expect(roundTrips(doc, rendered)).toBeUndefined();
  });

  it('dates a version by its history when a 修正案 amended it after the index’s date', () => {
    const amended = LAW.replace('2023年9月1日', '2023年12月29日');
    expect(read(amended).versionDate).toBe('2023-12-29');
  });

  it('leaves out amending acts and texts without articles, saying why', () => {
    expect(readEntry(entry({ name: '刑法修正案（十二）' }), [{ file: 'f.md', text: LAW }])).toMatchObject({
      reason: expect.stringContaining('amending act'),
    });
    expect(readEntry(entry(), [{ file: 'f.md', text: '# 通知\n\n请遵照执行。\n' }])).toMatchObject({
      reason: expect.stringContaining('no articles'),
    });
  });
});

describe('versions of one document', () => {
  it('folds copies of one text, and marks the newest in force and the older amended', () => {
    const v2021 = read(LAW.replace('2023年9月1日', '2021年12月24日').replace('三个月内', '六个月内'), {
      publish: '2021-12-24',
    });
    const v2023 = read(LAW);
    const copy = read(LAW, { publish: '2023-09-02' });
    const { kept, folded } = resolveVersions([v2023, copy, v2021]);
    expect(kept.map((d) => [d.versionDate, d.status])).toEqual([
      ['2021-12-24', '已修改'],
      ['2023-09-01', '现行有效'],
    ]);
    expect(folded).toHaveLength(1);
  });

  it('marks every version repealed when the newest has expired', () => {
    const { kept } = resolveVersions([
      read(LAW, { expired: true }),
      read(LAW.replace('2023年9月1日', '2012年8月31日').replace('三个月', '六个月'), { publish: '2012-08-31' }),
    ]);
    expect(kept.map((d) => d.status)).toEqual(['已废止', '已废止']);
  });

  it('marks repealed an older document that a later one in force declares 同时废止', () => {
    const old = read(
      LAW.replace('中华人民共和国民事诉讼法', '中华人民共和国旧程序法').replace('2023年9月1日', '2012年8月31日'),
      {
        publish: '2012-08-31',
      },
    );
    const repealing = read(
      `# 中华人民共和国新程序法

<!-- INFO END -->

第一条 本法自2024年1月1日起施行。《中华人民共和国旧程序法》同时废止。
`,
      { publish: '2023-09-01' },
    );
    // A newer document of the named title is not the one the older text meant.
    const newer = read(LAW.replace('中华人民共和国民事诉讼法', '中华人民共和国同名法'), { publish: '2024-06-01' });
    const namingNewer = read(
      `# 中华人民共和国另一法

<!-- INFO END -->

第一条 本法自公布之日起施行。《中华人民共和国同名法》同时废止。
`,
      { publish: '2014-11-01' },
    );
    const marked = applyDeclaredRepeals([[old], [repealing], [newer], [namingNewer]]);
    expect(marked).toEqual([['中华人民共和国旧程序法', '中华人民共和国新程序法']]);
    expect([old, repealing, newer, namingNewer].map((d) => d.status)).toEqual([
      '已废止',
      '现行有效',
      '现行有效',
      '现行有效',
    ]);
  });
});

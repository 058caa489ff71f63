import { parseRegulationDocument } from '../../../src/domain/regulations/parser';
import { chapterLabel } from '../../../src/domain/regulations/types';

const LAW = `---
title: 中华人民共和国示例诉讼法
doc_type: 法律
version_date: 2023-09-01
effective_date: 2024-01-01
category: 诉讼程序
---

# 中华人民共和国示例诉讼法

2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议通过

## 第一编 总 则

### 第一章 任务和基本原则

第一条 为了规范示例诉讼，制定本法。

第二条 人民法院审理案件，应当遵守下列规定：

（一）以事实为根据；

（二）以法律为准绳。

第五十九条第三款规定的案件，不在此限。

## 第二编 审判程序

### 第十三章 简易程序

#### 第一节 一般规定

第一百六十四条 人民法院适用简易程序审理案件，应当在立案之日起三个月内审结。

第一百六十四条之一 小额诉讼案件，应当在立案之日起两个月内审结。

## 附则

第二百条 本法自公布之日起施行。
`;

describe('parsing a law written in Markdown', () => {
  const result = parseRegulationDocument(LAW);
  if (!result.ok) throw new Error(result.error.reason);
  const { document, articles, preamble } = result.value;

  it('reads the front matter into the document', () => {
    expect(document).toMatchObject({
      title: '中华人民共和国示例诉讼法',
      docType: '法律',
      versionDate: '2023-09-01',
      effectiveDate: '2024-01-01',
    });
    expect(document.extra).toEqual({ category: '诉讼程序' });
    expect(preamble).toContain('通过');
  });

  it('finds every article, including 之一 articles, with number exactly as written', () => {
    expect(articles.map((a) => a.number)).toEqual([
      '第一条',
      '第二条',
      '第一百六十四条',
      '第一百六十四条之一',
      '第二百条',
    ]);
    expect(articles[3]).toMatchObject({ ordinal: 164, suffix: 1 });
  });

  it('keeps following lines in the article, including a line that starts with a citation', () => {
    expect(articles[1]?.text).toBe(
      '人民法院审理案件，应当遵守下列规定：\n（一）以事实为根据；\n（二）以法律为准绳。\n第五十九条第三款规定的案件，不在此限。',
    );
  });

  it('reads the chapter path from heading words, not their depth', () => {
    expect(articles[0]?.chapterPath).toEqual(['第一编 总则', '第一章 任务和基本原则']);
    expect(chapterLabel(articles[2]?.chapterPath ?? [])).toBe('第二编 审判程序 / 第十三章 简易程序 / 第一节 一般规定');
    // 附则 carries no level word; at the depth of 编 headings it replaces the whole path.
    expect(articles[4]?.chapterPath).toEqual(['附则']);
  });
});

describe('parsing plain text', () => {
  it('takes the first line as the title and reads unmarked 章 headings', () => {
    const result = parseRegulationDocument(
      '某某法院审判流程管理办法\n\n第一章 总则\n\n第一条　为规范审判流程，制定本办法。\n第二章 立案\n第二条　立案庭负责登记立案。',
    );
    expect(result.ok && result.value.document.title).toBe('某某法院审判流程管理办法');
    expect(result.ok && result.value.articles.map((a) => [a.number, a.chapterPath[0]])).toEqual([
      ['第一条', '第一章 总则'],
      ['第二条', '第二章 立案'],
    ]);
  });

  it('uses the fallback title and default type when the text names neither', () => {
    const result = parseRegulationDocument('第一条 本规定自发布之日起施行。', {
      fallbackTitle: '院规',
      defaultDocType: '本院规定',
    });
    expect(result.ok && result.value.document).toMatchObject({ title: '院规', docType: '本院规定', versionDate: null });
  });
});

describe('rejecting files that are not rules', () => {
  it('says why when there is no article', () => {
    const result = parseRegulationDocument('---\ntitle: 会议纪要\n---\n\n会议讨论了审限问题。');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'no-articles' }) });
  });

  it('says why when the front matter is broken', () => {
    const result = parseRegulationDocument('---\ntitle: [unclosed\n---\n第一条 内容');
    expect(!result.ok && result.error.kind).toBe('invalid-front-matter');
  });
});

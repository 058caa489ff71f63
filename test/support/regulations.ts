import { parseRegulationDocument } from '../../src/domain/regulations/parser';
import { toIndexable, type IndexableDocument } from '../../src/domain/regulations/searchIndex';
import type { RankingWeights, SearchModel } from '../../src/domain/regulations/searchModel';

/** A document for the index from its Markdown text; a text that does not parse fails the test at once. */
export function indexableLaw(text: string, current = true): IndexableDocument {
  const parsed = parseRegulationDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return toIndexable(parsed.value, current);
}

/** Sixty articles of other words, so that the words of a test's laws are rare in the library, as in the shipped one. */
export const FILLER_LAW = indexableLaw(`---
title: 某某法
doc_type: 法律
version_date: 2020-01-01
---
${Array.from({ length: 60 }, (_, i) => `第${'一二三四五六七八九十'[i % 10]}${i >= 10 ? '十' : ''}条 本法所称事项${i}应当依照规定办理。`).join('\n')}
`);

export const CIVIL_CODE_TITLE = '中华人民共和国民法典';

/** The 民法典 (2020) as a test document holding only `body`: the chapters and articles a test needs, in Markdown. */
export function civilCode(body: string): IndexableDocument {
  return indexableLaw(`---\ntitle: ${CIVIL_CODE_TITLE}\ndoc_type: 法律\nversion_date: 2020-05-28\n---\n${body}`);
}

/** A search model with these weights (the rest at their defaults) and no learned fields. */
export function modelWithWeights(weights: Partial<RankingWeights>): SearchModel {
  return { version: 1, provenance: {}, weights, asked: { questions: [], facts: [] } };
}

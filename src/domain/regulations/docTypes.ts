import type { DocType } from './types';

/** The kind a court gives its own rules (审判流程管理办法, 繁简分流操作规程 …). */
const COURT_RULE_DOC_TYPE: DocType = '本院规定';

const DOC_TYPE_RANK: Readonly<Record<string, number>> = { 法律: 0, 司法解释: 1, 行政法规: 2 };

/** The hierarchy of norms: law, then judicial interpretation, then administrative regulation, then any court's own rule. */
export function docTypeRank(docType: DocType): number {
  return DOC_TYPE_RANK[docType] ?? 3;
}

/**
 * The kind of a document that does not say, read from its title the way the titles are formed: interpretations
 * and rules of the Supreme People's Court open with 最高人民法院, State Council regulations end in 条例, national
 * laws open with 中华人民共和国. Anything else imported into a court's Docket is taken as that court's own rule.
 */
export function inferDocType(title: string): DocType {
  const name = title.trim();
  if (/^最高人民(法院|检察院)/.test(name)) return '司法解释';
  if (/条例$/.test(name)) return '行政法规';
  if (/^中华人民共和国/.test(name)) return '法律';
  return COURT_RULE_DOC_TYPE;
}

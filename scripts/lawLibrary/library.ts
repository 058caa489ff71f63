import { createHash } from 'node:crypto';
import { stringify as toYaml } from 'yaml';
import { parseRegulationDocument } from '../../src/domain/regulations/parser';
import { chineseToNumber, numberToChinese } from '../../src/domain/regulations/numerals';
import { frontMatterDate } from '../../src/domain/regulations/frontMatter';
import { historyDates } from '../../src/domain/regulations/history';
import { normalizeText } from '../../src/domain/regulations/normalize';
import type { ParsedRegulationDocument, RegulationArticle } from '../../src/domain/regulations/types';
import { repairSource } from './repair';
import type { SnapshotEntry } from './snapshot';

/** Validity as the 国家法律法规数据库 words it, the words the answers show. */
export type Validity = '现行有效' | '已修改' | '已废止';

export interface LibraryDocument {
  readonly title: string;
  readonly docType: string;
  readonly versionDate: string;
  readonly effectiveDate: string | null;
  status: Validity;
  readonly sourcePaths: readonly string[];
  readonly parsed: ParsedRegulationDocument;
  readonly repairs: readonly string[];
  /** Things a reviewer should know (numbering gaps, a renamed title) that did not stop the document. */
  readonly warnings: string[];
  /** The snapshot's group name: versions of one document share it. */
  readonly group: string;
  readonly expired: boolean;
}

export interface Exclusion {
  readonly source: string;
  readonly reason: string;
}

const DOC_TYPE_BY_LEVEL: Readonly<Record<string, string>> = {
  法律: '法律',
  宪法: '法律',
  司法解释: '司法解释',
  行政法规: '行政法规',
};

/**
 * Amending acts (刑法修正案（十一）, 关于修改《…》的决定) restate changes whose result is already the text of the
 * amended document in the snapshot; shipped beside it they would answer queries with edit instructions.
 */
export const AMENDING_ACT = /修正案|关于修改.*的决定$|修改.*等.*件.*的决定$/;

/** 2014, 11, 1 → 2014-11-01; null for a day the calendar does not have. */
export function isoDate(year: string, month: string, day: string): string | null {
  return frontMatterDate(`${year}-${month}-${day}`);
}

/** A document split into files (民法典's 编): one text, each part a `##` 编 heading in article order. */
function mergeParts(parts: ReadonlyArray<{ file: string; text: string }>): string {
  const read = parts.map(({ text }) => {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const headings = lines.filter((line) => /^#\s/.test(line)).map((line) => line.replace(/^#\s+/, '').trim());
    const infoEnd = lines.findIndex((line) => line.includes('<!-- INFO END -->'));
    const header = lines.slice(0, Math.max(infoEnd, 0)).filter((line) => !/^#\s/.test(line));
    const body = lines.slice(infoEnd + 1);
    const firstArticle = /第([〇零一二三四五六七八九十百千]+)条/.exec(body.join('\n'))?.[0] ?? '';
    return { title: headings[0] ?? '', part: headings[1] ?? '', header, body, firstArticle };
  });
  const order = (s: string) => (s ? (parseArticleOrdinal(s) ?? Infinity) : Infinity);
  read.sort((x, y) => order(x.firstArticle) - order(y.firstArticle));
  const out = [`# ${read[0]?.title ?? ''}`, '', ...(read[0]?.header ?? [])];
  read.forEach((part, i) => {
    const name = part.part.replace(/编$/, '');
    const heading = name === '附则' ? '附则' : `第${numberToChinese(i + 1)}编 ${name}`;
    // The parts' own headings move one level down under their 编.
    out.push('', `## ${heading}`, '', ...part.body.map((line) => line.replace(/^(#{2,5})\s/, '#$1 ')));
  });
  return out.join('\n');
}

function parseArticleOrdinal(marker: string): number | undefined {
  const numeral = /第([〇零一二三四五六七八九十百千]+)条/.exec(marker)?.[1];
  return numeral ? chineseToNumber(numeral) : undefined;
}

function numberingWarnings(articles: readonly RegulationArticle[]): { fatal: string | undefined; warnings: string[] } {
  const seen = new Set<string>();
  const warnings: string[] = [];
  let expected = 1;
  for (const article of articles) {
    const key = `${article.ordinal}:${article.suffix}`;
    if (seen.has(key)) return { fatal: `article ${article.number} appears twice`, warnings };
    seen.add(key);
    if (article.suffix === 0) {
      if (article.ordinal !== expected) warnings.push(`numbering jumps from ${expected - 1} to ${article.ordinal}`);
      expected = article.ordinal + 1;
    }
    if (!article.text.trim()) warnings.push(`${article.number} has no text`);
  }
  return { fatal: undefined, warnings };
}

/**
 * Titles as people cite them: joint issuers written with a space (最高人民法院 最高人民检察院关于…) get the 、
 * the snapshot's other joint titles use, and stray spaces (执行《刑法》 确定罪名) go.
 */
export function tidyTitle(title: string): string {
  return title
    .trim()
    .replace(/(?<=[院部会局署委])\s+(?=最高|国务院|国家|公安部|司法部|中华|中国)/g, '、')
    .replace(/\s+/g, '');
}

/** Reads one snapshot entry into a document version, or says why it cannot be shipped. */
export function readEntry(
  entry: SnapshotEntry,
  texts: ReadonlyArray<{ file: string; text: string }>,
): LibraryDocument | Exclusion {
  const source = entry.files.join(' ; ');
  const docType = DOC_TYPE_BY_LEVEL[entry.level];
  if (!docType) return { source, reason: `level ${entry.level} is not shipped` };
  if (AMENDING_ACT.test(entry.name))
    return { source, reason: 'an amending act: its changes are part of the amended document’s text' };
  const raw = texts.length > 1 ? mergeParts(texts) : (texts[0]?.text ?? '');
  const headingTitle = /^#\s+(.+)$/m.exec(raw)?.[1]?.trim() ?? entry.name;
  const title = tidyTitle(headingTitle);
  const repaired = repairSource(raw.replace(/^#\s+.+$/m, `# ${title}`), title);
  const parsed = parseRegulationDocument(repaired.text, { fallbackTitle: entry.name, defaultDocType: docType });
  if (!parsed.ok) return { source, reason: parsed.error.reason };
  const { fatal, warnings } = numberingWarnings(parsed.value.articles);
  if (fatal) return { source, reason: fatal };
  const history = historyDates(parsed.value.preamble);
  // A law amended by 修正案 after the index's date (刑法 by 修正案（十二）) says so in its history lines.
  const versionDate =
    entry.publish && history.version
      ? entry.publish > history.version
        ? entry.publish
        : history.version
      : (entry.publish ?? history.version);
  if (!versionDate) return { source, reason: 'no version date: neither the index nor the history lines give one' };
  if (AMENDING_ACT.test(parsed.value.document.title))
    return { source, reason: 'an amending act: its changes are part of the amended document’s text' };
  return {
    title: parsed.value.document.title,
    docType,
    versionDate,
    effectiveDate: entry.validFrom ?? history.effective,
    status: '现行有效',
    sourcePaths: entry.files,
    parsed: parsed.value,
    repairs: repaired.repairs,
    warnings,
    group: entry.name,
    expired: entry.expired,
  };
}

const articleFingerprint = (doc: LibraryDocument): string =>
  createHash('sha256')
    .update(
      doc.parsed.articles.map((a) => `${a.number}\u0000${normalizeText(a.text).replace(/\s+/g, '')}`).join('\u0001'),
    )
    .digest('hex');

/** Of two copies, the one whose articles sit under more headings, then the one in official typography (（一）). */
const copyQuality = (doc: LibraryDocument): number =>
  doc.parsed.articles.filter((a) => a.chapterPath.length > 0).length * 1e6 +
  doc.parsed.articles.reduce((sum, a) => sum + (a.text.match(/（/g)?.length ?? 0), 0);

/**
 * Versions of one document, oldest first, with copies of the same text folded into one (the snapshot holds 民诉解释
 * 2022 twice, dated a day apart): the earlier date, the copy whose articles sit under more headings. Then
 * validity: the newest version is in force unless the index marks it expired, when every version is repealed;
 * older versions are amended (已修改).
 */
export function resolveVersions(versions: readonly LibraryDocument[]): {
  kept: LibraryDocument[];
  folded: Exclusion[];
} {
  const byDate = [...versions].sort((x, y) =>
    x.versionDate < y.versionDate ? -1 : x.versionDate > y.versionDate ? 1 : 0,
  );
  const kept: LibraryDocument[] = [];
  const folded: Exclusion[] = [];
  for (const version of byDate) {
    const twin = kept.find(
      (k) => k.versionDate === version.versionDate || articleFingerprint(k) === articleFingerprint(version),
    );
    if (!twin) {
      kept.push(version);
      continue;
    }
    const better = copyQuality(version) > copyQuality(twin) ? version : twin;
    const keep: LibraryDocument = {
      ...better,
      versionDate: twin.versionDate < version.versionDate ? twin.versionDate : version.versionDate,
    };
    kept[kept.indexOf(twin)] = keep;
    const dropped = better === version ? twin : version;
    folded.push({
      source: dropped.sourcePaths.join(' ; '),
      reason: `a copy of ${keep.sourcePaths.join(' ; ')} (${keep.versionDate}); that copy is shipped`,
    });
  }
  const newest = kept[kept.length - 1];
  const title = newest?.title;
  for (const version of kept) {
    if (title && version.title !== title) version.warnings.push(`its own title was ${version.title}`);
    version.status = newest?.expired ? '已废止' : version === newest ? '现行有效' : '已修改';
  }
  return {
    kept: kept.map((version) => (title && version.title !== title ? retitle(version, title) : version)),
    folded,
  };
}

/** Full-width and half-width brackets alike: texts cite titles in either. */
const titleKey = (title: string): string => title.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');

/**
 * A document in force whose text says another is repealed (本解释自…起施行。《最高人民法院关于审理拒不执行判决、
 * 裁定刑事案件适用法律若干问题的解释》同时废止) repeals it, though the snapshot's index may still list it as in force.
 * Only a document older than the one declaring it, under another title: 《中华人民共和国国家安全法》同时废止 in the
 * 反间谍法 of 2014 names the 1993 law, not the 2015 law of that title. `documents` holds each document's versions,
 * oldest first (as `resolveVersions` keeps them); returns the titles marked repealed, with the one that repealed them.
 */
export function applyDeclaredRepeals(documents: ReadonlyArray<readonly LibraryDocument[]>): Array<[string, string]> {
  const byTitle = new Map<string, readonly LibraryDocument[]>();
  for (const versions of documents) {
    const newest = versions[versions.length - 1];
    if (newest) byTitle.set(titleKey(newest.title), versions);
  }
  const marked: Array<[string, string]> = [];
  for (const versions of documents) {
    const repealing = versions[versions.length - 1];
    if (!repealing || repealing.status !== '现行有效') continue;
    for (const article of repealing.parsed.articles) {
      for (const sentence of article.text.split(/[。；;]/)) {
        if (!/(?:同时|一并)废止/.test(sentence)) continue;
        for (const m of sentence.matchAll(/《([^》]+)》/g)) {
          const named = byTitle.get(titleKey(m[1] ?? ''));
          const target = named?.[named.length - 1];
          if (!named || !target || target.status !== '现行有效' || target.title === repealing.title) continue;
          if (target.versionDate >= repealing.versionDate) continue;
          for (const version of named) version.status = '已废止';
          target.warnings.push(`repealed by ${repealing.title} (${repealing.versionDate})`);
          marked.push([target.title, repealing.title]);
        }
      }
    }
  }
  return marked;
}

function retitle(version: LibraryDocument, title: string): LibraryDocument {
  return { ...version, title, parsed: { ...version.parsed, document: { ...version.parsed.document, title } } };
}

/** The Markdown the product imports: front matter, title, history lines, headings and articles, nothing else. */
export function renderDocument(
  doc: LibraryDocument,
  sourceLabel: string,
  numberingSince: string | null = null,
): string {
  const front: Record<string, string> = {
    title: doc.title,
    doc_type: doc.docType,
    version_date: doc.versionDate,
    ...(doc.effectiveDate ? { effective_date: doc.effectiveDate } : {}),
    ...(numberingSince ? { numbering_since: numberingSince } : {}),
    status: doc.status,
    source: sourceLabel,
    source_path: doc.sourcePaths.join(' ; '),
  };
  const out = ['---', toYaml(front, { lineWidth: 0 }).trimEnd(), '---', '', `# ${doc.title}`, ''];
  for (const line of doc.parsed.preamble.split('\n')) if (line.trim()) out.push(line.trim(), '');
  let path: readonly string[] = [];
  for (const article of doc.parsed.articles) {
    let common = 0;
    while (common < path.length && common < article.chapterPath.length && path[common] === article.chapterPath[common])
      common++;
    article.chapterPath.slice(common).forEach((heading, i) => out.push(`${'#'.repeat(2 + common + i)} ${heading}`, ''));
    path = article.chapterPath;
    const [first = '', ...rest] = article.text.split('\n');
    out.push(`${article.number} ${first}`.trimEnd(), '');
    for (const paragraph of rest) out.push(paragraph, '');
  }
  return out.join('\n');
}

/** True when the rendered file reads back to the same document: the check that nothing was half-written. */
export function roundTrips(doc: LibraryDocument, rendered: string): string | undefined {
  const again = parseRegulationDocument(rendered);
  if (!again.ok) return again.error.reason;
  const { document, articles } = again.value;
  if (document.title !== doc.title) return `title reads back as ${document.title}`;
  if (document.versionDate !== doc.versionDate) return `version date reads back as ${document.versionDate}`;
  if (articles.length !== doc.parsed.articles.length)
    return `${articles.length} articles read back instead of ${doc.parsed.articles.length}`;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const b = doc.parsed.articles[i];
    if (!a || !b) continue;
    if (a.number !== b.number || a.text !== b.text) return `${b.number} reads back differently`;
    if (a.chapterPath.join('/') !== b.chapterPath.join('/'))
      return `${b.number} reads back under ${a.chapterPath.join(' / ')} instead of ${b.chapterPath.join(' / ')}`;
  }
  return undefined;
}
